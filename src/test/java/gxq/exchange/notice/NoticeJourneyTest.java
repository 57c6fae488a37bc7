package gxq.exchange.notice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

/**
 * The journey in Chromium: the ministry writes an urgent notice (forgetting the zones first: what was typed
 * stays), finds two zones with the search box, attaches a PDF and sends it; the zone admin of a target zone sees it
 * under "今日需关注" on a phone, reads it and confirms receipt; the ministry sees the read receipt. Zones 78 and 79.
 */
class NoticeJourneyTest extends BrowserTest {

    @Test
    void ministrySendsToChosenZonesZoneAdminReadsMinistrySeesTheReceipt() {
        GxqUser ministry = fixtures.ministry();
        GxqUser zoneAdmin = fixtures.zoneAdmin(78);
        String title = "关于做好返岗人员健康监测的紧急通知" + Fixtures.next();
        String body = "九江共青城、宜春丰城高新区管委会：\n\n请于三日内完成返岗人员健康监测情况统计。\n\n科技部火炬中心";

        signIn(ministry.getUsername(), Fixtures.PASSWORD);
        page.onDialog(d -> d.accept());
        go("/notices");
        page.locator("#newNotice").click();
        page.locator("#title").fill(title);
        page.locator("#body").fill(body);
        page.locator("#importance").selectOption("URGENT");
        page.locator("#save").click();
        assertThat(page.locator("#formErrors")).containsText("请至少选择一个高新区或省份");
        assertThat(page.locator("#title")).hasValue(title);
        assertThat(page.locator("#body")).hasValue(body);
        assertThat(page.locator("#importance")).hasValue("URGENT");
        screenshot("no-zones-kept");

        page.locator("#zoneSearch").fill("九江");
        assertThat(page.locator("label[for=zone79]")).isHidden();
        page.locator("label[for=zone78]").click();
        page.locator("#zoneSearch").fill("宜春");
        page.locator("label[for=zone79]").click();
        page.locator("#zoneSearch").fill("");
        page.locator("#files").setInputFiles(new FilePayload("监测表.pdf", "application/pdf", NoticeTestSupport.PDF));
        screenshot("form");
        page.locator("#save").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("草稿已保存");
        assertThat(page.locator("#targets")).containsText("九江共青城");
        assertThat(page.locator("#targets")).containsText("宜春丰城");
        page.locator("#sendButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("通知已发布");
        assertThat(page.locator("h1 .notice-state")).hasText("已发布");
        screenshot("sent");

        usePhone(); // the zone admin reads on a phone
        signIn(zoneAdmin.getUsername(), Fixtures.PASSWORD);
        go("/");
        assertThat(page.locator(".attention")).containsText("条紧急通知未读");
        screenshot("home-attention");
        page.locator(".attention a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("紧急通知未读")).click();
        assertThat(page.locator("#inbox")).containsText(title);
        assertThat(page.locator("#unreadBadge")).isVisible();
        page.getByText(title).click();
        assertThat(page.locator("#body")).containsText("请于三日内完成返岗人员健康监测情况统计。");
        assertThat(page.locator("#body p")).hasCount(3);
        assertThat(page.locator("#files")).containsText("监测表.pdf");
        page.locator("#ackButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已确认收到");
        assertThat(page.locator("#acknowledged")).isVisible();
        screenshot("read");

        context.clearCookies();
        signIn(ministry.getUsername(), Fixtures.PASSWORD);
        go("/notices");
        page.locator("#notices tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title))
                .locator("a.read-rate").click();
        assertThat(page.locator("#summary")).containsText("1/2 个园区已读，共 1 人阅读");
        assertThat(page.locator("#receipts tr[data-zone='78']")).containsText(zoneAdmin.displayName());
        assertThat(page.locator("#receipts tr[data-zone='78']")).containsText("已读");
        assertThat(page.locator("#receipts tr[data-zone='79']")).containsText("未读");
        page.locator("#unreadFilter").click();
        assertThat(page.locator("#receipts tr[data-zone='78']")).hasCount(0);
        assertThat(page.locator("#receipts tr[data-zone='79']")).hasCount(1);
        screenshot("receipts");
    }
}
