package gxq.health.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * The declaration form as typed (strings, so that bad input is shown back as it was). Visits are parallel lists
 * {@code visitCity[i]} / {@code visitDate[i]}; blank pairs are ignored. Also the body of
 * {@code POST /api/health/declarations} (with {@code employeeId} for a proxy declaration).
 */
public class DeclarationForm {

    /** Rows of visits shown when nothing was entered yet. */
    static final int BLANK_VISIT_ROWS = 1;
    static final int MAX_VISITS = 20;

    private Long employeeId;
    private String temperature;
    private List<String> symptoms = new ArrayList<>();
    private String province;
    private String currentCity;
    private List<String> visitCity = new ArrayList<>();
    private List<String> visitDate = new ArrayList<>();
    private String contact = "NONE";
    private boolean returned;
    private String returnFrom;
    private String returnDate;

    public Long getEmployeeId() { return employeeId; }
    public void setEmployeeId(Long employeeId) { this.employeeId = employeeId; }
    public String getTemperature() { return temperature; }
    public void setTemperature(String temperature) { this.temperature = temperature; }
    public List<String> getSymptoms() { return symptoms; }
    public void setSymptoms(List<String> symptoms) { this.symptoms = symptoms == null ? new ArrayList<>() : new ArrayList<>(symptoms); }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCurrentCity() { return currentCity; }
    public void setCurrentCity(String currentCity) { this.currentCity = currentCity; }
    public List<String> getVisitCity() { return visitCity; }
    public void setVisitCity(List<String> visitCity) { this.visitCity = visitCity == null ? new ArrayList<>() : new ArrayList<>(visitCity); }
    public List<String> getVisitDate() { return visitDate; }
    public void setVisitDate(List<String> visitDate) { this.visitDate = visitDate == null ? new ArrayList<>() : new ArrayList<>(visitDate); }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public boolean isReturned() { return returned; }
    public void setReturned(boolean returned) { this.returned = returned; }
    public String getReturnFrom() { return returnFrom; }
    public void setReturnFrom(String returnFrom) { this.returnFrom = returnFrom; }
    public String getReturnDate() { return returnDate; }
    public void setReturnDate(String returnDate) { this.returnDate = returnDate; }

    /** JSON clients send visits as objects: {@code "visits": [{"city": "420100", "date": "2020-02-10"}]}. */
    public record Visit(String city, String date) {
    }

    public void setVisits(List<Visit> visits) {
        visitCity = new ArrayList<>();
        visitDate = new ArrayList<>();
        if (visits != null) {
            for (Visit v : visits) {
                visitCity.add(v == null ? null : v.city());
                visitDate.add(v == null ? null : v.date());
            }
        }
    }

    /** Number of visit rows to show: those typed, at least {@link #BLANK_VISIT_ROWS}. */
    public int getVisitRows() {
        return Math.max(BLANK_VISIT_ROWS, Math.max(visitCity.size(), visitDate.size()));
    }

    public String visitCityAt(int i) {
        return i < visitCity.size() ? visitCity.get(i) : null;
    }

    public String visitDateAt(int i) {
        return i < visitDate.size() ? visitDate.get(i) : null;
    }

    void addVisitRow() {
        int rows = getVisitRows();
        if (rows >= MAX_VISITS) {
            return;
        }
        while (visitCity.size() < rows + 1) {
            visitCity.add("");
        }
        while (visitDate.size() < rows + 1) {
            visitDate.add("");
        }
    }

    void removeVisitRow(int i) {
        if (i >= 0 && i < visitCity.size()) {
            visitCity.remove(i);
        }
        if (i >= 0 && i < visitDate.size()) {
            visitDate.remove(i);
        }
    }
}
