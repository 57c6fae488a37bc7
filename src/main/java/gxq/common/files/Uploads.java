package gxq.common.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Reading files out of a form and answering a stored file, the same way in every module. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The files sent: empty file inputs are skipped, a file over {@code maxBytes} is not read (its content is null, so
     * the service refuses it by name), and reading stops at {@code maxFiles + 1} files, enough to refuse too many.
     */
    public static List<Upload> read(List<MultipartFile> files, int maxFiles, long maxBytes) {
        List<Upload> list = new ArrayList<>();
        if (files == null) {
            return list;
        }
        for (MultipartFile f : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            if (list.size() > maxFiles) {
                break;
            }
            try {
                list.add(new Upload(f.getOriginalFilename(), f.getSize(), f.getSize() > maxBytes ? null : f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return list;
    }

    /**
     * A stored file for download: images inline, everything else as an attachment, the name in UTF-8 (RFC 6266) without
     * control characters (Spring also writes a plain {@code filename="…"} that would carry a line break through),
     * {@code nosniff}, and never cached by shared caches.
     */
    public static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] bytes) {
        return download(fileName, contentType, bytes, CacheControl.noStore().cachePrivate());
    }

    /** The same with another cache rule (e.g. published files anyone may read). */
    public static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] bytes,
            CacheControl cache) {
        boolean image = FileType.ofContentType(contentType).map(FileType::image).orElse(false);
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(safeName(fileName), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache).body(bytes);
    }

    private static String safeName(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.isEmpty() ? "file" : clean;
    }
}
