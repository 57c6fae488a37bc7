package gxq.exchange.notice;

/** An attachment of a notice (metadata; the bytes are read only to serve it). */
record NoticeFile(long id, long noticeId, String fileName, String contentType, int sizeBytes) {

    public String sizeText() {
        return sizeBytes < 1024 ? sizeBytes + " B"
                : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
