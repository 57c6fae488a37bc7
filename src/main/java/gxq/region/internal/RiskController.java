package gxq.region.internal;

import gxq.common.web.Paging;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.region.Region;
import gxq.region.Regions;
import gxq.region.RiskLevel;

/** Risk levels of cities (风险地区): the list a zone's rules use, single add/edit/end, and file import. */
@Controller
@RequestMapping("/risk-levels")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class RiskController {

    static final int PAGE = 50;
    private static final String WRITERS = "hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN')";

    private final RiskService risks;
    private final Regions regions;
    private final MessageSource messages;

    RiskController(RiskService risks, Regions regions, MessageSource messages) {
        this.risks = risks;
        this.regions = regions;
        this.messages = messages;
    }

    /** A province and its cities, for the grouped city select. */
    public record ProvinceCities(Region province, List<Region> cities) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "false") boolean today, @RequestParam(required = false) Long zone,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        RiskLevel lv = RiskService.parseLevel(level);
        boolean ministry = user.scope().isMinistry();
        List<RiskRow> rows = risks.list(user.scope(), ministry ? zone : null, lv, today, PAGE + 1, p * PAGE);
        model.addAttribute("rows", rows);
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("ministry", ministry);
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("level", lv == null ? "" : lv.name());
        model.addAttribute("today", today);
        model.addAttribute("zone", ministry ? zone : null);
        model.addAttribute("day", RiskService.today());
        model.addAttribute("canWrite", user.hasRole(Role.MINISTRY_ADMIN, Role.ZONE_ADMIN));
        model.addAttribute("editable", rows.stream().filter(r -> RiskService.mayWrite(user.scope(), r))
                .map(RiskRow::id).collect(java.util.stream.Collectors.toSet()));
        if (ministry) {
            model.addAttribute("zones", risks.zones());
        } else if (user.zoneId() != null) {
            model.addAttribute("ownZoneName", risks.zoneName(user.zoneId()));
        }
        return "region/risks";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITERS)
    String newForm(@AuthenticationPrincipal GxqUser user, Model model) {
        RiskForm form = new RiskForm();
        form.setValidFrom(RiskService.today().toString());
        return showForm(user, null, form, model);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    String create(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") RiskForm form, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            risks.create(user.scope(), form);
            redirect.addFlashAttribute("flash", "region.risk.saved");
            return "redirect:/risk-levels";
        } catch (InvalidRisk e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return showForm(user, null, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITERS)
    String editForm(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        RiskRow row = risks.writable(user.scope(), id);
        return showForm(user, row, RiskForm.of(row), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @ModelAttribute("form") RiskForm form,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            risks.update(user.scope(), id, form);
            redirect.addFlashAttribute("flash", "region.risk.saved");
            return "redirect:/risk-levels";
        } catch (InvalidRisk e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return showForm(user, risks.writable(user.scope(), id), form, model);
        } catch (RiskConflict e) {
            response.setStatus(409);
            errors(model, List.of(new RiskProblem(null, "region.risk.conflict")), locale);
            model.addAttribute("conflict", e.current());
            form.setVersion(e.current().version());
            return showForm(user, e.current(), form, model);
        }
    }

    @PostMapping("/{id}/end")
    @PreAuthorize(WRITERS)
    String end(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            risks.end(user.scope(), id, version);
            redirect.addFlashAttribute("flash", "region.risk.ended");
        } catch (RiskConflict e) {
            redirect.addFlashAttribute("flashWarning", "region.risk.conflict");
        }
        return "redirect:/risk-levels";
    }

    @GetMapping("/import")
    @PreAuthorize(WRITERS)
    String importForm(Model model) {
        model.addAttribute("maxRows", RiskFile.MAX_ROWS);
        return "region/import";
    }

    @PostMapping("/import")
    @PreAuthorize(WRITERS)
    String importFile(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("maxRows", RiskFile.MAX_ROWS);
        String name = file == null ? null : file.getOriginalFilename();
        model.addAttribute("fileName", name);
        List<RiskFile.Row> rows;
        try {
            rows = RiskFile.read(file == null || file.isEmpty() ? null : file.getBytes());
        } catch (RiskFile.Unreadable e) {
            response.setStatus(422);
            model.addAttribute("fileError", messages.getMessage(e.key(), e.args(), e.key(), locale));
            return "region/import";
        } catch (IOException e) {
            response.setStatus(422);
            model.addAttribute("fileError", messages.getMessage("region.import.file.corrupt", null, locale));
            return "region/import";
        }
        RiskService.ImportReport report = risks.importRows(user.scope(), name == null ? "" : name, rows);
        model.addAttribute("applied", report.applied());
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (RiskService.RejectedRow r : report.rejected()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", r.rowNumber());
            m.put("city", r.city());
            m.put("reasons", r.problems().stream().map(p -> message(p, locale)).toList());
            rejected.add(m);
        }
        model.addAttribute("rejected", rejected);
        return "region/import";
    }

    private String showForm(GxqUser user, RiskRow row, RiskForm form, Model model) {
        model.addAttribute("r", row);
        model.addAttribute("form", form);
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("national", user.role() == Role.MINISTRY_ADMIN);
        List<ProvinceCities> groups = new ArrayList<>();
        for (Region p : regions.provinces()) {
            List<Region> cities = regions.citiesOf(p.code()).stream().filter(c -> c.level() == 2).toList();
            if (!cities.isEmpty()) {
                groups.add(new ProvinceCities(p, cities));
            }
        }
        model.addAttribute("groups", groups);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("errorList", List.of());
        }
        return "region/risk-form";
    }

    private String message(RiskProblem p, Locale locale) {
        return messages.getMessage(p.key(), p.args(), p.key(), locale);
    }

    private void errors(Model model, List<RiskProblem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (RiskProblem p : problems) {
            String m = message(p, locale);
            byField.putIfAbsent(p.field() == null ? "_form" : p.field(), m);
            all.add(m);
        }
        model.addAttribute("errors", byField);
        model.addAttribute("errorList", all);
    }
}
