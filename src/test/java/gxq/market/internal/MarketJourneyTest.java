package gxq.market.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.options.AriaRole;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

/**
 * The journey: 苏州's enterprise (zone 20) offers masks; 武汉's (zone 21) posts a need with a bad phone first
 * (the form keeps what was typed), then sees the offer suggested with its reasons, asks to connect; the offering
 * enterprise accepts and both see each other's contacts.
 */
class MarketJourneyTest extends BrowserTest {

    @Autowired MarketService market;

    @Test
    void needIsMatchedRequestedAcceptedAndContactsShown() {
        String tag = "J" + Fixtures.next();
        GxqUser offerer = fixtures.enterpriseAdmin(fixtures.enterprise(20));
        GxqUser needer = fixtures.enterpriseAdmin(fixtures.enterprise(21));
        PostForm offer = new PostForm();
        offer.setSide("OFFER");
        offer.setCategory("EPIDEMIC_SUPPLIES");
        offer.setTitle("医用外科口罩 10万只 " + tag);
        offer.setDescription("现货，可开具检测报告");
        offer.setQuantity("100000");
        offer.setUnit("只");
        offer.setCity("320500");
        offer.setDateUntil(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
        offer.setContactName("王经理");
        offer.setContactPhone("13800138000");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(offerer, null, offerer.getAuthorities()));
        try {
            market.create(offerer, offer);
        } finally {
            SecurityContextHolder.clearContext();
        }

        signIn(needer.getUsername(), Fixtures.PASSWORD);
        go("/market/posts/new?side=NEED");
        page.locator("#category").selectOption("EPIDEMIC_SUPPLIES");
        page.locator("#title").fill("急需一次性医用口罩 " + tag);
        page.locator("#description").fill("复工员工每日所需");
        page.locator("#quantity").fill("50000");
        page.locator("#unit").fill("只");
        page.locator("#city").selectOption("420100");
        page.locator("#dateUntil").fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString());
        page.locator("#contactName").fill("李主任");
        page.locator("#contactPhone").fill("1391234");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("#formErrors")).containsText("11 位手机号码");
        assertThat(page.locator("#title")).hasValue("急需一次性医用口罩 " + tag);
        assertThat(page.locator("#city")).hasValue("420100");
        screenshot("bad-phone-kept");
        page.locator("#contactPhone").fill("13912345678");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("#suggestions")).containsText("医用外科口罩 10万只 " + tag);
        assertThat(page.locator("#suggestions .why").first()).containsText("共同关键词");
        assertThat(page.locator("#suggestions")).not().containsText("13800138000");
        screenshot("suggestions");
        page.locator("#suggestions input[name=message]").first().fill("请问本周能否发货到武汉？");
        page.locator("#suggestions button[type=submit]").first().click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已发送对接申请");

        context.clearCookies();
        signIn(offerer.getUsername(), Fixtures.PASSWORD);
        go("/market/mine");
        assertThat(page.locator("#requests")).containsText("请问本周能否发货到武汉？");
        screenshot("incoming");
        page.locator("#requests button:has-text('同意')").first().click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已同意");
        page.locator("#requests button:has-text('查看联系方式')").first().click();
        assertThat(page.locator("#contacts")).containsText("13912345678");
        assertThat(page.locator("#contacts")).containsText("13800138000");
        screenshot("contacts");
    }
}
