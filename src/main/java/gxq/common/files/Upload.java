package gxq.common.files;

/** A file as sent in a form; {@code content} is null when the file was over the limit and not read. */
public record Upload(String originalName, long size, byte[] content) {
}
