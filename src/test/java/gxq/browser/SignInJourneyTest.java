package gxq.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInJourneyTest extends BrowserTest {

    @Test
    void firstSignInForcesAPasswordChangeThenTheHomePageGreetsThePerson() {
        GxqUser user = fixtures.account(Role.ZONE_ADMIN, 1L, null, null, true);

        signIn(user.getUsername(), Fixtures.PASSWORD);
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("请先修改密码");
        screenshot("1-forced-password-change");

        // anything else still leads back to the password page
        go("/");
        assertThat(page).hasURL(url("/account/password"));

        page.locator("#current").fill(Fixtures.PASSWORD);
        page.locator("#password").fill("Neu#Kennwort2020");
        page.locator("#confirm").fill("Neu#Kennwort2020");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("main h1")).containsText(user.displayName());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("密码已修改");
        assertThat(page.locator("#userMenu")).hasText(user.displayName());
        screenshot("2-home-after-change");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        GxqUser user = fixtures.enterpriseAdmin(fixtures.enterprise(1L));

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(user.getUsername(), "Wrong#Passw0rd" + attempt);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error=bad$"));
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("用户名或密码错误");
        }
        signIn(user.getUsername(), Fixtures.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error=locked$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("已锁定");
        screenshot("locked");
    }
}
