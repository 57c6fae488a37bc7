package gxq.resumption.internal;

/** What was typed into the daily report form; kept as text so that a 422 shows it unchanged. */
public class DailyForm {

    private String onDuty;
    private String remote;
    private String quarantine;
    private String notReturned;
    private String capacity;
    private String version;

    static DailyForm of(DailyReport r) {
        DailyForm f = new DailyForm();
        f.onDuty = String.valueOf(r.onDuty());
        f.remote = String.valueOf(r.remote());
        f.quarantine = String.valueOf(r.quarantine());
        f.notReturned = String.valueOf(r.notReturned());
        f.capacity = String.valueOf(r.capacityPct());
        f.version = String.valueOf(r.version());
        return f;
    }

    public String getOnDuty() { return onDuty; }
    public void setOnDuty(String onDuty) { this.onDuty = onDuty; }
    public String getRemote() { return remote; }
    public void setRemote(String remote) { this.remote = remote; }
    public String getQuarantine() { return quarantine; }
    public void setQuarantine(String quarantine) { this.quarantine = quarantine; }
    public String getNotReturned() { return notReturned; }
    public void setNotReturned(String notReturned) { this.notReturned = notReturned; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
