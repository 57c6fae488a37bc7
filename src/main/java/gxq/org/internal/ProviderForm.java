package gxq.org.internal;

/** What a zone admin typed into the service-provider form, kept as typed for re-rendering. */
public class ProviderForm {

    private String name;
    private String uscc;
    private String kind;
    private String accountUsername;
    private String accountName;
    private String accountMobile;

    /** Whether an account was asked for (any of its fields filled in). */
    boolean wantsAccount() {
        return EnterpriseValidator.clean(accountUsername) != null || EnterpriseValidator.clean(accountName) != null
                || EnterpriseValidator.clean(accountMobile) != null;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAccountUsername() { return accountUsername; }
    public void setAccountUsername(String accountUsername) { this.accountUsername = accountUsername; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public String getAccountMobile() { return accountMobile; }
    public void setAccountMobile(String accountMobile) { this.accountMobile = accountMobile; }
}
