package gxq.org;

import java.util.List;
import java.util.Optional;

import gxq.account.TenantScope;

/** The national high-tech zones (reference data, ids 1..176). */
public interface Zones {

    Optional<ZoneSummary> find(long id);

    /** Every zone, ordered by province code and id. */
    List<ZoneSummary> all();

    /** The zones the scope may see as a whole: all for the ministry, its own for zone roles, none otherwise. */
    List<ZoneSummary> visibleTo(TenantScope scope);
}
