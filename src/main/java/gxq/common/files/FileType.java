package gxq.common.files;

import java.util.Locale;
import java.util.Optional;

/**
 * The file types users may upload as evidence (photos and PDFs), recognised by their first bytes (magic numbers),
 * never by the name alone; used by filings and cases.
 */
public enum FileType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png"),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf");

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    FileType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the content starts with, if it is one of the three. */
    public static Optional<FileType> detect(byte[] content) {
        for (FileType t : values()) {
            if (content != null && content.length >= t.magic.length) {
                boolean match = true;
                for (int i = 0; i < t.magic.length && match; i++) {
                    match = content[i] == t.magic[i];
                }
                if (match) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the name's extension fits this type (a PNG named .pdf does not). */
    public boolean fitsName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        for (String e : extensions) {
            if (e.equals(ext)) {
                return true;
            }
        }
        return false;
    }

    public boolean image() {
        return this != PDF;
    }

    public static Optional<FileType> ofContentType(String contentType) {
        for (FileType t : values()) {
            if (t.contentType.equals(contentType)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The last path segment without control characters, at most 120 characters; "file" if nothing is left. */
    public static String cleanName(String original) {
        String n = original == null ? "" : original.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.length() > 120) {
            n = n.substring(n.length() - 120);
        }
        return n.isEmpty() ? "file" : n;
    }
}
