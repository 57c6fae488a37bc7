package gxq.needs.cases;

import java.time.OffsetDateTime;
import java.util.List;

import gxq.common.crypto.Masks;

/** One line of a case's thread: a reply, or a change of state (with the reason or answer given), and its files. */
record Entry(long id, long caseId, Side side, long actorId, String actorName, String fromState, String toState,
        String body, OffsetDateTime createdAt, List<CaseFile> files) {

    /** The writer's name as other parties see it (张*). */
    public String maskedName() {
        return Masks.name(actorName);
    }

    Entry withFiles(List<CaseFile> list) {
        return new Entry(id, caseId, side, actorId, actorName, fromState, toState, body, createdAt, list);
    }
}
