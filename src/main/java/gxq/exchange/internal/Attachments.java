package gxq.exchange.internal;

import java.util.List;
import java.util.Optional;

import gxq.common.files.FileType;
import gxq.common.files.Upload;
import gxq.common.web.FieldProblem;

/**
 * Files attached to items and notices: checking them (JPEG, PNG, PDF by content). Reading and serving them:
 * {@code gxq.common.files.Uploads}.
 */
public final class Attachments {

    private Attachments() {
    }

    /**
     * Adds a problem on field {@code files} for too many files ({@code existing} kept plus the new ones), a file too
     * large, of another type or whose name does not fit its content; keys {@code <prefix>.file.tooMany|tooLarge|type|mismatch}.
     */
    public static void check(List<Upload> uploads, int existing, int maxFiles, int maxBytes, String prefix,
            List<FieldProblem> problems) {
        if (existing + uploads.size() > maxFiles) {
            problems.add(new FieldProblem("files", prefix + ".file.tooMany", String.valueOf(maxFiles)));
            return;
        }
        for (Upload u : uploads) {
            String name = FileType.cleanName(u.originalName());
            if (u.content() == null || u.size() > maxBytes) {
                problems.add(new FieldProblem("files", prefix + ".file.tooLarge", name,
                        String.valueOf(maxBytes / (1024 * 1024))));
                continue;
            }
            Optional<FileType> type = FileType.detect(u.content());
            if (type.isEmpty()) {
                problems.add(new FieldProblem("files", prefix + ".file.type", name));
            } else if (!type.get().fitsName(name)) {
                problems.add(new FieldProblem("files", prefix + ".file.mismatch", name, type.get().name()));
            }
        }
    }
}
