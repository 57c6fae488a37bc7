package gxq.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import gxq.account.GxqUser;
import gxq.health.zone.HealthZoneFixtures;
import gxq.testing.Fixtures;

/**
 * Zone staff open the health alerts, acknowledge one (htmx swaps the row), find it under "acknowledged", then open
 * the overview and see the colour chart drawn (ECharts canvas) next to the counts, with no script blocked by the CSP.
 */
class HealthZoneJourneyTest extends BrowserTest {

    static final long ZONE = 175;

    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void zoneStaffAcknowledgeAnAlertAndSeeTheOverviewChart() {
        var h = new HealthZoneFixtures(db);
        LocalDate today = LocalDate.now(clock);
        long ent = fixtures.enterprise(ZONE, "光谷智能制造有限公司" + Fixtures.next(), "ACTIVE");
        long red = fixtures.employee(ent, "欧阳娜娜");
        long yellow = fixtures.employee(ent, "张三丰");
        long green = fixtures.employee(ent, "李四");
        h.status(red, "RED", "HIGH_RISK_ARRIVAL(420100, 2020-02-09)");
        h.status(yellow, "YELLOW", "FEVER(37.8, 2020-02-10)");
        h.status(green, "GREEN", null);
        h.declaration(red, today, "36.6");
        h.declaration(yellow, today, "37.8");
        long redAlert = h.alert(red, "TURNED_RED", "RED", "HIGH_RISK_ARRIVAL(420100, 2020-02-09)", OffsetDateTime.now(clock).minusHours(2));
        long feverAlert = h.alert(yellow, "FEVER", "YELLOW", "37.8", OffsetDateTime.now(clock).minusHours(1));
        GxqUser staff = fixtures.zoneStaff(ZONE);
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(m.text()); // e.g. a script refused by the Content-Security-Policy
            }
        });
        List<String> failed = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                failed.add(r.status() + " " + r.url());
            }
        });

        signIn(staff.getUsername(), Fixtures.PASSWORD);
        page.locator("#mainNav").getByText("健康监测").click();   // the drop-down of the health pages
        page.locator("a.dropdown-item[href='/health/alerts']").click();
        assertThat(page.locator("h1")).containsText("健康预警");
        var redRow = page.locator("#alert-" + redAlert);
        assertThat(redRow).containsText("欧***");
        assertThat(redRow).containsText("14天内到过高风险地区（武汉市");
        assertThat(redRow).hasAttribute("data-state", "open");
        assertThat(page.locator("#openCount")).hasText("2");
        assertThat(page.locator("#alert-" + feverAlert)).containsText("体温 37.8 ℃");
        assertThat(page.locator("#alertsTable")).not().containsText("欧阳娜娜");
        screenshot("alerts-open");

        redRow.locator("button.ack-button").click();
        assertThat(page.locator("#alert-" + redAlert)).hasAttribute("data-state", "acknowledged");
        assertThat(page.locator("#alert-" + redAlert)).containsText("已确认");
        assertThat(page.locator("#alert-" + redAlert)).containsText(staff.displayName());
        assertThat(page.locator("#alert-" + feverAlert)).hasAttribute("data-state", "open");
        assertThat(page.locator("#openCount")).hasText("1");
        screenshot("alert-acknowledged");

        page.locator("#state").selectOption("acknowledged");
        page.locator("#alertFilter button").click();
        assertThat(page.locator("#alert-" + redAlert)).isVisible();
        assertThat(page.locator("#alert-" + feverAlert)).hasCount(0);

        page.locator("#mainNav").getByText("健康监测").click();   // the drop-down of the health pages
        page.locator("a.dropdown-item[href='/health/overview']").click();
        assertThat(page.locator("h1")).containsText("健康概况");
        assertThat(page.locator("#countEmployees")).hasText("3");
        assertThat(page.locator("#countRed")).hasText("1");
        assertThat(page.locator("#declarationRate")).hasText("66.7%");
        assertThat(page.locator("#colourChart canvas")).isVisible();
        assertThat(page.locator("#colourChart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#openAlerts")).hasText("1");
        screenshot("overview");
        assertThat(consoleErrors).as("console errors (CSP?)").isEmpty();
        assertThat(failed).as("failed requests").isEmpty();
    }
}
