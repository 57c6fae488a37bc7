package gxq.resumption.filing;

import java.time.OffsetDateTime;

/** An evidence file's description (the bytes are read only to serve it). */
record Attachment(long id, long filingId, long itemId, long zoneId, long enterpriseId, String fileName,
        String contentType, int sizeBytes, OffsetDateTime uploadedAt) {

    public String sizeText() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
    }
}
