package gxq.resumption.filing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

/**
 * The journey: an enterprise admin fills in the filing (a bad mobile number and a text file posing as a photo
 * first: the form keeps what was typed), attaches a photo and submits; zone staff open it from the queue and return it
 * with a comment on one item; the admin sees the comment, corrects that item and submits again; zone staff approve it;
 * the admin reports the day's figures; the zone's dashboard shows the new 复工率, 复岗率 and 产能恢复率. Zone 114, which
 * no other test uses, so the dashboard's figures are this enterprise's alone.
 */
class FilingJourneyTest extends BrowserTest {

    static final long ZONE = 114;

    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void enterpriseFilesZoneReturnsEnterpriseCorrectsZoneApprovesEnterpriseReportsDashboardShowsIt() {
        String name = "苏州智能制造有限公司" + Fixtures.next();
        long ent = fixtures.enterprise(ZONE, name, "ACTIVE");
        for (int i = 1; i <= 4; i++) {
            fixtures.employee(ent, "员工" + i);
        }
        GxqUser admin = fixtures.enterpriseAdmin(ent);
        GxqUser staff = fixtures.zoneStaff(ZONE);
        var support = new FilingTestSupport(db, clock);
        List<Long> items = support.nationalItems();
        long n06 = support.itemId("N06");

        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/resumption/filing");
        page.locator("#plannedDate").fill(LocalDate.now(clock).toString());
        page.locator("#plannedHeadcount").fill("60");
        page.locator("#returnees").fill("8");
        page.locator("#masksDays").fill("14");
        page.locator("#thermometersDays").fill("30");
        page.locator("#disinfectantDays").fill("20");
        page.locator("#monthlyOutput").fill("320");
        page.locator("#contactName").fill("周敏");
        page.locator("#contactPhone").fill("1391234");
        for (long item : items) {
            page.locator("#done" + item).check();
            page.locator("#evidence" + item).fill("已落实，台账见附件或现场检查。");
        }
        // a file over the limit is taken out at once, in the browser: sent, it would lose the form
        page.locator("#files" + n06).setInputFiles(new FilePayload("扫描件.pdf", "application/pdf",
                new byte[6 * 1024 * 1024]));
        assertThat(page.locator(".upload-too-large")).containsText("文件“扫描件.pdf”超过 5 MB，未选中");
        assertThat(page.locator("#evidence" + n06)).hasValue("已落实，台账见附件或现场检查。");
        page.locator("#files" + n06).setInputFiles(new FilePayload("消毒.png", "image/png",
                "not a picture".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(page.locator("#formErrors")).containsText("联系人手机号“1391234”不是有效的中国大陆手机号。");
        assertThat(page.locator("#formErrors")).containsText("文件“消毒.png”不是 JPG、PNG 或 PDF");
        assertThat(page.locator("#monthlyOutput")).hasValue("320");
        assertThat(page.locator("#evidence" + n06)).hasValue("已落实，台账见附件或现场检查。");
        assertThat(page.locator("#done" + n06)).isChecked();
        screenshot("bad-input-kept");

        page.locator("#contactPhone").fill("13912345678");
        page.locator("#files" + n06).setInputFiles(new FilePayload("消毒.png", "image/png", FilingAttachmentTest.PNG));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("复工申请已提交");
        assertThat(page.locator("h1 .filing-state")).hasText("待审核");
        assertThat(page.locator("#answers")).containsText("消毒.png");
        screenshot("submitted");

        context.clearCookies();
        signIn(staff.getUsername(), Fixtures.PASSWORD);
        go("/resumption/filings");
        assertThat(page.locator("#queue")).containsText(name);
        screenshot("queue");
        page.getByText(name).click();
        assertThat(page.locator("#noRedStaff")).isVisible();
        page.locator("#itemComment" + n06).fill("照片看不清，请重新上传消毒登记表。");
        screenshot("review");
        page.locator("#return").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已退回该申请");
        assertThat(page.locator("h1 .filing-state")).hasText("退回修改");

        context.clearCookies();
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/resumption/filing");
        assertThat(page.locator(".filing-item[data-item='" + n06 + "'] .item-comment"))
                .containsText("照片看不清，请重新上传消毒登记表。");
        assertThat(page.locator("#history")).containsText("退回修改");
        screenshot("returned");

        page.locator("#evidence" + n06).fill("消毒登记表已重新上传：每日两次，班车每趟消毒。");
        page.locator("#files" + n06).setInputFiles(new FilePayload("消毒登记表.pdf", "application/pdf",
                FilingAttachmentTest.PDF));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("复工申请已提交");
        assertThat(page.locator("#answers")).containsText("消毒登记表.pdf");

        context.clearCookies();
        signIn(staff.getUsername(), Fixtures.PASSWORD);
        go("/resumption/filings");
        page.getByText(name).click();
        page.locator("#approve").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已批准该复工申请");
        assertThat(page.locator("h1 .filing-state")).hasText("已批准");
        screenshot("approved");

        context.clearCookies();
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/resumption/filing");
        assertThat(page.locator("h1 .filing-state")).hasText("已批准");
        go("/resumption/daily");
        page.locator("#onDuty").fill("3");
        page.locator("#remote").fill("1");
        page.locator("#quarantine").fill("0");
        page.locator("#notReturned").fill("0");
        page.locator("#capacity").fill("60");
        page.locator("#dailyForm button[type=submit]").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("今日复工日报已上报");

        context.clearCookies();
        signIn(staff.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav").getByText("复工复产", new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).click();
        page.locator("a.dropdown-item[href='/resumption/indicators']").click();
        assertThat(page.locator("#resumptionRate")).hasText("100.0%");
        assertThat(page.locator("#resumptionParts")).containsText("已复工 1 家 ÷ 在范围企业 1 家");
        assertThat(page.locator("#staffRate")).hasText("75.0%");
        assertThat(page.locator("#staffParts")).containsText("在岗 3 人 ÷ 在职 4 人");
        assertThat(page.locator("#capacityRate")).hasText("60.0%");
        screenshot("dashboard");
    }
}
