package gxq.health.gate;

import gxq.common.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 验码 (code verification, named after GB/T 38963's interface) for gate devices: the same checks and the same scan
 * log as the guard page. The answer carries the masked name and the enterprise for the device's screen, never an id.
 */
@RestController
@RequestMapping("/api/gate/v1")
@PreAuthorize("hasAuthority('ROLE_GATE_DEVICE')")
class DeviceApiController {

    /** The request: {@code checkpointId} may be left out (a device belongs to one checkpoint); if given it must match. */
    record VerifyRequest(String token, Long checkpointId, String direction, BigDecimal temperature) {
    }

    record VerifyResponse(long scanId, String outcome, boolean admitted, String colour, String maskedName,
            String enterprise, String message, long checkpointId, String direction, BigDecimal temperature,
            Instant scannedAt) {
    }

    private final CheckpointStore checkpoints;
    private final GateScanner scanner;
    private final MessageSource messages;

    DeviceApiController(CheckpointStore checkpoints, GateScanner scanner, MessageSource messages) {
        this.checkpoints = checkpoints;
        this.scanner = scanner;
        this.messages = messages;
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('ROLE_GATE_DEVICE')")
    VerifyResponse verify(@AuthenticationPrincipal DevicePrincipal device, @RequestBody VerifyRequest request,
            Locale locale) {
        if (request.checkpointId() != null && request.checkpointId() != device.checkpointId()) {
            throw new NotFoundException("checkpoint", request.checkpointId());
        }
        if (request.token() == null || request.token().isBlank()) {
            throw gxq.common.web.UserInputException.onField("token", "gate.error.token");
        }
        Checkpoint c = checkpoints.find(device.checkpointId()).orElseThrow();
        Direction d = Direction.parse(request.direction() == null ? "IN" : request.direction());
        Verdict v = scanner.scan(request.token(), c, d, request.temperature(), null, device.deviceId());
        return new VerifyResponse(v.scanId(), v.outcome().name(), v.admitted(),
                v.colour() == null ? null : v.colour().name(), v.maskedName(), v.enterpriseName(),
                messages.getMessage(v.outcome().messageKey(), null, locale), c.id(), d.name(), v.temperature(),
                v.scannedAt());
    }
}
