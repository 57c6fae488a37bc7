package gxq.resumption;

import java.util.List;

/** The prevention checklist an enterprise of a zone answers when it files to resume work. */
public interface Checklists {

    /** National items first (in their order), then the zone's own items that are not retired. */
    List<ChecklistItem> effectiveFor(long zoneId);
}
