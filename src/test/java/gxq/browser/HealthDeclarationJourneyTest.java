package gxq.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import gxq.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** An employee on a phone declares today's health with a fever and sees their colour turn yellow, with the reason. */
class HealthDeclarationJourneyTest extends BrowserTest {

    @Test
    void employeeDeclaresOnAPhoneAndSeesTheirColourAndWhy() {
        long enterprise = fixtures.enterprise(155L);
        var employee = fixtures.employeeAccount(fixtures.employee(enterprise, "林晓"));
        usePhone();
        signIn(employee.getUsername(), Fixtures.PASSWORD);
        go("/me/health");
        assertThat(page.locator("#colour")).hasText("绿码");
        assertThat(page.locator("#declaredToday")).containsText("今天尚未申报");
        screenshot("form");

        page.locator("#temperature").fill("37.9");
        page.locator("label[for=symptom1]").click(); // 干咳
        page.locator("#province").selectOption("110000");
        page.locator("#currentCity").selectOption("110100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申报")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("申报已提交");
        assertThat(page.locator("#colour")).hasText("黄码");
        assertThat(page.locator("#reasons")).containsText("体温 37.9 ℃");
        assertThat(page.locator("#reasons")).containsText("干咳");
        assertThat(page.locator("#until")).isVisible();
        assertThat(page.locator("#declaredToday")).containsText("今天已申报");
        assertThat(page.locator("#temperature")).hasValue("37.9");
        screenshot("declared");

        // a wrong temperature keeps what was typed and says why
        page.locator("#temperature").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("更新今天的申报")).click();
        assertThat(page.locator("#formErrors")).containsText("体温须在 34.0 至 43.0 ℃ 之间");
        assertThat(page.locator("#temperature")).hasValue("30");
    }
}
