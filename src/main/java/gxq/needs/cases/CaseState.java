package gxq.needs.cases;

import java.util.EnumSet;
import java.util.Set;

/** The states of a case; see docs/needs.md for the transitions. */
enum CaseState {
    NEW, ACCEPTED, SOLVED, CONFIRMED, REOPENED, ESCALATED, WITHDRAWN;

    /** States in which the zone (or, for ESCALATED, the ministry) has work to do: the deadline runs. */
    static final Set<CaseState> WAITING = EnumSet.of(NEW, ACCEPTED, REOPENED, ESCALATED);
    /** States the zone works from: accept, solve, escalate. */
    static final Set<CaseState> ZONE_WORKS = EnumSet.of(NEW, ACCEPTED, REOPENED);

    boolean waiting() {
        return WAITING.contains(this);
    }

    /** Not yet confirmed or withdrawn: {@link gxq.needs.NeedCaseChanged#open()}. SOLVED waits for the raiser. */
    boolean open() {
        return this != CONFIRMED && this != WITHDRAWN;
    }
}
