package gxq.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.org.EnterpriseStatus;
import gxq.org.Industry;
import gxq.org.SizeBand;

class EditPolicyTest {

    static final long ZONE = 7;
    static final long ENTERPRISE = 42;

    static EnterpriseRow stored() {
        return new EnterpriseRow(ENTERPRISE, ZONE, "某高新区", "原名称有限公司", EnterpriseValidatorTest.USCC, Industry.C,
                SizeBand.MEDIUM, true, false, true, "原地址", "原联系人", "138****5678", 50, EnterpriseStatus.ACTIVE, null,
                false, null, Instant.EPOCH, Instant.EPOCH, 3);
    }

    @Test
    void zoneAdminOfTheZoneEditsEverything() {
        var scope = new TenantScope(1, Role.ZONE_ADMIN, ZONE, null, null);
        assertThat(EditPolicy.editable(scope, ZONE, ENTERPRISE)).isEqualTo(EnumSet.allOf(EditPolicy.Part.class));
    }

    @Test
    void enterpriseAdminEditsOnlyAddressContactAndStaff() {
        var scope = new TenantScope(2, Role.ENTERPRISE_ADMIN, ZONE, ENTERPRISE, null);
        assertThat(EditPolicy.editable(scope, ZONE, ENTERPRISE))
                .containsExactlyInAnyOrder(EditPolicy.Part.ADDRESS, EditPolicy.Part.CONTACT, EditPolicy.Part.STAFF_COUNT);
    }

    @Test
    void everyoneElseReadsOnly() {
        assertThat(EditPolicy.editable(new TenantScope(1, Role.ZONE_ADMIN, ZONE + 1, null, null), ZONE, ENTERPRISE)).isEmpty();
        assertThat(EditPolicy.editable(new TenantScope(1, Role.ZONE_STAFF, ZONE, null, null), ZONE, ENTERPRISE)).isEmpty();
        assertThat(EditPolicy.editable(new TenantScope(1, Role.MINISTRY_ADMIN, null, null, null), ZONE, ENTERPRISE)).isEmpty();
        assertThat(EditPolicy.editable(new TenantScope(1, Role.ENTERPRISE_ADMIN, ZONE, ENTERPRISE + 1, null), ZONE, ENTERPRISE)).isEmpty();
        assertThat(EditPolicy.editable(new TenantScope(1, Role.EMPLOYEE, ZONE, ENTERPRISE, 5L), ZONE, ENTERPRISE)).isEmpty();
        assertThat(EditPolicy.editable(new TenantScope(1, Role.GATE_GUARD, ZONE, ENTERPRISE, null), ZONE, ENTERPRISE)).isEmpty();
    }

    @Test
    void restrictedEditIgnoresWhatAnEnterpriseAdminMayNotChange() {
        EnterpriseForm sent = EnterpriseValidatorTest.valid();
        sent.setName("篡改的名称");
        sent.setUscc("91110108MA00000029");
        sent.setIndustry("K");
        sent.setAboveScale(false);
        sent.setZoneId(99L);
        sent.setAddress("新地址");
        sent.setStaffCount("60");

        EditPolicy.restrict(sent, stored(), EditPolicy.ENTERPRISE_ADMIN_PARTS);

        assertThat(sent.getName()).isEqualTo("原名称有限公司");
        assertThat(sent.getUscc()).isEqualTo(EnterpriseValidatorTest.USCC);
        assertThat(sent.getIndustry()).isEqualTo("C");
        assertThat(sent.getSizeBand()).isEqualTo("MEDIUM");
        assertThat(sent.isAboveScale()).isTrue();
        assertThat(sent.isTechSme()).isTrue();
        assertThat(sent.getZoneId()).isEqualTo(ZONE);
        assertThat(sent.getAddress()).isEqualTo("新地址");
        assertThat(sent.getStaffCount()).isEqualTo("60");
        assertThat(sent.getContactMobile()).isEqualTo("+86 138-1234-5678");
    }

    @Test
    void withoutContactRightsTheMobileIsKept() {
        EnterpriseForm sent = EnterpriseValidatorTest.valid();
        EditPolicy.restrict(sent, stored(), EnumSet.of(EditPolicy.Part.ADDRESS));
        assertThat(sent.getContactMobile()).isNull();
        assertThat(sent.getContactName()).isEqualTo("原联系人");
    }

    @Test
    void changedNamesFieldsButNeverValues() {
        EnterpriseForm sent = EnterpriseForm.of(stored());
        sent.setAddress("新地址");
        sent.setContactMobile("13900001111");
        var data = EnterpriseValidator.validate(sent, false).data();
        assertThat(EnterpriseService.changed(stored(), data)).containsExactly("address", "contactMobile");
    }
}
