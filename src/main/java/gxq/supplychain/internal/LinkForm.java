package gxq.supplychain.internal;

/** What a person types to add or edit a supplier or customer; kept as typed for a 422 re-render. */
public class LinkForm {

    private String direction = "SUPPLIER";
    private String kind = "PLATFORM";
    private String uscc;
    private String name;
    private String cityCode;
    private String note;
    private String version;

    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
