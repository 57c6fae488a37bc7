package gxq.common.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A short excerpt of a text around the first search word found in it, cut into parts that are or are not a search word,
 * so a template can mark the hits ({@code <mark th:if="${part.hit}">}) without building HTML from user text.
 */
public final class Snippet {

    public record Part(String text, boolean hit) {
    }

    private Snippet() {
    }

    /** At most {@code maxChars} characters of {@code text} (whitespace collapsed), starting a little before the first hit. */
    public static List<Part> of(String text, List<String> terms, int maxChars) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        String lower = sameLengthLower(flat);
        int first = -1;
        for (String t : terms) {
            int at = lower.indexOf(t);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = first <= maxChars / 4 ? 0 : first - maxChars / 4;
        int end = Math.min(flat.length(), start + maxChars);
        String window = flat.substring(start, end);
        String lw = lower.substring(start, end);
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("…", false));
        }
        int pos = 0;
        while (pos < window.length()) {
            int next = -1;
            String found = null;
            for (String t : terms) {
                int at = t.isEmpty() ? -1 : lw.indexOf(t, pos);
                if (at >= 0 && (next < 0 || at < next || (at == next && t.length() > found.length()))) {
                    next = at;
                    found = t;
                }
            }
            if (next < 0) {
                parts.add(new Part(window.substring(pos), false));
                break;
            }
            if (next > pos) {
                parts.add(new Part(window.substring(pos, next), false));
            }
            parts.add(new Part(window.substring(next, next + found.length()), true));
            pos = next + found.length();
        }
        if (end < flat.length()) {
            parts.add(new Part("…", false));
        }
        return parts;
    }

    /** Lower case one char at a time: {@code String.toLowerCase} may change the length (İ → i̇) and shift positions. */
    private static String sameLengthLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
