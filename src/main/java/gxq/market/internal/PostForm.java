package gxq.market.internal;

/** What was typed into the post form, kept as text so that a re-rendered form shows it unchanged. */
public class PostForm {

    private String side;
    private String category;
    private String title;
    private String description;
    private String quantity;
    private String unit;
    private String city;
    private String dateFrom;
    private String dateUntil;
    private String contactName;
    private String contactPhone;
    private String version;

    static PostForm of(Post p) {
        PostForm f = new PostForm();
        f.side = p.side().name();
        f.category = p.category().name();
        f.title = p.title();
        f.description = p.description();
        f.quantity = p.quantityText();
        f.unit = p.unit();
        f.city = p.cityCode();
        f.dateFrom = p.dateFrom() == null ? "" : p.dateFrom().toString();
        f.dateUntil = p.dateUntil().toString();
        f.contactName = p.contactName();
        f.contactPhone = "";
        f.version = String.valueOf(p.version());
        return f;
    }

    public String getSide() { return side; }
    public void setSide(String side) { this.side = side; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getDateFrom() { return dateFrom; }
    public void setDateFrom(String dateFrom) { this.dateFrom = dateFrom; }
    public String getDateUntil() { return dateUntil; }
    public void setDateUntil(String dateUntil) { this.dateUntil = dateUntil; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
