package gxq.exchange.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One notice as stored. */
record Notice(long id, String title, String body, Importance importance, LocalDate readBy, Audience.Kind audience,
        NoticeState state, long authorId, String authorName, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime sentAt, OffsetDateTime withdrawnAt, String withdrawReason, int version) {

    /** The body as paragraphs (split at line breaks, blank lines dropped), for showing as plain text. */
    public List<String> paragraphs() {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public boolean draft() {
        return state == NoticeState.DRAFT;
    }

    public boolean withdrawn() {
        return state == NoticeState.WITHDRAWN;
    }
}
