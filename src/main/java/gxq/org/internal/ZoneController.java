package gxq.org.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.common.web.FieldProblem;
import gxq.common.web.UserInputException;
import gxq.org.EnterpriseStatus;
import gxq.org.ZoneSummary;

/** The national list of zones (ministry) and a zone's page; the ministry opens zone-admin accounts here. */
@Controller
@RequestMapping("/zones")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class ZoneController {

    private final ZoneService zones;
    private final ZoneStore store;
    private final EnterpriseService enterprises;
    private final EnterpriseStore enterpriseStore;
    private final FormSupport forms;

    ZoneController(ZoneService zones, ZoneStore store, EnterpriseService enterprises, EnterpriseStore enterpriseStore,
            FormSupport forms) {
        this.zones = zones;
        this.store = store;
        this.enterprises = enterprises;
        this.enterpriseStore = enterpriseStore;
        this.forms = forms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String province,
            @RequestParam(required = false) String q, Model model) {
        if (!user.scope().isMinistry()) {
            return "redirect:/zones/" + user.zoneId();
        }
        var rows = store.search(province, q);
        model.addAttribute("zones", rows);
        model.addAttribute("provinces", store.provinces());
        model.addAttribute("province", province);
        model.addAttribute("q", q);
        model.addAttribute("total", store.count());
        model.addAttribute("activeTotal", rows.stream().mapToLong(ZoneStore.ZoneRow::activeCount).sum());
        model.addAttribute("pendingTotal", rows.stream().mapToLong(ZoneStore.ZoneRow::pendingCount).sum());
        return "org/zones";
    }

    @GetMapping("/{id}")
    String zone(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        ZoneSummary zone = zones.visible(user.scope(), id);
        model.addAttribute("zone", zone);
        var counts = enterprises.countByStatus(user.scope(), id);
        model.addAttribute("activeCount", counts.get(EnterpriseStatus.ACTIVE));
        model.addAttribute("pendingCount", counts.get(EnterpriseStatus.PENDING));
        model.addAttribute("sizeBands", gxq.org.SizeBand.values());
        model.addAttribute("bySize", enterpriseStore.activeBySize(id));
        model.addAttribute("aboveScale", enterpriseStore.countFlag(id, "above_scale"));
        model.addAttribute("highTech", enterpriseStore.countFlag(id, "high_tech"));
        model.addAttribute("techSme", enterpriseStore.countFlag(id, "tech_sme"));
        model.addAttribute("recent", enterprises.list(user.scope(),
                new EnterpriseStore.Query(id, null, null), 10, 0));
        model.addAttribute("pending", enterprises.list(user.scope(),
                new EnterpriseStore.Query(id, EnterpriseStatus.PENDING, null), 10, 0));
        if (user.hasRole(Role.MINISTRY_ADMIN, Role.ZONE_ADMIN)) {
            model.addAttribute("accounts", enterpriseStore.zoneAccounts(id));
        }
        return "org/zone";
    }

    /**
     * Opens a zone-admin account. The result page is rendered directly (not redirected) so that the initial password
     * is shown once and never stored in the session.
     */
    @PostMapping("/{id}/admins")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String openAdmin(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) String phone, Model model, Locale locale, HttpServletResponse response) {
        try {
            model.addAttribute("created", zones.openZoneAdmin(user.scope(), id, username, displayName, phone));
        } catch (UserInputException e) {
            response.setStatus(422);
            model.addAttribute("adminError", forms.message(new FieldProblem(e.field(), e.messageKey(),
                    e.args() == null ? new Object[0] : e.args()), locale));
            model.addAttribute("adminForm", new AdminForm(username, displayName, phone));
        }
        return zone(user, id, model);
    }

    record AdminForm(String username, String displayName, String phone) {
    }
}
