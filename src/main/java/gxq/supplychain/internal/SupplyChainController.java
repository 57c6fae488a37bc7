package gxq.supplychain.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.common.web.ConflictException;
import gxq.common.web.UserInputException;
import gxq.common.xlsx.SheetStyles;
import gxq.region.Regions;

/**
 * Supply-chain pages: the enterprise admin's suppliers and customers, the zone's blocked enterprises and the
 * blocked-point ranking (zones and ministry), with .xlsx exports and the zone admin's coordination request.
 */
@Controller
@RequestMapping("/supply-chain")
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')")
class SupplyChainController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SupplyChainService service;
    private final Regions regions;
    private final MessageSource messages;
    private final AuditLog audit;

    SupplyChainController(SupplyChainService service, Regions regions, MessageSource messages, AuditLog audit) {
        this.service = service;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
    }

    // ----------------------------------------------------------------------------------------- enterprise admin

    @GetMapping
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String own(@AuthenticationPrincipal GxqUser user, Model model) {
        return showOwn(user, new LinkForm(), null, Map.of(), model);
    }

    @PostMapping("/links")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String add(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") LinkForm form, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.add(user, form);
        } catch (LinkInputException e) {
            response.setStatus(422);
            return showOwn(user, form, null, errors(e, locale), model);
        }
        redirect.addFlashAttribute("flash", "supplychain.link.added");
        return "redirect:/supply-chain";
    }

    @GetMapping("/links/{id}")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String edit(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        Link link = service.ownLink(user.scope(), id);
        LinkForm form = new LinkForm();
        form.setName(link.partnerName());
        form.setCityCode(link.partnerCityCode());
        form.setNote(link.note());
        form.setVersion(String.valueOf(link.version()));
        return showEdit(link, form, Map.of(), model);
    }

    @PostMapping("/links/{id}")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String update(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @ModelAttribute("form") LinkForm form,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Link link = service.ownLink(user.scope(), id);
        try {
            service.update(user, id, form);
        } catch (LinkInputException e) {
            response.setStatus(422);
            return showEdit(link, form, errors(e, locale), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            Link current = service.ownLink(user.scope(), id);
            form.setVersion(String.valueOf(current.version()));
            return showEdit(current, form,
                    Map.of("form", List.of(messages.getMessage(e.messageKey(), null, locale))), model);
        }
        redirect.addFlashAttribute("flash", "supplychain.link.saved");
        return "redirect:/supply-chain";
    }

    @PostMapping("/links/{id}/delete")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String remove(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        service.remove(user, id, version);
        redirect.addFlashAttribute("flash", "supplychain.link.removed");
        return "redirect:/supply-chain";
    }

    private String showOwn(GxqUser user, LinkForm form, Long editing, Map<String, List<String>> errors, Model model) {
        var page = service.ownPage(user.scope());
        Map<String, String> cityNames = new java.util.HashMap<>();
        page.declared().stream().filter(l -> l.partnerCityCode() != null).forEach(l -> cityNames.put(
                l.partnerCityCode(), regions.find(l.partnerCityCode()).map(gxq.region.Region::name)
                        .orElse(l.partnerCityCode())));
        model.addAttribute("page", page);
        model.addAttribute("cityNames", cityNames);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.values().stream().flatMap(List::stream).toList());
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("cities", cities());
        return "supplychain/own";
    }

    private String showEdit(Link link, LinkForm form, Map<String, List<String>> errors, Model model) {
        model.addAttribute("link", link);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.values().stream().flatMap(List::stream).toList());
        model.addAttribute("cities", cities());
        return "supplychain/edit";
    }

    /** Every prefecture-level city, grouped by province, for the city select. */
    private Map<String, List<gxq.region.Region>> cities() {
        Map<String, List<gxq.region.Region>> map = new LinkedHashMap<>();
        for (var p : regions.provinces()) {
            map.put(p.name(), regions.citiesOf(p.code()));
        }
        return map;
    }

    private Map<String, List<String>> errors(LinkInputException e, Locale locale) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        e.problems().forEach((field, key) -> map.put(field, List.of(messages.getMessage(key, null, locale))));
        return map;
    }

    // ------------------------------------------------------------------------------------------------ zone roles

    @GetMapping("/zone")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF')")
    String zone(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("p", service.zonePage(user.scope(), page(page)));
        return "supplychain/zone";
    }

    @GetMapping("/zone.xlsx")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF')")
    ResponseEntity<byte[]> zoneExport(@AuthenticationPrincipal GxqUser user, Locale locale) {
        var rows = service.zoneRows(user.scope());
        byte[] bytes = workbook(locale, (wb, head) -> {
            Sheet sheet = wb.createSheet(msg("supplychain.zone.sheet", locale));
            header(sheet, head, locale, "supplychain.col.enterprise", "supplychain.col.status",
                    "supplychain.col.suppliers", "supplychain.col.customers", "supplychain.col.reasons");
            int r = 1;
            for (var row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.name());
                x.createCell(1).setCellValue(msg(statusKey(row.status()), locale));
                x.createCell(2).setCellValue(row.suppliers());
                x.createCell(3).setCellValue(row.customers());
                List<String> reasons = new ArrayList<>();
                row.status().reasons().forEach(reason -> reasons.add(reasonText(reason, locale)));
                x.createCell(4).setCellValue(String.join("；", reasons));
            }
        });
        audit.record(AuditEntry.of("SUPPLYCHAIN_EXPORT", "zone", user.scope().zoneId())
                .tenant(user.scope().zoneId(), null).detail("zone enterprises"));
        return attachment("supplychain.zone.file", bytes, locale);
    }

    @GetMapping("/ranking")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')")
    String ranking(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("p", service.ranking(user.scope(), page(page)));
        model.addAttribute("zoneLevel", user.scope().isZoneLevel());
        model.addAttribute("zoneFigures", user.scope().isMinistry() ? service.zoneFigures(user.scope()) : List.of());
        return "supplychain/ranking";
    }

    @GetMapping("/ranking.xlsx")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')")
    ResponseEntity<byte[]> rankingExport(@AuthenticationPrincipal GxqUser user, Locale locale) {
        var rows = service.rankRows(user.scope());
        boolean zoneLevel = user.scope().isZoneLevel();
        byte[] bytes = workbook(locale, (wb, head) -> {
            Sheet sheet = wb.createSheet(msg("supplychain.ranking.sheet", locale));
            List<String> heads = new ArrayList<>(List.of("supplychain.col.rank", "supplychain.col.supplier",
                    "supplychain.col.zone", "supplychain.col.city", "supplychain.col.causes",
                    "supplychain.col.direct", "supplychain.col.freed", "supplychain.col.freedStaff"));
            if (zoneLevel) {
                heads.add("supplychain.col.mine");
            }
            header(sheet, head, locale, heads.toArray(String[]::new));
            int r = 1;
            for (var row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.rank());
                x.createCell(1).setCellValue(row.name());
                x.createCell(2).setCellValue(row.zoneName() == null ? msg("supplychain.outside", locale)
                        : row.zoneName());
                x.createCell(3).setCellValue(row.cityName() == null ? "" : row.cityName());
                x.createCell(4).setCellValue(causes(row, locale));
                x.createCell(5).setCellValue(row.directCustomers());
                x.createCell(6).setCellValue(row.freedEnterprises());
                x.createCell(7).setCellValue(row.freedEmployees());
                if (zoneLevel) {
                    List<String> mine = new ArrayList<>();
                    if (row.inMyZone()) {
                        mine.add(msg("supplychain.ranking.inMyZone", locale));
                    }
                    if (row.blocksMine()) {
                        mine.add(msg("supplychain.ranking.blocksMine", locale));
                    }
                    x.createCell(8).setCellValue(String.join("；", mine));
                }
            }
        });
        audit.record(AuditEntry.of("SUPPLYCHAIN_EXPORT", "ranking", 0).tenant(user.scope().zoneId(), null)
                .detail("ranking"));
        return attachment("supplychain.ranking.file", bytes, locale);
    }

    @PostMapping("/ranking/{supplierId}/coordinate")
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String coordinate(@AuthenticationPrincipal GxqUser user, @PathVariable long supplierId,
            @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        service.requestCoordination(user, supplierId, note, locale);
        redirect.addFlashAttribute("flash", "supplychain.coordination.requested");
        return "redirect:/supply-chain/ranking";
    }

    // ------------------------------------------------------------------------------------------------- helpers

    static int page(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        if (!page.strip().matches("\\d{1,9}")) {
            throw new UserInputException("supplychain.badPage");
        }
        return Integer.parseInt(page.strip());
    }

    static String statusKey(SupplyChainService.Status s) {
        return s.blocked() ? "supplychain.status.blocked" : s.impaired() ? "supplychain.status.upstream"
                : "supplychain.status.clear";
    }

    private String reasonText(SupplyChainService.Reason r, Locale locale) {
        return messages.getMessage("supplychain.reason." + r.cause().name(),
                new Object[] {r.supplierName(), r.cityName()}, locale);
    }

    private String causes(SupplyChainService.RankRow row, Locale locale) {
        List<String> list = new ArrayList<>();
        if (row.notResumed()) {
            list.add(msg("supplychain.supplier.notResumed", locale));
        }
        if (row.highRisk()) {
            list.add(messages.getMessage("supplychain.supplier.highRisk", new Object[] {row.cityName()}, locale));
        }
        return String.join("；", list);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private void header(Sheet sheet, CellStyle style, Locale locale, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(msg(keys[i], locale));
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, i == 1 || i == 4 ? 40 * 256 : 16 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private interface Fill {
        void into(XSSFWorkbook wb, CellStyle head);
    }

    private static byte[] workbook(Locale locale, Fill fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.into(wb, SheetStyles.header(wb));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<byte[]> attachment(String nameKey, byte[] bytes, Locale locale) {
        String name = msg(nameKey, locale) + "-"
                + LocalDate.now(SupplyChainService.DISPLAY_ZONE).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
