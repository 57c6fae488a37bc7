package gxq.needs.cases;

/** A file attached to an entry of a case's thread (metadata; the bytes are read only to serve it). */
record CaseFile(long id, long caseId, long entryId, String fileName, String contentType, int sizeBytes) {

    public String sizeText() {
        return sizeBytes < 1024 ? sizeBytes + " B"
                : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
