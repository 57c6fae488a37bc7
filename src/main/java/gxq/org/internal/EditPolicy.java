package gxq.org.internal;

import java.util.EnumSet;
import java.util.Set;

import gxq.account.Role;
import gxq.account.TenantScope;

/**
 * Which parts of an enterprise a person may change. The zone admin of the enterprise's zone keeps the register
 * (everything but zone and status, which change only by review); the enterprise's own admin keeps its contact data
 * up to date; everyone else reads only.
 */
final class EditPolicy {

    enum Part { NAME, USCC, CLASSIFICATION, ADDRESS, CONTACT, STAFF_COUNT }

    static final Set<Part> ENTERPRISE_ADMIN_PARTS = EnumSet.of(Part.ADDRESS, Part.CONTACT, Part.STAFF_COUNT);

    private EditPolicy() {
    }

    static Set<Part> editable(TenantScope scope, long zoneId, long enterpriseId) {
        if (scope.role() == Role.ZONE_ADMIN && scope.zoneId() != null && scope.zoneId() == zoneId) {
            return EnumSet.allOf(Part.class);
        }
        if (scope.role() == Role.ENTERPRISE_ADMIN && scope.enterpriseId() != null && scope.enterpriseId() == enterpriseId
                && scope.zoneId() != null && scope.zoneId() == zoneId) {
            return EnumSet.copyOf(ENTERPRISE_ADMIN_PARTS);
        }
        return EnumSet.noneOf(Part.class);
    }

    /**
     * Overwrites in {@code form} every field the person may not change with the stored value, so that whatever was
     * sent for those fields (a crafted request) is ignored.
     */
    static void restrict(EnterpriseForm form, EnterpriseRow current, Set<Part> editable) {
        EnterpriseForm stored = EnterpriseForm.of(current);
        form.setZoneId(current.zoneId());
        if (!editable.contains(Part.NAME)) {
            form.setName(stored.getName());
        }
        if (!editable.contains(Part.USCC)) {
            form.setUscc(stored.getUscc());
        }
        if (!editable.contains(Part.CLASSIFICATION)) {
            form.setIndustry(stored.getIndustry());
            form.setSizeBand(stored.getSizeBand());
            form.setAboveScale(stored.isAboveScale());
            form.setHighTech(stored.isHighTech());
            form.setTechSme(stored.isTechSme());
        }
        if (!editable.contains(Part.ADDRESS)) {
            form.setAddress(stored.getAddress());
        }
        if (!editable.contains(Part.CONTACT)) {
            form.setContactName(stored.getContactName());
            form.setContactMobile(null);
        }
        if (!editable.contains(Part.STAFF_COUNT)) {
            form.setStaffCount(stored.getStaffCount());
        }
    }
}
