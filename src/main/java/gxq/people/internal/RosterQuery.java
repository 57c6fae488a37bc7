package gxq.people.internal;

import org.springframework.stereotype.Component;

import gxq.account.TenantScope;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.MobileNumber;
import gxq.common.validation.ResidentId;
import gxq.people.EmployeeStatus;

/**
 * Turns the list's query parameters into a {@link EmployeeStore.Filter}. The search box takes a name (part of it), a
 * full ID number or a full mobile number; the numbers are searched by their lookup hash, never in clear.
 */
@Component
class RosterQuery {

    private final PersonalDataCipher cipher;

    RosterQuery(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    EmployeeStore.Filter filter(TenantScope scope, Long enterprise, String q, String department, String status) {
        Long ent = scope.isZoneLevel() ? enterprise : null; // an enterprise admin's scope is their enterprise already
        String text = RowValidator.text(q);
        String idHash = null;
        String phoneHash = null;
        String name = null;
        if (text != null) {
            String id = RowValidator.idNumber(text);
            String mobile = RowValidator.mobile(text);
            if (id != null && ResidentId.isValid(id)) {
                idHash = cipher.lookupHash(id);
            } else if (mobile != null && MobileNumber.isValid(mobile)) {
                phoneHash = cipher.lookupHash(mobile);
            } else {
                name = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            }
        }
        return new EmployeeStore.Filter(ent, name, idHash, phoneHash, RowValidator.text(department), status(status));
    }

    static EmployeeStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return EmployeeStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
