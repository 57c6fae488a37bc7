package gxq.common.web;

import java.util.List;
import java.util.regex.Pattern;

/** Typed text as forms check it, the same in every module. */
public final class TextInput {

    /** Control characters other than tab and line breaks; PostgreSQL cannot store NUL at all. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private TextInput() {
    }

    /** The text stripped and without control characters (tab and line breaks kept); null when nothing is left. */
    public static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String t = CONTROL.matcher(typed).replaceAll("").strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The cleaned text of a field, or null with a problem: {@code requiredKey} when it is blank (no problem when that key
     * is null: the field is optional), {@code tooLongKey} with the limit and the length when it is longer than
     * {@code max}.
     */
    public static String text(String typed, String field, int max, String requiredKey, String tooLongKey,
            List<FieldProblem> problems) {
        String t = clean(typed);
        if (t == null) {
            if (requiredKey != null) {
                problems.add(new FieldProblem(field, requiredKey));
            }
            return null;
        }
        if (t.length() > max) {
            problems.add(new FieldProblem(field, tooLongKey, String.valueOf(max), String.valueOf(t.length())));
            return null;
        }
        return t;
    }
}
