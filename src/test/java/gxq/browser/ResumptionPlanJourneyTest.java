package gxq.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;

/**
 * A zone admin writes the resumption plan (a bad phone number first: the form keeps what was typed), publishes it;
 * an enterprise admin of the zone opens it from the menu; the zone admin then sees that enterprise as having read it.
 */
class ResumptionPlanJourneyTest extends BrowserTest {

    static final long ZONE = 149;

    @Test
    void zoneAdminPublishesEnterpriseAdminReadsZoneAdminSeesItRead() {
        String enterprise = "苏州纳米科技有限公司" + Fixtures.next();
        long ent = fixtures.enterprise(ZONE, enterprise, "ACTIVE");
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        GxqUser reader = fixtures.enterpriseAdmin(ent);
        String title = "园区企业复工复产疫情防控方案" + Fixtures.next();
        page.onDialog(d -> d.accept());

        signIn(admin.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav").getByText("复工复产", new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).click();   // the 复工复产 drop-down
        page.locator("a.dropdown-item[href='/resumption/plan']").click();
        assertThat(page.locator("#noPlan")).isVisible();
        page.locator("#editDraft").click();
        page.locator("#title").fill(title);
        page.locator("#measures").fill("一、各出入口专人值守，每次进入测温，暂停指纹打卡。\n二、宿舍每间不超过6人。");
        page.locator("#mechanism").fill("园区防控领导小组每日碰头，企业每日报送健康汇总。");
        page.locator("#contactName0").fill("王建国");
        page.locator("#contactDuty0").fill("园区防控办主任");
        page.locator("#contactPhone0").fill("1391234");
        page.locator("#saveDraft").click();
        assertThat(page.locator("#formErrors")).containsText("手机号码“1391234”无效");
        assertThat(page.locator("#title")).hasValue(title);
        screenshot("bad-phone");
        page.locator("#contactPhone0").fill("13912345678");
        page.locator("#saveDraft").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("草稿已保存");
        page.locator("#publish").click();
        assertThat(page.locator("#planTitle")).hasText(title);
        assertThat(page.locator("#planVersion")).hasText("第 1 版");
        assertThat(page.locator("#readSummary")).containsText("已读 0 家");
        screenshot("published");

        context.clearCookies();
        signIn(reader.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav").getByText("复工复产", new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).click();   // the 复工复产 drop-down
        page.locator("a.dropdown-item[href='/resumption/plan']").click();
        assertThat(page.locator("#planTitle")).hasText(title);
        assertThat(page.locator("#contacts")).containsText("13912345678");
        assertThat(page.locator("#editDraft")).hasCount(0);
        screenshot("enterprise-reads");
        page.locator("#checklistLink").click();
        assertThat(page.locator("#checklist tr[data-code=N03]")).containsText("暂停指纹考勤");

        context.clearCookies();
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/resumption/plan/reads?status=read");
        assertThat(page.locator("#readSummary")).containsText("已读 1 家");
        assertThat(page.locator("#readers")).containsText(enterprise);
        screenshot("read-list");
    }
}
