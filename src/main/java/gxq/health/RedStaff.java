package gxq.health;

import java.time.LocalDate;
import java.util.List;

/**
 * Unresolved red-coded staff of an enterprise: its ACTIVE employees (not left) whose effective colour is RED today.
 * The effective colour is a staff override still in force ({@code override_until} null or not before today, Asia/Shanghai)
 * when there is one, otherwise the computed colour. Employees without a status row are not counted.
 */
public interface RedStaff {

    /** One such employee; the name is masked ({@code gxq.common.crypto.Masks#name}). */
    record RedCase(long employeeId, String maskedName, LocalDate since) {
    }

    long countUnresolved(long enterpriseId);

    /** At most {@code limit} of them, longest red first. */
    List<RedCase> unresolved(long enterpriseId, int limit);
}
