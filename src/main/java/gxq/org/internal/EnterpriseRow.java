package gxq.org.internal;

import java.time.Instant;

import gxq.org.EnterpriseStatus;
import gxq.org.EnterpriseSummary;
import gxq.org.Industry;
import gxq.org.SizeBand;

/** An enterprise as shown on its page and in the API: the contact phone only masked. */
record EnterpriseRow(long id, long zoneId, String zoneName, String name, String uscc, Industry industry,
        SizeBand sizeBand, boolean aboveScale, boolean highTech, boolean techSme, String address, String contactName,
        String contactPhoneMasked, Integer staffCount, EnterpriseStatus status, String reviewNote,
        boolean selfRegistered, Instant reviewedAt, Instant createdAt, Instant updatedAt, int version) {

    EnterpriseSummary summary() {
        return new EnterpriseSummary(id, zoneId, name, uscc, industry, sizeBand, aboveScale, highTech, techSme,
                staffCount, status);
    }
}
