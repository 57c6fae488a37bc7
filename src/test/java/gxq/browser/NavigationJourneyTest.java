package gxq.browser;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationJourneyTest extends BrowserTest {

    @Test
    void onAPhoneTheMinistryAdminFindsTheNavigationCollapsedAndOpensIt() {
        GxqUser admin = fixtures.ministry();
        usePhone();
        go("/login");
        screenshot("1-phone-login");
        assertNoHorizontalScroll();

        signIn(admin.getUsername(), Fixtures.PASSWORD);
        assertThat(page).hasURL(url("/"));
        Locator toggler = page.locator(".navbar-toggler");
        Locator users = page.locator("#mainNav").getByText("账号管理");
        assertThat(toggler).isVisible();
        assertThat(users).isHidden();
        assertThat(toggler).hasAttribute("aria-expanded", "false");
        screenshot("2-phone-nav-collapsed");
        assertNoHorizontalScroll();

        toggler.click();
        // wait for Bootstrap's collapse transition to end (.collapsing → .collapse.show)
        assertThat(page.locator("#mainNav")).hasClass(java.util.regex.Pattern.compile("(^|\\s)show(\\s|$)"));
        // account pages sit in the 系统管理 drop-down
        page.locator("#mainNav").getByText("系统管理").click();
        assertThat(users).isVisible();
        assertThat(page.locator("#mainNav").getByText("审计日志")).isVisible();
        assertThat(toggler).hasAttribute("aria-expanded", "true");
        screenshot("3-phone-nav-open");
    }

    @Test
    void onADesktopTheNavigationIsOpenWithoutAToggler() {
        GxqUser admin = fixtures.ministry();
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        assertThat(page.locator(".navbar-toggler")).isHidden();
        assertThat(page.locator("#mainNav").getByText("账号管理")).isHidden();
        page.locator("#mainNav").getByText("系统管理").click();
        assertThat(page.locator("#mainNav").getByText("账号管理")).isVisible();
        screenshot("desktop-home");
    }

    @Test
    void unknownPagesAndForbiddenPagesAnswerInChineseWithTheirStatus() {
        long enterprise = fixtures.enterprise(1);
        GxqUser admin = fixtures.enterpriseAdmin(enterprise);
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        var missing = page.navigate(url("/no-such-page"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("未找到该记录");
        var forbidden = page.navigate(url("/resumption/indicators"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("您的角色无权执行此操作");
    }

    private void assertNoHorizontalScroll() {
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("page fits the phone's width").isEqualTo(true);
    }
}
