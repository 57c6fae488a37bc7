package gxq.org.internal;

import gxq.org.Industry;
import gxq.org.SizeBand;

/**
 * Checked and normalised enterprise data. {@code contactMobile} is the normalised 11-digit number, or null when an
 * edit leaves the stored (encrypted) number unchanged.
 */
record EnterpriseData(String name, String uscc, Industry industry, SizeBand sizeBand, boolean aboveScale,
        boolean highTech, boolean techSme, String address, String contactName, String contactMobile,
        Integer staffCount) {
}
