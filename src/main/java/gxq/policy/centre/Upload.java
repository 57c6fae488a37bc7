package gxq.policy.centre;

/** A file as sent; {@code content} is null when the file was over the limit and not read. */
record Upload(String originalName, long size, byte[] content) {
}
