package gxq.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import gxq.account.GxqUser;
import gxq.account.Role;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import gxq.health.gate.GateFixtures;
import gxq.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An employee declares their health on a phone and opens their health code; a gate guard at a PC pastes the code (as a USB scanner would type
 * it) and sees the large green verdict with the masked name.
 */
@Import(GateFixtures.class)
@TestPropertySource(properties = "gxq.health.code.lifetime=40s")   // the page renews 30 s before expiry: after ~10 s
class GateScanJourneyTest extends BrowserTest {

    @Autowired GateFixtures gate;

    @Test
    void guardScansAnEmployeesLiveCodeAndSeesGreen() {
        long zone = 167;
        long enterprise = fixtures.enterprise(zone);
        long employee = fixtures.employee(enterprise, "钱多多");
        GxqUser employeeAccount = fixtures.employeeAccount(employee);
        gate.checkpoint(zone, null, "西门");
        GxqUser guard = fixtures.account(Role.GATE_GUARD, zone, null, null);
        List<String> cspErrors = new ArrayList<>();

        usePhone();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspErrors.add(m.text());
            }
        });
        signIn(employeeAccount.getUsername(), Fixtures.PASSWORD);
        go("/me/health/code");
        assertThat(page.locator("#noStatus")).containsText("请先完成今日健康申报");   // no code before a first declaration
        go("/me/health");
        page.locator("#temperature").fill("36.4");
        page.locator("#province").selectOption("110000");
        page.locator("#currentCity").selectOption("110100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申报")).click();
        assertThat(page.locator("#colour")).hasText("绿码");
        screenshot("employee-declared");
        go("/me/health/code");
        assertThat(page.locator("#code .colour-word")).hasText("绿码");
        assertThat(page.locator("#code svg")).isVisible();
        assertThat(page.locator("#countdown")).hasText(Pattern.compile("^[0-3]:[0-5][0-9]$"));
        String first = page.locator("#code").getAttribute("data-token");
        assertThat(first).startsWith("GXQ1:");
        screenshot("employee-code");
        // the page fetches a fresh code by itself before the old one expires (no reload by the test)
        assertThat(page.locator("#code")).not().hasAttribute("data-token", first,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        String token = page.locator("#code").getAttribute("data-token");
        assertThat(token).startsWith("GXQ1:").isNotEqualTo(first);

        openDesktop();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspErrors.add(m.text());
            }
        });
        signIn(guard.getUsername(), Fixtures.PASSWORD);
        go("/gate");
        page.locator("#token").fill(token);
        page.locator("#temperature").fill("36.5");
        page.locator("#scanForm button[type=submit]").click();
        assertThat(page.locator("#verdict")).hasClass(Pattern.compile("verdict-green"));
        assertThat(page.locator("#verdict")).hasAttribute("data-outcome", "ADMITTED");
        assertThat(page.locator("#verdict .verdict-word")).hasText("通行");
        assertThat(page.locator("#verdict .verdict-name")).containsText("钱**");
        screenshot("guard-verdict");

        // in English, a refusal with its reason
        go("/gate?lang=en");
        page.locator("#token").fill("GXQ1:NOT-A-CODE");
        page.locator("#scanForm button[type=submit]").click();
        assertThat(page.locator("#verdict .verdict-word")).hasText("Not admitted");
        assertThat(page.locator("#verdict .verdict-reason")).containsText("not a health code");
        screenshot("guard-refused-en");
        assertThat(cspErrors).isEmpty();
    }
}
