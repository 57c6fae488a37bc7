package gxq.market.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import gxq.common.text.ChineseWords;

/**
 * Keywords of a post's text ({@link ChineseWords}). Computed when a post is saved and stored space-separated, so that matching never segments text.
 */
public final class Keywords {

    /** At most this many keywords are stored per post. */
    static final int MAX = 60;

    private Keywords() {
    }

    public static Set<String> of(String... texts) {
        return ChineseWords.keywords(MAX, texts);
    }

    public static String join(Set<String> words) {
        return String.join(" ", words);
    }

    public static Set<String> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
