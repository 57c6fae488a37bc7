package gxq.exchange.internal;

/** A file as sent; {@code content} is null when the file was over the limit and not read. */
public record Upload(String originalName, long size, byte[] content) {
}
