package gxq.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

/**
 * The journey in Chromium: the ministry defines a weekly form and opens this week's period (the proposal is
 * pre-filled); the zone admin opens the pre-filled report, forgets an answer (what was typed stays), submits; the
 * ministry accepts it and sees it accepted in the national view on the home page. Zone 74.
 */
class ReportJourneyTest extends BrowserTest {

    static final long ZONE = 74;

    @Test
    void ministryOpensAPeriodZoneSubmitsMinistryAcceptsAndSeesItNationally() {
        GxqUser ministry = fixtures.ministry();
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        String formName = "高新区疫情防控和复工复产情况周报" + Fixtures.next();

        signIn(ministry.getUsername(), Fixtures.PASSWORD);
        go("/");
        page.locator("#mainNav a.dropdown-toggle:text-is('信息平台')").click();
        page.locator("a.dropdown-item[href='/reports']").click();
        page.locator("#newForm").click();
        page.locator("#name").fill(formName);
        page.locator("#kind").selectOption("WEEKLY");
        page.locator("#deadlineDays").fill("1");
        page.locator("#saveForm").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("报告表已创建");
        page.locator("#openPeriod").click();
        assertThat(page.locator("#start")).not().hasValue("");
        screenshot("open-period");
        page.locator("#openButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("报告期已开启");
        assertThat(page.locator("#countNotSubmitted")).hasText("176");
        screenshot("period-opened");

        context.clearCookies();
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/reports");
        page.locator("#openPeriods a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(formName))
                .click();
        assertThat(page.locator("#liveFigures")).isVisible();
        assertThat(page.locator("#reportState")).hasText("未填报");
        page.locator("#problems").fill("部分企业外省员工返岗困难，用工缺口约 1200 人。");
        page.locator("#practices").fill("园区设立企业服务专班，一企一策协调复工。");
        page.locator("#submitReport").click();
        assertThat(page.locator("#formErrors")).containsText("请填写需求建议");
        assertThat(page.locator("#problems")).hasValue("部分企业外省员工返岗困难，用工缺口约 1200 人。");
        screenshot("bad-input-kept");
        page.locator("#needs").fill("希望协调开通返岗专列。");
        page.locator("#submitReport").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("报告已提交");
        assertThat(page.locator("#reportState")).hasText("已提交");
        assertThat(page.locator("#frozenFigures")).isVisible();
        screenshot("submitted");

        context.clearCookies();
        signIn(ministry.getUsername(), Fixtures.PASSWORD);
        go("/reports");
        page.locator("#periods a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(formName))
                .first().click();
        assertThat(page.locator("#countSubmitted")).hasText("1");
        page.locator("#zones tr[data-zone='" + ZONE + "'] a").click();
        assertThat(page.locator("#answers")).containsText("希望协调开通返岗专列。");
        page.locator("#acceptButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("报告已采纳");
        screenshot("accepted");

        go("/");
        assertThat(page.locator("#nationalZones tr[data-zone='" + ZONE + "'] .report-standing-cell")).containsText("已采纳");
        assertThat(page.locator("#nationalMap")).hasAttribute("data-rendered", "resumption");
        page.locator("#mapIndicator").selectOption("owed");
        assertThat(page.locator("#nationalMap")).hasAttribute("data-rendered", "owed");
        screenshot("national");
    }
}
