package gxq.health.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readers of the rendered pages, so that tests compare figures cell by cell rather than by substring. */
final class Html {

    private Html() {
    }

    /** The text of the element with this id (no nested tags), or null. */
    static String byId(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).strip() : null;
    }

    /** The cell texts of the table row carrying {@code attribute="value"}, or an empty list. */
    static List<String> rowCells(String html, String attribute, Object value) {
        Matcher row = Pattern.compile("<tr [^>]*" + attribute + "=\"" + value + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        List<String> cells = new ArrayList<>();
        if (row.find()) {
            Matcher cell = Pattern.compile("<td[^>]*>(?:<a[^>]*>)?([^<]*)").matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).strip());
            }
        }
        return cells;
    }

    /** Position of the first occurrence of {@code needle}, failing loudly when absent. */
    static int indexOf(String html, String needle) {
        int i = html.indexOf(needle);
        if (i < 0) {
            throw new AssertionError("not on the page: " + needle);
        }
        return i;
    }
}
