package gxq.supplychain;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;

import gxq.account.GxqUser;
import gxq.browser.BrowserTest;
import gxq.testing.Fixtures;

/**
 * An enterprise admin of zone 48 declares a supplier of zone 49 that has not resumed (a mistyped code first: the form
 * keeps it), sees its chain blocked with the reason; the zone admin of 48 finds the supplier in the ranking, marked as
 * blocking the zone's enterprises, and requests coordination from zone 49.
 */
class SupplyChainJourneyTest extends BrowserTest {

    @Autowired JdbcClient db;

    @Test
    void enterpriseDeclaresABlockedSupplierAndTheZoneAdminRequestsCoordination() {
        String supplierName = "无锡精密轴承有限公司" + Fixtures.next();
        long supplier = fixtures.enterprise(49, supplierName, "ACTIVE");
        long self = fixtures.enterprise(48);
        String uscc = db.sql("select uscc from enterprise where id = :id").param("id", supplier)
                .query(String.class).single();
        GxqUser admin = fixtures.enterpriseAdmin(self);
        GxqUser zoneAdmin = fixtures.zoneAdmin(48);

        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/supply-chain");
        page.locator("#uscc").fill(uscc.substring(0, 17) + (uscc.endsWith("0") ? "1" : "0"));   // wrong check character
        page.locator("#note").fill("轴承，月用量 2 万套");
        page.locator("#addForm button[type=submit]").click();
        assertThat(page.locator("#formErrors")).isVisible();
        assertThat(page.locator("#note")).hasValue("轴承，月用量 2 万套");
        screenshot("bad-code");
        page.locator("#uscc").fill(uscc);
        page.locator("#addForm button[type=submit]").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("已添加");
        assertThat(page.locator("#declared")).containsText(supplierName);
        assertThat(page.locator("#ownStatus")).containsText("供应链受阻");
        assertThat(page.locator("#ownStatus")).containsText("尚未复工");
        screenshot("blocked");

        context.clearCookies();
        signIn(zoneAdmin.getUsername(), Fixtures.PASSWORD);
        go("/supply-chain/ranking");
        Locator row = page.locator("tr[data-supplier='" + supplier + "']");
        assertThat(row).containsText("阻断本园区企业");
        // our enterprise is not resumed either, but its chain is freed when the supplier restarts
        assertThat(row.locator("td").nth(5)).hasText("1");
        row.locator("input[name=note]").fill("请协调尽快复工");
        row.locator("button[type=submit]").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("已向供应商所在高新区发起协调申请");
        assertThat(page.locator("tr[data-supplier='" + supplier + "']")).containsText("已申请协调");
        screenshot("coordinated");
    }
}
