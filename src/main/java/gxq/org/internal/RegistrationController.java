package gxq.org.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.common.web.InvalidInput;
import gxq.org.ZoneSummary;

/**
 * Public self-registration of an enterprise (open to anyone, see SecurityConfiguration). The zone is chosen from a
 * select of all zones grouped by province; with JavaScript, choosing a province first narrows it (htmx).
 */
@org.springframework.security.access.prepost.PreAuthorize("permitAll()")
@Controller
@RequestMapping("/register")
class RegistrationController {

    private final EnterpriseService enterprises;
    private final ZoneStore zones;
    private final FormSupport forms;

    RegistrationController(EnterpriseService enterprises, ZoneStore zones, FormSupport forms) {
        this.enterprises = enterprises;
        this.zones = zones;
        this.forms = forms;
    }

    @GetMapping
    String form(Model model) {
        return show(new EnterpriseForm(), model);
    }

    private String show(EnterpriseForm form, Model model) {
        form.clearPasswords();
        model.addAttribute("form", form);
        model.addAttribute("provinces", zones.provinces());
        model.addAttribute("zoneGroups", grouped(form.getProvince() == null || form.getProvince().isBlank()
                ? zones.all() : zones.inProvince(form.getProvince().strip())));
        forms.choices(model);
        return "org/register";
    }

    /** The zone options of one province (all zones when none is chosen), for the htmx province select. */
    @GetMapping("/zones")
    String zoneOptions(@RequestParam(required = false) String province, @RequestParam(required = false) Long zoneId,
            Model model) {
        List<ZoneSummary> list = province == null || province.isBlank() ? zones.all() : zones.inProvince(province.strip());
        if (list.isEmpty()) {
            list = zones.all();
        }
        model.addAttribute("zoneGroups", grouped(list));
        model.addAttribute("selectedZone", zoneId);
        return "org/register :: zoneOptions";
    }

    @PostMapping
    String submit(@ModelAttribute("form") EnterpriseForm form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            enterprises.selfRegister(form);
        } catch (InvalidInput e) {
            response.setStatus(422);
            forms.errors(model, e.problems(), locale);
            return show(form, model);
        }
        redirect.addFlashAttribute("registeredName", form.getName().strip());
        return "redirect:/register/done";
    }

    @GetMapping("/done")
    String done() {
        return "org/register-done";
    }

    /** Province name → its zones, in province-code order (the zones come ordered). */
    static Map<String, List<ZoneSummary>> grouped(List<ZoneSummary> zones) {
        Map<String, List<ZoneSummary>> groups = new LinkedHashMap<>();
        for (ZoneSummary z : zones) {
            groups.computeIfAbsent(z.provinceName(), k -> new java.util.ArrayList<>()).add(z);
        }
        return groups;
    }
}
