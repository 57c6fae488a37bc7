package gxq.health.gate;

import gxq.account.GxqUser;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The guard's scan page: choose checkpoint and direction, scan with the camera (or a USB scanner, or paste), optional
 * gate temperature; the answer is the same page with a large verdict on top, ready for the next scan.
 */
@Controller
@RequestMapping("/gate")
@PreAuthorize(GateController.GUARDS)
class GateController {

    static final String GUARDS = "hasAnyRole('GATE_GUARD','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')";

    private final CheckpointStore checkpoints;
    private final GateScanner scanner;
    private final MessageSource messages;

    GateController(CheckpointStore checkpoints, GateScanner scanner, MessageSource messages) {
        this.checkpoints = checkpoints;
        this.scanner = scanner;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(GUARDS)
    String page(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long checkpoint,
            @RequestParam(defaultValue = "IN") String direction, Model model) {
        return show(user, checkpoint, Direction.parse(direction), model);
    }

    @PostMapping("/scan")
    @PreAuthorize(GUARDS)
    String scan(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long checkpoint,
            @RequestParam(defaultValue = "IN") String direction, @RequestParam(required = false) String token,
            @RequestParam(required = false) String temperature, Model model, Locale locale,
            HttpServletResponse response) {
        if (checkpoint == null) {
            return problem(user, null, Direction.IN, "gate.error.checkpoint", model, locale, response);
        }
        Checkpoint c = checkpoints.find(checkpoint).filter(cp -> cp.active() && cp.usableBy(user.scope()))
                .orElseThrow(() -> new NotFoundException("checkpoint", checkpoint));
        Direction d = Direction.parse(direction);
        if (token == null || token.isBlank()) {
            return problem(user, checkpoint, d, "gate.error.token", model, locale, response);
        }
        BigDecimal t;
        try {
            t = temperature == null || temperature.isBlank() ? null : GateScanner.temperature(new BigDecimal(temperature.strip()));
        } catch (NumberFormatException | UserInputException e) {
            return problem(user, checkpoint, d, "gate.error.temperature", model, locale, response);
        }
        Verdict verdict = scanner.scan(token, c, d, t, user.id(), null);
        model.addAttribute("verdict", verdict);
        return show(user, checkpoint, d, model);
    }

    /**
     * Decodes one camera frame (JPEG/PNG, at most 2 MB) for browsers without {@code BarcodeDetector}: 200 with the
     * QR text, 204 when no code is in the frame, 422 for an unreadable image. Nothing is verified or logged here.
     */
    @PostMapping("/decode")
    @PreAuthorize(GUARDS)
    org.springframework.http.ResponseEntity<String> decode(
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile frame) {
        if (frame == null || frame.isEmpty() || frame.getSize() > 2_000_000) {
            return org.springframework.http.ResponseEntity.unprocessableEntity().build();
        }
        java.awt.image.BufferedImage image;
        try {
            image = QrCodes.readFrame(frame.getBytes());
        } catch (java.io.IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            return org.springframework.http.ResponseEntity.unprocessableEntity().build();
        }
        return QrCodes.decode(image).map(text -> org.springframework.http.ResponseEntity.ok()
                        .contentType(org.springframework.http.MediaType.TEXT_PLAIN).body(text))
                .orElseGet(() -> org.springframework.http.ResponseEntity.noContent().build());
    }

    private String problem(GxqUser user, Long checkpoint, Direction d, String key, Model model, Locale locale,
            HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("error", messages.getMessage(key, null, key, locale));
        return show(user, checkpoint, d, model);
    }

    private String show(GxqUser user, Long checkpoint, Direction direction, Model model) {
        List<Checkpoint> usable = user.zoneId() == null ? List.of()
                : checkpoints.activeInZone(user.zoneId()).stream().filter(c -> c.usableBy(user.scope())).toList();
        model.addAttribute("checkpoints", usable);
        model.addAttribute("selected", checkpoint != null ? checkpoint : usable.isEmpty() ? null : usable.get(0).id());
        model.addAttribute("direction", direction.name());
        return "health/gate";
    }
}
