package gxq.health.gate;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.org.Enterprises;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkpoints and gate devices, managed by the zone admin (any checkpoint of the zone, zone gates and enterprise
 * gates) and by an enterprise admin (its own enterprise's gates). Every change is audited; a checkpoint outside the
 * caller's scope answers 404.
 */
@Service
@Transactional
class CheckpointService {

    /** A device just registered: its secret is shown once and never again. */
    public record RegisteredDevice(long id, String appId, String secret) {
    }

    private final CheckpointStore store;
    private final Enterprises enterprises;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    CheckpointService(CheckpointStore store, Enterprises enterprises, PersonalDataCipher cipher, AuditLog audit) {
        this.store = store;
        this.enterprises = enterprises;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The checkpoint if the scope may manage it; otherwise 404 (like a missing one). */
    @Transactional(readOnly = true)
    Checkpoint manageable(TenantScope scope, long id) {
        return store.find(id).filter(c -> c.manageableBy(scope)).orElseThrow(() -> new NotFoundException("checkpoint", id));
    }

    long create(TenantScope scope, String name, String location, Long enterpriseId) {
        String n = name == null ? "" : name.strip();
        String loc = location == null || location.isBlank() ? null : location.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw UserInputException.onField("name", "gate.checkpoint.error.name");
        }
        if (loc != null && loc.length() > 200) {
            throw UserInputException.onField("location", "gate.checkpoint.error.location");
        }
        long zone = scope.zoneId();
        Long ent;
        if (scope.role() == Role.ENTERPRISE_ADMIN) {
            ent = scope.enterpriseId();
        } else {
            ent = enterpriseId;
            if (ent != null && !enterprises.inZone(ent, zone)) {
                throw UserInputException.onField("enterprise", "gate.checkpoint.error.enterprise");
            }
        }
        long id = store.insert(zone, ent, n, loc);
        audit.record(AuditEntry.of("CHECKPOINT_CREATE", "checkpoint", id).tenant(zone, ent).detail(n));
        return id;
    }

    void setActive(TenantScope scope, long id, boolean active) {
        Checkpoint c = manageable(scope, id);
        store.setActive(id, active);
        audit.record(AuditEntry.of(active ? "CHECKPOINT_ACTIVATE" : "CHECKPOINT_DEACTIVATE", "checkpoint", id)
                .tenant(c.zoneId(), c.enterpriseId()).detail(c.name()));
    }

    RegisteredDevice register(TenantScope scope, long checkpointId, String name) {
        Checkpoint c = manageable(scope, checkpointId);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw UserInputException.onField("deviceName", "gate.device.error.name");
        }
        byte[] id = new byte[10];
        random.nextBytes(id);
        String appId = "gd_" + HexFormat.of().formatHex(id);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long deviceId = store.insertDevice(checkpointId, appId, cipher.encrypt(secretText), n);
        audit.record(AuditEntry.of("GATE_DEVICE_REGISTER", "gate_device", deviceId).tenant(c.zoneId(), c.enterpriseId())
                .detail(appId + " @ checkpoint " + checkpointId));
        return new RegisteredDevice(deviceId, appId, secretText);
    }

    void deactivateDevice(TenantScope scope, long checkpointId, long deviceId) {
        Checkpoint c = manageable(scope, checkpointId);
        GateDevice d = store.device(checkpointId, deviceId).orElseThrow(() -> new NotFoundException("device", deviceId));
        store.deactivateDevice(deviceId);
        audit.record(AuditEntry.of("GATE_DEVICE_DEACTIVATE", "gate_device", deviceId)
                .tenant(c.zoneId(), c.enterpriseId()).detail(d.appId()));
    }
}
