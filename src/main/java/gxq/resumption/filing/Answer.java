package gxq.resumption.filing;

import java.util.List;

/** The answer to one checklist item, with the item as it was answered and its evidence files. */
record Answer(long itemId, String code, String title, boolean evidenceRequired, int position, String answer,
        String note, String evidence, String reviewComment, List<Attachment> attachments) {

    static final String DONE = "DONE";
    static final String NOT_APPLICABLE = "NA";

    Answer withAttachments(List<Attachment> files) {
        return new Answer(itemId, code, title, evidenceRequired, position, answer, note, evidence, reviewComment,
                List.copyOf(files));
    }
}
