package gxq.exchange.practice;

/** A file of a shared item (metadata; the bytes are read only to serve it). */
record ItemFile(long id, long itemId, String fileName, String contentType, int sizeBytes) {

    public String sizeText() {
        return sizeBytes < 1024 ? sizeBytes + " B"
                : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
