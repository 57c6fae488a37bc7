package gxq.resumption.inspection;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** What was typed into the inspection form; kept as text so that a 422 shows it unchanged. */
public class InspectionForm {

    /** Finding rows read from the request at most; more answer 422. */
    static final int MAX_ROWS = 30;
    /** Empty rows the form offers. */
    static final int BLANK_ROWS = 3;

    private String enterprise;
    private String inspectedOn;
    private String inspectors;
    private String result;
    private String notes;
    private List<Row> findings = new ArrayList<>();
    private boolean tooManyRows;
    private int blankRows = BLANK_ROWS;

    /** One finding row as typed. */
    public static class Row {
        private final String item;
        private final String description;
        private final String severity;
        private final String deadline;

        Row(String item, String description, String severity, String deadline) {
            this.item = item;
            this.description = description;
            this.severity = severity;
            this.deadline = deadline;
        }

        public String getItem() { return item; }
        public String getDescription() { return description; }
        public String getSeverity() { return severity; }
        public String getDeadline() { return deadline; }

        boolean blank() {
            return isBlank(item) && isBlank(description) && isBlank(deadline);
        }
    }

    /**
     * The finding rows: the i-th value of the repeated parameters {@code findingItem}, {@code findingDescription},
     * {@code findingSeverity}, {@code findingDeadline}, read from the request itself (a data binder would split a single
     * value at its commas, and indexed parameters could make it grow a list).
     */
    void readFindings(HttpServletRequest request) {
        String[] item = values(request, "findingItem");
        String[] description = values(request, "findingDescription");
        String[] severity = values(request, "findingSeverity");
        String[] deadline = values(request, "findingDeadline");
        int n = Math.max(Math.max(item.length, description.length), Math.max(severity.length, deadline.length));
        tooManyRows = n > MAX_ROWS;
        findings = new ArrayList<>();
        for (int i = 0; i < Math.min(n, MAX_ROWS); i++) {
            findings.add(new Row(at(item, i), at(description, i), at(severity, i), at(deadline, i)));
        }
    }

    /** The typed rows without blank ones, then blank rows to fill in. */
    public List<Row> getRowsToShow() {
        List<Row> rows = new ArrayList<>(findings.stream().filter(r -> !r.blank()).toList());
        for (int i = 0; i < blankRows; i++) {
            rows.add(new Row(null, null, null, null));
        }
        return rows;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? new String[0] : v;
    }

    private static String at(String[] a, int i) {
        return i < a.length ? a[i] : null;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Offers {@code more} further blank rows (the form's "more rows" button), up to the maximum. */
    void addBlankRows(int more) {
        long typed = findings.stream().filter(r -> !r.blank()).count();
        long shownBlank = findings.size() - typed;
        blankRows = (int) Math.max(0, Math.min(shownBlank + more, MAX_ROWS - typed));
    }

    List<Row> findings() { return findings; }
    boolean tooManyRows() { return tooManyRows; }

    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public String getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(String inspectedOn) { this.inspectedOn = inspectedOn; }
    public String getInspectors() { return inspectors; }
    public void setInspectors(String inspectors) { this.inspectors = inspectors; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
