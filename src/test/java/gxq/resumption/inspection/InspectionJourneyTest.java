package gxq.resumption.inspection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

/**
 * Zone staff record an inspection (a missing deadline first: the form keeps what was typed), the enterprise admin
 * reports the rectification, the zone staff accept it from the follow-up view; then the zone staff remind the other
 * enterprise to send its daily report and its admin sees the reminder. Zone 122.
 */
class InspectionJourneyTest extends BrowserTest {

    static final long ZONE = 122;

    @Test
    void staffRecordsEnterpriseRectifiesStaffAcceptsAndRemindsADailyReport() {
        String name = "东湖光电检查测试有限公司" + Fixtures.next();
        long ent = fixtures.enterprise(ZONE, name, "ACTIVE");
        long quiet = fixtures.enterprise(ZONE, "东湖未报企业" + Fixtures.next(), "ACTIVE");
        GxqUser staff = fixtures.zoneStaff(ZONE);
        GxqUser admin = fixtures.enterpriseAdmin(ent);
        GxqUser quietAdmin = fixtures.enterpriseAdmin(quiet);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        page.onDialog(d -> d.accept());

        signIn(staff.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav").getByText("复工复产", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("a.dropdown-item[href='/resumption/inspections']").click();
        page.getByText("登记检查", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).first().click();
        page.locator("#enterprise").selectOption(new SelectOption().setLabel(name));
        page.locator("#inspectors").fill("王检查、李督导");
        page.locator("#result").selectOption("RECTIFY");
        page.locator("#findingItem1").selectOption("N06");
        page.locator("#findingSeverity1").selectOption("GENERAL");
        page.locator("#findingDescription1").fill("食堂无消毒记录");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("#formErrors")).containsText("问题 1：须整改的问题请填写整改期限。");
        assertThat(page.locator("#findingDescription1")).hasValue("食堂无消毒记录");
        screenshot("missing-deadline");
        page.locator("#findingDeadline1").fill(today);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("检查已登记");
        assertThat(page.locator(".card[data-state=OPEN]")).containsText("食堂无消毒记录");
        screenshot("recorded");

        context.clearCookies();
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/resumption/inspections/mine");
        assertThat(page.locator("#pendingSummary")).containsText("待整改 1 项");
        screenshot("enterprise-mine");
        page.locator("#pending a").first().click();
        page.locator("form.rectify-form textarea").fill("已建立消毒登记表，每日两次。");
        page.locator("form.rectify-form button").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("整改情况已提交");
        assertThat(page.locator(".card[data-state=RECTIFIED]")).containsText("已建立消毒登记表");

        context.clearCookies();
        signIn(staff.getUsername(), Fixtures.PASSWORD);
        go("/resumption/inspections/follow-up?show=rectified");
        screenshot("follow-up");
        page.locator("#pending a").first().click();
        page.locator("form.accept-form input[name=comment]").fill("现场复核合格");
        page.locator("form.accept-form button").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已验收");
        assertThat(page.locator(".card[data-state=CLOSED] .events")).containsText("现场复核合格");
        screenshot("accepted");
        go("/resumption/inspections");
        screenshot("list");

        go("/resumption/daily/zone?status=notReported");
        page.locator("tr[data-enterprise='" + quiet + "'] button.remind").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已提醒该企业");
        assertThat(page.locator("tr[data-enterprise='" + quiet + "'] .reminded")).isVisible();
        screenshot("daily-reminded");

        context.clearCookies();
        signIn(quietAdmin.getUsername(), Fixtures.PASSWORD);
        assertThat(page.locator(".tile").filter(new Locator.FilterOptions().setHasText("复工日报催报"))).isVisible();
        screenshot("home-reminder");
        go("/resumption/daily");
        assertThat(page.locator("#dailyReminder")).containsText("提醒您上报今日复工日报");
        screenshot("daily-reminder");
    }
}
