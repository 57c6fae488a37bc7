package gxq.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintAnnotationsTest {

    record Company(@UsccCode String uscc, @ResidentIdNumber String legalPersonId, @Mobile String phone) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private List<String> templates(Company company) {
        return validator.validate(company).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .sorted()
                .toList();
    }

    @Test
    void nullAndBlankAreValid() {
        assertThat(templates(new Company(null, null, null))).isEmpty();
        assertThat(templates(new Company("", " ", "\t"))).isEmpty();
    }

    @Test
    void valuesAreNormalizedBeforeChecking() {
        assertThat(templates(new Company(" 91110000802100433b ", "11010519491231002x", "+86 138-1234-5678")))
                .isEmpty();
    }

    @Test
    void invalidValuesReportTheConfiguredMessages() {
        assertThat(templates(new Company("91110000802100433C", "110105194912310021", "12812345678")))
                .containsExactly("{gxq.validation.idNumber}", "{gxq.validation.mobile}", "{gxq.validation.uscc}");
    }
}
