package gxq.health.gate;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.common.crypto.Masks;
import gxq.common.web.UserInputException;
import gxq.health.Colour;
import gxq.health.code.HealthCodeClaims;
import gxq.health.code.HealthCodeVerifier;
import gxq.health.code.Verification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One scan at a gate, for the guard page and the device API alike. Order (docs/health-code.md): decode and check the
 * signature before reading anything, check expiry, then the holder's current status (a code issued green whose
 * holder has since turned red is refused), the checkpoint's scope, the gate temperature and the colour; then log the
 * scan in {@code gate_scan}, accepted or refused.
 */
@Service
class GateScanner {

    static final BigDecimal MIN_TEMPERATURE = new BigDecimal("34.0");
    static final BigDecimal MAX_TEMPERATURE = new BigDecimal("43.0");
    static final BigDecimal FEVER = new BigDecimal("37.3");
    static final int MAX_TOKEN = 1000;

    private final HealthCodeVerifier verifier;
    private final HolderStatus statuses;
    private final JdbcClient db;
    private final Clock clock;
    private final AuditLog audit;

    GateScanner(HealthCodeVerifier verifier, HolderStatus statuses, JdbcClient db, Clock clock, AuditLog audit) {
        this.verifier = verifier;
        this.statuses = statuses;
        this.db = db;
        this.clock = clock;
        this.audit = audit;
    }

    /** Validates the optional gate temperature (34–43 ℃, one decimal). */
    static BigDecimal temperature(BigDecimal t) {
        if (t == null) {
            return null;
        }
        if (t.compareTo(MIN_TEMPERATURE) < 0 || t.compareTo(MAX_TEMPERATURE) > 0) {
            throw UserInputException.onField("temperature", "gate.error.temperature");
        }
        return t.setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * Verifies {@code token} at {@code checkpoint} and logs the scan. Exactly one of {@code guardId}/{@code deviceId}
     * is normally set. A guard's scan (a person's write) is also audited, in the same transaction; a device's scan is
     * recorded in {@code gate_scan} only (with the device id).
     */
    @Transactional
    Verdict scan(String token, Checkpoint checkpoint, Direction direction, BigDecimal temperature, Long guardId,
            Long deviceId) {
        BigDecimal t = temperature(temperature);
        String code = token == null ? "" : token.strip();
        Verification v = code.length() > MAX_TOKEN ? null : verifier.verify(code);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        ScanOutcome outcome;
        HealthCodeClaims claims = v == null ? null : v.claims().orElse(null);
        Optional<HolderStatus.Current> holder = Optional.empty();
        if (v == null) {
            outcome = ScanOutcome.MALFORMED;
        } else {
            outcome = switch (v.outcome()) {
                case MALFORMED -> ScanOutcome.MALFORMED;
                case UNKNOWN_KEY -> ScanOutcome.UNKNOWN_KEY;
                case BAD_SIGNATURE -> ScanOutcome.BAD_SIGNATURE;
                case EXPIRED -> ScanOutcome.EXPIRED;
                case NOT_YET_VALID -> ScanOutcome.NOT_YET_VALID;
                case OK -> null;
            };
            if (claims != null) {   // signature valid: now the claims may be read
                holder = statuses.bySubject(claims.subject().toString(), today);
            }
            if (outcome == null) {
                outcome = decide(claims, holder, checkpoint, t);
            }
        }
        if (outcome == ScanOutcome.OTHER_ZONE) {
            holder = Optional.empty(); // another tenant's person: neither their live colour nor their id reach this gate
        }
        Colour shown = holder.map(HolderStatus.Current::colour).orElse(claims == null ? null : claims.colour());
        boolean named = holder.isPresent();
        long id = log(checkpoint, holder.orElse(null), claims, outcome, t, direction, guardId, deviceId, now);
        if (guardId != null) {
            audit.record(AuditEntry.of("GATE_SCAN", "gate_scan", id).tenant(checkpoint.zoneId(), checkpoint.enterpriseId())
                    .detail(outcome + " checkpoint=" + checkpoint.id() + " " + direction));
        }
        return new Verdict(id, outcome, shown, named ? Masks.name(holder.get().name()) : null,
                named ? holder.get().enterpriseName() : null, checkpoint, direction, t, now);
    }

    private static ScanOutcome decide(HealthCodeClaims claims, Optional<HolderStatus.Current> holder,
            Checkpoint checkpoint, BigDecimal t) {
        if (holder.isEmpty()) {
            return ScanOutcome.NO_STATUS;
        }
        HolderStatus.Current h = holder.get();
        if (claims.zoneId() != checkpoint.zoneId() || h.zoneId() != checkpoint.zoneId()
                || (!checkpoint.zoneGate() && h.enterpriseId() != checkpoint.enterpriseId())) {
            return ScanOutcome.OTHER_ZONE;
        }
        if (h.colour() != claims.colour() || h.sequence() != claims.sequence()) {
            return ScanOutcome.STATUS_CHANGED;
        }
        if (t != null && t.compareTo(FEVER) >= 0) {
            return ScanOutcome.FEVER_AT_GATE;
        }
        return h.colour() == Colour.GREEN ? ScanOutcome.ADMITTED : ScanOutcome.NOT_GREEN;
    }

    private long log(Checkpoint c, HolderStatus.Current h, HealthCodeClaims claims, ScanOutcome outcome, BigDecimal t,
            Direction direction, Long guardId, Long deviceId, Instant now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into gate_scan (checkpoint_id, zone_id, enterprise_id, employee_id, subject, colour_in_code,
                    colour_now, outcome, temperature, direction, guard_id, device_id, scanned_at)
                values (:c, :zone, :ent, :emp, :subject, :inCode, :now_colour, :outcome, :t, :dir, :guard, :device, :at)
                """).param("c", c.id()).param("zone", c.zoneId()).param("ent", c.enterpriseId())
                .param("emp", h == null ? null : h.employeeId())
                .param("subject", claims == null ? null : claims.subject().toString())
                .param("inCode", claims == null ? null : claims.colour().name())
                .param("now_colour", h == null ? null : h.colour().name()).param("outcome", outcome.name())
                .param("t", t).param("dir", direction.name()).param("guard", guardId).param("device", deviceId)
                .param("at", now.atOffset(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
