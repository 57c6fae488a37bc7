package gxq.resumption.indicators;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Locator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.browser.BrowserTest;
import gxq.resumption.internal.FilingState;
import gxq.testing.Fixtures;

/**
 * A zone admin opens the indicators from the 复工复产 menu and sees the trend drawn; the ministry sees the map of
 * China coloured by province and the ranking (ECharts from the webjar, map data from /js/maps, no CSP violation).
 * Zone 88.
 */
class IndicatorsJourneyTest extends BrowserTest {

    static final long ZONE = 88;

    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager tm;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void zoneAdminSeesTheTrendAndMinistryTheMapOfProvinces() {
        var data = new IndicatorTestData(db, events, tm, fixtures);
        LocalDate d = LocalDate.now(clock);
        long a = data.enterprise(ZONE, "C", "MEDIUM", true);
        long b = data.enterprise(ZONE, "I", "SMALL", false);
        data.filing(ZONE, a, 88_001, FilingState.SUBMITTED, FilingState.APPROVED, d.minusDays(3), "500", d.minusDays(4));
        data.filing(ZONE, b, 88_002, null, FilingState.SUBMITTED, d.plusDays(1), "200", d.minusDays(1));
        for (int k = 5; k >= 0; k--) {
            data.report(ZONE, a, d.minusDays(k), 50, 20 + 5 * k % 30, 0, 0, 30 - 5 * k % 30, 40 + 10 * (5 - k));
        }
        data.report(ZONE, b, d, 10, 5, 0, 0, 5, 30);
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                errors.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                errors.add(r.status() + " " + r.url());
            }
        });

        var admin = fixtures.zoneAdmin(ZONE);
        signIn(admin.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav a.dropdown-toggle:text-is('复工复产')").click();
        page.locator("a.dropdown-item[href='/resumption/indicators']").click();
        assertThat(page.locator("h1")).containsText("复工复产指标");
        assertThat(page.locator("#resumptionRate")).hasText("50.0%");
        assertThat(page.locator("#trendChart canvas")).isVisible();
        assertThat(page.locator("#trendChart")).hasAttribute("data-rendered", "true");
        screenshot("zone-dashboard");
        page.locator("#trendChart").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("IndicatorsJourneyTest-trend.png")));
        page.locator("#notResumedTotal a").click();
        assertThat(page.locator("#notResumed")).containsText("已提交，待审核");
        screenshot("not-resumed");

        page.context().clearCookies();
        var ministry = fixtures.ministry();
        signIn(ministry.getUsername(), Fixtures.PASSWORD);
        go("/resumption/indicators/national");
        assertThat(page.locator("h1")).containsText("全国复工复产指标");
        assertThat(page.locator("#provinceMap canvas")).isVisible();
        assertThat(page.locator("#provinceMap")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#trendChart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#zonesTable tr[data-zone='" + ZONE + "']")).isVisible();
        screenshot("national");
        page.locator("#provinceMap").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("IndicatorsJourneyTest-map.png")));
        assertThat(errors).isEmpty();
    }
}
