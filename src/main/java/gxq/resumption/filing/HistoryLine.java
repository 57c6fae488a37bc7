package gxq.resumption.filing;

import java.time.OffsetDateTime;

import gxq.resumption.internal.FilingState;

/** One change of state of a filing ({@code from} null: created). */
record HistoryLine(FilingState from, FilingState to, String actorName, String comment, String itemComments,
        OffsetDateTime at) {
}
