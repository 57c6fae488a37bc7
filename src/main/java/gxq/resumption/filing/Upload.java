package gxq.resumption.filing;

/** A file sent for one checklist item; {@code content} is null when the file was too large to read. */
record Upload(long itemId, String originalName, long size, byte[] content) {
}
