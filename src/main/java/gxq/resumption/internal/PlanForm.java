package gxq.resumption.internal;

import java.util.ArrayList;
import java.util.List;

/** What was typed into the plan draft form, kept as typed for re-rendering. */
public class PlanForm {

    static final int CONTACT_ROWS = 5;

    private String title;
    private String measures;
    private String mechanism;
    private String effectiveDate;
    private List<String> contactName = new ArrayList<>();
    private List<String> contactDuty = new ArrayList<>();
    private List<String> contactPhone = new ArrayList<>();
    private Integer version;

    /**
     * The contact rows as typed: the i-th value of each of the repeated parameters {@code contactName},
     * {@code contactDuty} and {@code contactPhone} (no indexed parameters, so nothing can ask the binder to grow a list),
     * padded to {@link #CONTACT_ROWS} rows for the form.
     */
    public List<ContactForm> rows() {
        List<ContactForm> rows = new ArrayList<>();
        int n = Math.max(size(contactName), Math.max(size(contactDuty), size(contactPhone)));
        for (int i = 0; i < Math.max(n, CONTACT_ROWS); i++) {
            ContactForm c = new ContactForm();
            c.name = at(contactName, i);
            c.duty = at(contactDuty, i);
            c.phone = at(contactPhone, i);
            rows.add(c);
        }
        return rows;
    }

    void setRows(List<ContactForm> rows) {
        contactName = new ArrayList<>(rows.stream().map(ContactForm::getName).toList());
        contactDuty = new ArrayList<>(rows.stream().map(ContactForm::getDuty).toList());
        contactPhone = new ArrayList<>(rows.stream().map(ContactForm::getPhone).toList());
    }

    private static int size(List<String> l) {
        return l == null ? 0 : l.size();
    }

    private static String at(List<String> l, int i) {
        return l != null && i < l.size() ? l.get(i) : null;
    }

    public static class ContactForm {
        private String name;
        private String duty;
        private String phone;

        public ContactForm() {
        }

        ContactForm(PlanContact c) {
            this.name = c.name();
            this.duty = c.duty();
            this.phone = c.phone();
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDuty() { return duty; }
        public void setDuty(String duty) { this.duty = duty; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getMechanism() { return mechanism; }
    public void setMechanism(String mechanism) { this.mechanism = mechanism; }
    public String getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(String effectiveDate) { this.effectiveDate = effectiveDate; }
    public List<String> getContactName() { return contactName; }
    public void setContactName(List<String> contactName) { this.contactName = contactName; }
    public List<String> getContactDuty() { return contactDuty; }
    public void setContactDuty(List<String> contactDuty) { this.contactDuty = contactDuty; }
    public List<String> getContactPhone() { return contactPhone; }
    public void setContactPhone(List<String> contactPhone) { this.contactPhone = contactPhone; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
