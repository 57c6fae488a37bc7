package gxq.resumption.internal;

/** What was typed into the zone checklist item form. */
public class ChecklistForm {

    private String title;
    private String guidance;
    private boolean evidenceRequired;
    private Integer version;

    static ChecklistForm of(ChecklistRow r) {
        ChecklistForm f = new ChecklistForm();
        f.title = r.title();
        f.guidance = r.guidance();
        f.evidenceRequired = r.evidenceRequired();
        f.version = r.version();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getGuidance() { return guidance; }
    public void setGuidance(String guidance) { this.guidance = guidance; }
    public boolean isEvidenceRequired() { return evidenceRequired; }
    public void setEvidenceRequired(boolean evidenceRequired) { this.evidenceRequired = evidenceRequired; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
