package gxq.people;

import java.util.Optional;

import gxq.account.TenantScope;

/** Employees for other modules (health declarations, gate checks, resumption figures). */
public interface Employees {

    /**
     * The employee with this id, whatever the caller's tenant: for server-side processing (e.g. the signed-in
     * employee's own id, or an id taken from a signed health code). Never hand the result to a person without
     * checking their scope; use {@link #find(TenantScope, long)} for that.
     */
    Optional<EmployeeSummary> find(long id);

    /** The employee with this id if {@code scope} may see them (the ministry may not see individual employees). */
    Optional<EmployeeSummary> find(TenantScope scope, long id);

    /** Active employees within the scope: one enterprise, one zone, or (ministry) all zones. */
    long countActive(TenantScope scope);

    /** Active employees of one enterprise (for resumption figures). */
    long countActive(long enterpriseId);
}
