package gxq.org;

/** An enterprise as other modules need it. Contact data is left out on purpose. */
public record EnterpriseSummary(long id, long zoneId, String name, String uscc, Industry industry, SizeBand sizeBand,
        boolean aboveScale, boolean highTech, boolean techSme, Integer staffCount, EnterpriseStatus status) {

    public boolean active() {
        return status == EnterpriseStatus.ACTIVE;
    }
}
