package gxq.org.internal;

/**
 * What a person typed into an enterprise form (register, edit, self-register) or sent as JSON. Everything is kept as
 * typed (numbers as text) so that a form re-rendered after a mistake shows exactly the input; passwords are never
 * rendered back.
 */
public class EnterpriseForm {

    private Long zoneId;
    private String province;
    private String name;
    private String uscc;
    private String industry;
    private String sizeBand;
    private boolean aboveScale;
    private boolean highTech;
    private boolean techSme;
    private String address;
    private String contactName;
    private String contactMobile;
    private String staffCount;
    private Integer version;
    private String adminUsername;
    private String adminName;
    private String adminMobile;
    private String adminPassword;
    private String adminPasswordConfirm;

    static EnterpriseForm of(EnterpriseRow row) {
        EnterpriseForm f = new EnterpriseForm();
        f.zoneId = row.zoneId();
        f.name = row.name();
        f.uscc = row.uscc();
        f.industry = row.industry() == null ? null : row.industry().name();
        f.sizeBand = row.sizeBand() == null ? null : row.sizeBand().name();
        f.aboveScale = row.aboveScale();
        f.highTech = row.highTech();
        f.techSme = row.techSme();
        f.address = row.address();
        f.contactName = row.contactName();
        f.contactMobile = null; // stored encrypted; blank on edit means "unchanged"
        f.staffCount = row.staffCount() == null ? null : String.valueOf(row.staffCount());
        f.version = row.version();
        return f;
    }

    /** Whether an enterprise-admin account was asked for (any of its fields filled in). */
    boolean wantsAdminAccount() {
        return notBlank(adminUsername) || notBlank(adminName) || notBlank(adminMobile) || notBlank(adminPassword);
    }

    /** Forgets the passwords, before the form is shown again. */
    void clearPasswords() {
        adminPassword = null;
        adminPasswordConfirm = null;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public Long getZoneId() { return zoneId; }
    public void setZoneId(Long zoneId) { this.zoneId = zoneId; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getSizeBand() { return sizeBand; }
    public void setSizeBand(String sizeBand) { this.sizeBand = sizeBand; }
    public boolean isAboveScale() { return aboveScale; }
    public void setAboveScale(boolean aboveScale) { this.aboveScale = aboveScale; }
    public boolean isHighTech() { return highTech; }
    public void setHighTech(boolean highTech) { this.highTech = highTech; }
    public boolean isTechSme() { return techSme; }
    public void setTechSme(boolean techSme) { this.techSme = techSme; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactMobile() { return contactMobile; }
    public void setContactMobile(String contactMobile) { this.contactMobile = contactMobile; }
    public String getStaffCount() { return staffCount; }
    public void setStaffCount(String staffCount) { this.staffCount = staffCount; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getAdminUsername() { return adminUsername; }
    public void setAdminUsername(String adminUsername) { this.adminUsername = adminUsername; }
    public String getAdminName() { return adminName; }
    public void setAdminName(String adminName) { this.adminName = adminName; }
    public String getAdminMobile() { return adminMobile; }
    public void setAdminMobile(String adminMobile) { this.adminMobile = adminMobile; }
    public String getAdminPassword() { return adminPassword; }
    public void setAdminPassword(String adminPassword) { this.adminPassword = adminPassword; }
    public String getAdminPasswordConfirm() { return adminPasswordConfirm; }
    public void setAdminPasswordConfirm(String adminPasswordConfirm) { this.adminPasswordConfirm = adminPasswordConfirm; }
}
