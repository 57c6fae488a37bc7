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
 * An enterprise admin fills in the filing (a bad mobile number and a text file posing as a photo first: the form keeps
 * what was typed), attaches a photo and submits; zone staff open it from the queue, return it with a comment on one
 * item; the admin sees the comment. Zone 113.
 */
class FilingJourneyTest extends BrowserTest {

    static final long ZONE = 113;

    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void enterpriseFilesZoneStaffReturnItWithACommentOnOneItem() {
        String name = "苏州智能制造有限公司" + Fixtures.next();
        long ent = fixtures.enterprise(ZONE, name, "ACTIVE");
        GxqUser admin = fixtures.enterpriseAdmin(ent);
        GxqUser staff = fixtures.zoneStaff(ZONE);
        var support = new FilingTestSupport(db, clock);
        List<Long> items = support.nationalItems();
        long n06 = support.itemId("N06");

        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/resumption/filing");
        page.locator("#plannedDate").fill(LocalDate.now(clock).plusDays(2).toString());
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
    }
}
