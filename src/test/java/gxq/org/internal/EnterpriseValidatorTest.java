package gxq.org.internal;

import org.junit.jupiter.api.Test;

import gxq.common.validation.Uscc;
import gxq.common.web.FieldProblem;
import gxq.org.Industry;
import gxq.org.SizeBand;

import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseValidatorTest {

    static final String USCC = Uscc.complete("91110108MA0000001");

    static EnterpriseForm valid() {
        EnterpriseForm f = new EnterpriseForm();
        f.setName("  北京  示例科技有限公司 ");
        f.setUscc(USCC.toLowerCase() + " ");
        f.setIndustry("i");
        f.setSizeBand("small");
        f.setHighTech(true);
        f.setAddress("中关村大街1号");
        f.setContactName("张三");
        f.setContactMobile("+86 138-1234-5678");
        f.setStaffCount("1,200");
        return f;
    }

    @Test
    void normalisesAValidForm() {
        var result = EnterpriseValidator.validate(valid(), true);
        assertThat(result.problems()).isEmpty();
        EnterpriseData d = result.data();
        assertThat(d.name()).isEqualTo("北京 示例科技有限公司");
        assertThat(d.uscc()).isEqualTo(USCC);
        assertThat(d.industry()).isEqualTo(Industry.I);
        assertThat(d.sizeBand()).isEqualTo(SizeBand.SMALL);
        assertThat(d.highTech()).isTrue();
        assertThat(d.aboveScale()).isFalse();
        assertThat(d.contactMobile()).isEqualTo("13812345678");
        assertThat(d.staffCount()).isEqualTo(1200);
    }

    @Test
    void usccProblemsCarryTheExactCommonMessageKey() {
        EnterpriseForm f = valid();
        char last = USCC.charAt(17);
        f.setUscc(USCC.substring(0, 17) + (last == '0' ? '1' : '0'));
        assertThat(EnterpriseValidator.validate(f, true).problems())
                .containsExactly(new FieldProblem("uscc", Uscc.PROBLEM_CHECK_CHARACTER));
        f.setUscc("12345");
        assertThat(EnterpriseValidator.validate(f, true).problems())
                .containsExactly(new FieldProblem("uscc", Uscc.PROBLEM_FORMAT));
        f.setUscc("  ");
        assertThat(EnterpriseValidator.validate(f, true).problems())
                .containsExactly(new FieldProblem("uscc", "org.enterprise.uscc.required"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        EnterpriseForm f = new EnterpriseForm();
        f.setIndustry("Z");
        f.setSizeBand("HUGE");
        f.setContactMobile("12345");
        f.setStaffCount("many");
        var result = EnterpriseValidator.validate(f, true);
        assertThat(result.data()).isNull();
        assertThat(result.problems()).extracting(FieldProblem::field)
                .containsExactly("name", "uscc", "industry", "sizeBand", "contactName", "contactMobile", "staffCount");
    }

    @Test
    void mobileMayBeLeftBlankOnlyWhenEditing() {
        EnterpriseForm f = valid();
        f.setContactMobile("");
        assertThat(EnterpriseValidator.validate(f, true).problems()).extracting(FieldProblem::key)
                .containsExactly("org.enterprise.contactMobile.required");
        var edit = EnterpriseValidator.validate(f, false);
        assertThat(edit.problems()).isEmpty();
        assertThat(edit.data().contactMobile()).isNull();
    }

    @Test
    void staffCountMustBeANonNegativeWholeNumber() {
        EnterpriseForm f = valid();
        f.setStaffCount("-1");
        assertThat(EnterpriseValidator.validate(f, true).problems()).extracting(FieldProblem::field).containsExactly("staffCount");
        f.setStaffCount("");
        assertThat(EnterpriseValidator.validate(f, true).data().staffCount()).isNull();
    }

    @Test
    void adminAccountIsOptionalForZonesButCompleteWhenStarted() {
        EnterpriseForm f = valid();
        assertThat(EnterpriseValidator.validateAdmin(f, false, false)).isEmpty();
        f.setAdminName("李四");
        assertThat(EnterpriseValidator.validateAdmin(f, false, false)).extracting(FieldProblem::field)
                .containsExactly("adminUsername");
    }

    @Test
    void selfRegistrationNeedsMatchingPasswords() {
        EnterpriseForm f = valid();
        f.setAdminUsername("shili-admin");
        f.setAdminName("李四");
        f.setAdminMobile("13900001111");
        f.setAdminPassword("Abcdef#12345");
        f.setAdminPasswordConfirm("Abcdef#12346");
        assertThat(EnterpriseValidator.validateAdmin(f, true, true))
                .containsExactly(new FieldProblem("adminPasswordConfirm", "account.password.mismatch"));
        f.setAdminPasswordConfirm("Abcdef#12345");
        assertThat(EnterpriseValidator.validateAdmin(f, true, true)).isEmpty();
        f.setAdminPassword(null);
        assertThat(EnterpriseValidator.validateAdmin(f, true, true)).extracting(FieldProblem::key)
                .containsExactly("org.register.password.required");
    }
}
