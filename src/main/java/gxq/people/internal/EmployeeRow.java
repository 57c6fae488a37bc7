package gxq.people.internal;

import java.time.Instant;
import java.time.LocalDate;

import gxq.common.crypto.Masks;
import gxq.people.EmployeeStatus;
import gxq.people.EmployeeSummary;

/** One employee row with its enterprise's name; the encrypted columns are read only for an audited reveal. */
record EmployeeRow(long id, long zoneId, long enterpriseId, String enterpriseName, String name, String gender,
        LocalDate birthDate, String idNoEnc, String idNoHash, String idNoMasked, String phoneEnc, String phoneHash,
        String phoneMasked, String employeeNo,
        String department, String jobTitle, String homeCityCode, EmployeeStatus status, int version,
        Instant createdAt, Instant updatedAt, boolean hasAccount) {

    public boolean active() {
        return status == EmployeeStatus.ACTIVE;
    }

    public String maskedName() {
        return Masks.name(name);
    }

    EmployeeSummary summary() {
        return new EmployeeSummary(id, zoneId, enterpriseId, name, gender == null || gender.isEmpty() ? '?' : gender.charAt(0),
                idNoMasked, phoneMasked, employeeNo, department, jobTitle, homeCityCode, status);
    }
}
