package gxq.region.internal;

/** What was typed into the risk-entry form, kept as typed for re-rendering. */
public class RiskForm {

    private String province;
    private String city;
    private String level;
    private String validFrom;
    private String validTo;
    private String note;
    private Integer version;

    static RiskForm of(RiskRow r) {
        RiskForm f = new RiskForm();
        f.city = r.cityCode();
        f.province = r.cityCode().substring(0, 2) + "0000";
        f.level = r.level().name();
        f.validFrom = r.validFrom().toString();
        f.validTo = r.validTo() == null ? null : r.validTo().toString();
        f.note = r.note();
        f.version = r.version();
        return f;
    }

    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String validTo) { this.validTo = validTo; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
