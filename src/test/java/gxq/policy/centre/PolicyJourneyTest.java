package gxq.policy.centre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.options.AriaRole;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey in Chromium: a zone admin drafts a policy for tech SMEs (a missing title first: what was typed
 * stays), adds an interpretation and publishes both; the tech-SME enterprise admin sees 新适用政策 on the home page and
 * the policy with its reason in 为我适用; an anonymous visitor searches 稳岗 in the public library and opens it. Zone 68.
 */
class PolicyJourneyTest extends BrowserTest {

    static final long ZONE = 68;

    @Autowired JdbcClient db;

    @Test
    void zonePublishesTechSmePolicyEnterpriseIsToldVisitorFindsIt() {
        long ent = fixtures.enterprise(ZONE, "漳州智能传感科技有限公司" + Fixtures.next(), "ACTIVE");
        db.sql("update enterprise set tech_sme = true, size_band = 'SMALL' where id = :id").param("id", ent).update();
        GxqUser entAdmin = fixtures.enterpriseAdmin(ent);
        GxqUser zoneAdmin = fixtures.zoneAdmin(ZONE);
        String title = "漳州高新区科技型中小企业稳岗补贴办法" + Fixtures.next();

        signIn(zoneAdmin.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav a.dropdown-toggle:text-is('政策服务')").click();
        page.locator("a.dropdown-item[href='/policies/manage']").click();
        page.locator("#newPolicy").click();
        page.locator("#category").selectOption("JOBS");
        page.locator("#docNumber").fill("漳高管〔2020〕8号");
        page.locator("#body").fill("对疫情期间不裁员的科技型中小企业，按参保职工人数每人 500 元给予稳岗补贴。");
        page.locator("#techSmeOnly").check();
        page.locator("#save").click();
        assertThat(page.locator("#formErrors")).containsText("请填写标题");
        assertThat(page.locator("#body")).hasValue("对疫情期间不裁员的科技型中小企业，按参保职工人数每人 500 元给予稳岗补贴。");
        assertThat(page.locator("#category")).hasValue("JOBS");
        assertThat(page.locator("#techSmeOnly")).isChecked();
        screenshot("bad-input-kept");
        page.locator("#title").fill(title);
        page.locator("#save").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("政策草稿已保存");
        assertThat(page.locator("#applies")).containsText("科技型中小企业");
        page.locator("#interpretationTitle").fill("稳岗补贴怎么领？");
        page.locator("#interpretationSource").fill("漳州高新区人社局");
        page.locator("#interpretationBody").fill("企业无需申请，园区按社保参保记录直接拨付。");
        page.locator("#addInterpretation").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("解读草稿已保存");
        page.locator("#publishButton").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("政策已发布");
        assertThat(page.locator("#told")).containsText("已通知适用企业 1 家");
        page.locator(".publish-interpretation").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("解读已发布");
        assertThat(page.locator("h1 .policy-state")).hasText("已发布");
        screenshot("published");

        context.clearCookies();
        signIn(entAdmin.getUsername(), Fixtures.PASSWORD);
        go("/");
        assertThat(page.locator(".attention")).containsText("新适用政策 1 项");
        screenshot("home");
        page.locator(".attention a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("新适用政策"))
                .click();
        assertThat(page.locator("h1")).containsText("为我适用的政策");
        var row = page.locator("#forUs li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
        assertThat(row.locator(".new-policy")).hasText("新");
        assertThat(row.locator(".reason")).hasText("适用原因：科技型中小企业；漳州高新技术产业开发区");
        screenshot("for-us");
        row.locator("a").click();
        assertThat(page.locator("h1")).containsText(title);
        go("/policies/for-us");
        assertThat(page.locator("#forUs li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
                .locator(".new-policy")).hasCount(0);

        context.clearCookies();
        go("/public/policies");
        assertThat(page.locator("#loginLink")).isVisible();
        page.locator("#q").fill("稳岗");
        page.locator("#searchButton").click();
        assertThat(page.locator("#results")).containsText(title);
        assertThat(page.locator("#results mark").first()).hasText("稳岗");
        screenshot("search");
        page.locator("#results a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("稳岗补贴办法"))
                .first().click();
        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator("#docNumber")).hasText("漳高管〔2020〕8号");
        assertThat(page.locator(".interpretation")).containsText("企业无需申请");
        page.setViewportSize(375, 740);
        screenshot("policy-phone");
    }
}
