package gxq.resumption;

/**
 * One item of a zone's effective prevention checklist: a national item ({@code zoneId} null, code {@code N01}..) or
 * one the zone added (code {@code Z<id>}).
 */
public record ChecklistItem(long id, Long zoneId, String code, String title, String guidance, boolean evidenceRequired,
        int position) {

    public boolean national() {
        return zoneId == null;
    }
}
