package gxq.account.internal;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void rulesAreCheckedInOrder() {
        assertThat(PasswordPolicy.problem("Ab1!", "u")).contains("account.password.tooShort");
        assertThat(PasswordPolicy.problem("a".repeat(129), "u")).contains("account.password.tooLong");
        assertThat(PasswordPolicy.problem("abcdefghij12", "u")).contains("account.password.weak");
        assertThat(PasswordPolicy.problem("ABCDEFGH!!!!", "u")).contains("account.password.weak");
        assertThat(PasswordPolicy.problem("Zhangwei2020!", "zhangwei")).contains("account.password.containsUsername");
        assertThat(PasswordPolicy.problem("Gxq@2020demo", "admin")).isEmpty();
        assertThat(PasswordPolicy.problem("gxq@2020demo", "admin")).isEmpty();
    }

    @RepeatedTest(20)
    void generatedPasswordsPassThePolicy() {
        String p = PasswordPolicy.generate();
        assertThat(p).hasSize(12);
        assertThat(PasswordPolicy.problem(p, "someone")).isEmpty();
    }
}
