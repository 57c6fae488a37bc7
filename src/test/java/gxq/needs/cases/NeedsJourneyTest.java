package gxq.needs.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

/**
 * The journey in Chromium: an enterprise admin raises a case (a missing title first: the typed details stay),
 * with a photo; zone staff find it in the queue, accept it for a department and solve it; the admin confirms and rates
 * it. Zone 14.
 */
class NeedsJourneyTest extends BrowserTest {

    static final long ZONE = 14;

    @Test
    void enterpriseRaisesZoneAcceptsAndSolvesEnterpriseConfirmsAndRates() {
        long ent = fixtures.enterprise(ZONE, "常州新材料有限公司" + Fixtures.next(), "ACTIVE");
        GxqUser admin = fixtures.enterpriseAdmin(ent);
        GxqUser staff = fixtures.zoneStaff(ZONE);
        String title = "外省员工返岗需要包车" + Fixtures.next();

        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/needs");
        page.locator("#newCase").click();
        page.locator("#category").selectOption("STAFF_RETURN");
        page.locator("#urgency").selectOption("URGENT");
        page.locator("#details").fill("四川籍员工 35 人需点对点包车返岗，希望园区协调车辆和健康证明。");
        page.locator("#raise").click();
        assertThat(page.locator("#formErrors")).containsText("请填写标题");
        assertThat(page.locator("#details")).hasValue("四川籍员工 35 人需点对点包车返岗，希望园区协调车辆和健康证明。");
        assertThat(page.locator("#category")).hasValue("STAFF_RETURN");
        assertThat(page.locator("#urgency")).hasValue("URGENT");
        screenshot("bad-input-kept");
        page.locator("#title").fill(title);
        page.locator("#files").setInputFiles(new FilePayload("名单.png", "image/png", NeedsTestSupport.PNG));
        page.locator("#raise").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("诉求已提交");
        assertThat(page.locator("h1 .case-state")).hasText("新提出");
        assertThat(page.locator("#thread")).containsText("名单.png");
        screenshot("raised");

        context.clearCookies();
        signIn(staff.getUsername(), Fixtures.PASSWORD);
        go("/needs/queue");
        assertThat(page.locator("#cases")).containsText(title);
        screenshot("queue");
        page.getByText(title).click();
        page.locator("#department").fill("人社局");
        page.locator("#assignee").selectOption(String.valueOf(staff.id()));
        page.locator("#acceptButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已受理并分派");
        assertThat(page.locator("h1 .case-state")).hasText("已受理");
        page.locator("#solutionText").fill("已安排两辆大巴于周五发车，健康证明由园区统一核验。");
        page.locator("#solveButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已答复");
        assertThat(page.locator("h1 .case-state")).hasText("已答复待确认");
        screenshot("solved");

        context.clearCookies();
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/needs");
        page.getByText(title).click();
        assertThat(page.locator("#solution")).containsText("已安排两辆大巴于周五发车");
        page.locator("#confirmButton").click();
        assertThat(page.locator("#formErrors")).containsText("请选择 1 到 5 分的满意度");
        page.locator("label[for=rating5]").click();
        page.locator("#ratingComment").fill("响应很快，谢谢！");
        page.locator("#confirmButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已确认，感谢评价");
        assertThat(page.locator("h1 .case-state")).hasText("已确认");
        assertThat(page.locator("#rating")).containsText("满意度：5 分");
        assertThat(page.locator("#thread")).containsText("响应很快，谢谢！");
        screenshot("confirmed");
        page.setViewportSize(375, 740);
        screenshot("confirmed-phone");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("办理记录"))).isVisible();

        // the zone's statistics count it (zone 14 has no other case)
        page.setViewportSize(1280, 800);
        context.clearCookies();
        signIn(staff.getUsername(), Fixtures.PASSWORD);
        go("/needs/stats");
        assertThat(page.locator("#raised")).hasText("1");
        assertThat(page.locator("#solved")).hasText("1");
        assertThat(page.locator("#averageRating")).hasText("5.0");
        assertThat(page.locator("#byCategory tr[data-category=STAFF_RETURN] td[data-state=CONFIRMED]")).hasText("1");
        screenshot("stats");
    }
}
