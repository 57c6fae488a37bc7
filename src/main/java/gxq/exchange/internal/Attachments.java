package gxq.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import gxq.common.files.FileType;

/** Files attached to items and notices: reading the upload, checking it (JPEG, PNG, PDF by content) and serving it. */
public final class Attachments {

    private Attachments() {
    }

    /**
     * The files sent; a file over {@code maxBytes} is not read (the check refuses it), empty file inputs are skipped,
     * and reading stops at one more than {@code maxFiles} (enough to refuse the request).
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
     * Adds a problem on field {@code files} for too many files ({@code existing} kept plus the new ones), a file too
     * large, of another type or whose name does not fit its content; keys {@code <prefix>.file.tooMany|tooLarge|type|mismatch}.
     */
    public static void check(List<Upload> uploads, int existing, int maxFiles, int maxBytes, String prefix,
            List<Problem> problems) {
        if (existing + uploads.size() > maxFiles) {
            problems.add(new Problem("files", prefix + ".file.tooMany", String.valueOf(maxFiles)));
            return;
        }
        for (Upload u : uploads) {
            String name = FileType.cleanName(u.originalName());
            if (u.content() == null || u.size() > maxBytes) {
                problems.add(new Problem("files", prefix + ".file.tooLarge", name,
                        String.valueOf(maxBytes / (1024 * 1024))));
                continue;
            }
            Optional<FileType> type = FileType.detect(u.content());
            if (type.isEmpty()) {
                problems.add(new Problem("files", prefix + ".file.type", name));
            } else if (!type.get().fitsName(name)) {
                problems.add(new Problem("files", prefix + ".file.mismatch", name, type.get().name()));
            }
        }
    }

    /** A stored file for download: images inline, the rest as attachment; not sniffed, not cached. */
    public static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] bytes) {
        boolean image = FileType.ofContentType(contentType).map(FileType::image).orElse(false);
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate()).body(bytes);
    }
}
