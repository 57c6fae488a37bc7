package gxq.health.gate;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.common.web.UserInputException;
import gxq.org.Enterprises;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Checkpoints (卡口) of a zone or an enterprise, and the gate devices registered for them. */
@Controller
@RequestMapping("/health/checkpoints")
@PreAuthorize(CheckpointController.ADMINS)
class CheckpointController {

    static final String ADMINS = "hasAnyRole('ZONE_ADMIN','ENTERPRISE_ADMIN')";

    private final CheckpointService service;
    private final CheckpointStore store;
    private final Enterprises enterprises;
    private final MessageSource messages;

    CheckpointController(CheckpointService service, CheckpointStore store, Enterprises enterprises, MessageSource messages) {
        this.service = service;
        this.store = store;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(ADMINS)
    String list(@AuthenticationPrincipal GxqUser user, Model model) {
        model.addAttribute("checkpoints", store.list(user.scope()));
        model.addAttribute("zoneAdmin", user.role() == Role.ZONE_ADMIN);
        if (user.role() == Role.ZONE_ADMIN) {
            model.addAttribute("enterprises", enterprises.activeInZone(user.zoneId()));
        }
        return "health/checkpoints";
    }

    @PostMapping
    @PreAuthorize(ADMINS)
    String create(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) String location, @RequestParam(required = false) Long enterprise,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            long id = service.create(user.scope(), name, location, enterprise);
            redirect.addFlashAttribute("flash", "gate.checkpoint.created");
            return "redirect:/health/checkpoints/" + id;
        } catch (UserInputException e) {
            response.setStatus(422);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            model.addAttribute("name", name);
            model.addAttribute("location", location);
            return list(user, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(ADMINS)
    String detail(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        Checkpoint c = service.manageable(user.scope(), id);
        model.addAttribute("c", c);
        model.addAttribute("devices", store.devices(id));
        return "health/checkpoint";
    }

    @PostMapping("/{id}/active")
    @PreAuthorize(ADMINS)
    String setActive(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        service.setActive(user.scope(), id, active);
        redirect.addFlashAttribute("flash", active ? "gate.checkpoint.activated" : "gate.checkpoint.deactivated");
        return "redirect:/health/checkpoints/" + id;
    }

    @PostMapping("/{id}/devices")
    @PreAuthorize(ADMINS)
    String register(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String deviceName, Model model, Locale locale, HttpServletResponse response) {
        try {
            CheckpointService.RegisteredDevice d = service.register(user.scope(), id, deviceName);
            model.addAttribute("c", service.manageable(user.scope(), id));
            model.addAttribute("device", d);
            response.setHeader("Cache-Control", "no-store");
            return "health/checkpoint-device";
        } catch (UserInputException e) {
            response.setStatus(422);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            return detail(user, id, model);
        }
    }

    @PostMapping("/{id}/devices/{deviceId}/deactivate")
    @PreAuthorize(ADMINS)
    String deactivate(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @PathVariable long deviceId,
            RedirectAttributes redirect) {
        service.deactivateDevice(user.scope(), id, deviceId);
        redirect.addFlashAttribute("flash", "gate.device.deactivated");
        return "redirect:/health/checkpoints/" + id;
    }
}
