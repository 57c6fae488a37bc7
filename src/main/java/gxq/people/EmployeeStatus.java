package gxq.people;

/** Whether a person still works for the enterprise. A person who left keeps their record (for tracing), marked LEFT. */
public enum EmployeeStatus {
    ACTIVE, LEFT;

    /** Message key of the status label. */
    public String labelKey() {
        return "people.status." + name();
    }
}
