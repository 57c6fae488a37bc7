package gxq.exchange.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

/**
 * The journey in Chromium: zone A publishes a good practice (a missing summary first: what was typed stays);
 * zone B finds it by a Chinese word through the 信息平台 menu, comments and marks it adopted; zone A sees who adopted.
 * Zone A asks for masks, zone B offers, zone A accepts and sees B's phone number (and B sees A's). Zones 75 and 76.
 */
class ExchangeJourneyTest extends BrowserTest {

    @Test
    void zonesSharePracticesAndHelpEachOther() {
        GxqUser a = fixtures.zoneStaff(75);
        GxqUser b = fixtures.zoneAdmin(76);
        String title = "返岗人员健康码分级管理" + Fixtures.next();

        signIn(a.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav a.dropdown-toggle:text-is('信息平台')").click();
        page.locator("a.dropdown-item[href='/exchange/items']").click();
        page.locator("#newItem").click();
        page.locator("#title").fill(title);
        page.locator("#body").fill("一、绿码直接通行。\n二、黄码居家观察七天。\n三、红码由社区跟进。");
        page.locator("label[for=topicEPIDEMIC_CONTROL]").click();
        page.locator("#publishNow").click();
        assertThat(page.locator("#formErrors")).containsText("请填写摘要");
        assertThat(page.locator("#title")).hasValue(title);
        assertThat(page.locator("#topicEPIDEMIC_CONTROL")).isChecked();
        screenshot("bad-input-kept");
        page.locator("#summary").fill("按健康码颜色分级管理返岗人员，绿码通行、黄码观察、红码就医。");
        page.locator("#publishNow").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已发布");
        assertThat(page.locator("h1 .item-state")).hasText("已发布");
        assertThat(page.locator("#body")).containsText("二、黄码居家观察七天。");
        screenshot("published");

        context.clearCookies();
        signIn(b.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav a.dropdown-toggle:text-is('信息平台')").click();
        page.locator("a.dropdown-item[href='/exchange/items']").click();
        page.locator("#q").fill("健康码 分级");
        page.locator("#searchButton").click();
        assertThat(page.locator("#results")).containsText(title);
        assertThat(page.locator("#results mark").first()).isVisible();
        screenshot("found");
        page.locator("#results a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
        page.locator("#commentText").fill("我们园区准备参照执行，黄码观察期是否可以缩短？");
        page.locator("#commentButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("评论已发表");
        assertThat(page.locator("#comments")).containsText("黄码观察期是否可以缩短");
        assertThat(page.locator("#comments")).containsText("吉安");
        page.locator("#note").fill("已在园区卡口推行");
        page.locator("#adoptButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已标记为本园区借鉴");
        assertThat(page.locator("#adoptionCount")).hasText("1");
        assertThat(page.locator("#myAdoption")).isVisible();
        screenshot("adopted");

        context.clearCookies();
        signIn(a.getUsername(), Fixtures.PASSWORD);
        go("/exchange/items/mine");
        page.getByText(title).click();
        assertThat(page.locator("#adoptions")).containsText("吉安");
        assertThat(page.locator("#adoptions")).containsText("已在园区卡口推行");

        // help between zones
        String need = "复工企业急需医用口罩" + Fixtures.next();
        page.locator("#mainNav a.dropdown-toggle:text-is('信息平台')").click();
        page.locator("a.dropdown-item[href='/exchange/help']").click();
        page.locator("#newRequest").click();
        page.locator("#category").selectOption("SUPPLIES");
        page.locator("#title").fill(need);
        page.locator("#details").fill("园区 80 家企业复工，口罩库存只够两天。");
        page.locator("#quantity").fill("0");
        page.locator("#unit").fill("只");
        page.locator("#neededBy").fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString());
        page.locator("#contactName").fill("陈主任");
        page.locator("#contactPhone").fill("13811112222");
        page.locator("#postRequest").click();
        assertThat(page.locator("#formErrors")).containsText("数量必须大于 0");
        assertThat(page.locator("#details")).hasValue("园区 80 家企业复工，口罩库存只够两天。");
        page.locator("#quantity").fill("20000");
        page.locator("#postRequest").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("求助已发布");
        assertThat(page.locator("h1 .request-state")).hasText("求助中");
        String requestUrl = page.url();

        context.clearCookies();
        signIn(b.getUsername(), Fixtures.PASSWORD);
        go("/exchange/help");
        page.getByText(need).click();
        assertThat(page.locator("#requestContact")).containsText("138****2222");
        page.locator("#quantity").fill("5000");
        page.locator("#offerContactName").fill("刘科长");
        page.locator("#contactPhone").fill("13722223333");
        page.locator("#message").fill("本园区口罩企业已复产，可调拨 5000 只，两天内送达。");
        page.locator("#offerButton").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("支援已提交");
        screenshot("offered");

        context.clearCookies();
        signIn(a.getUsername(), Fixtures.PASSWORD);
        page.navigate(requestUrl);
        assertThat(page.locator("#offers")).containsText("137****3333");
        page.locator(".acceptOffer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已接受支援");
        assertThat(page.locator("#offers .offer-contact")).containsText("13722223333");
        assertThat(page.locator("#offers .offer-contact")).containsText("刘科长");
        assertThat(page.locator("h1 .request-state")).hasText("部分满足");
        screenshot("accepted");

        context.clearCookies();
        signIn(b.getUsername(), Fixtures.PASSWORD);
        page.navigate(requestUrl);
        assertThat(page.locator("#requestContact")).containsText("13811112222");
        page.setViewportSize(375, 740);
        screenshot("helper-phone");
    }
}
