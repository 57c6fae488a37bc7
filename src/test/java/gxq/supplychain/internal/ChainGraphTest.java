package gxq.supplychain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How declared links become the graph: edges once, outside firms, risk seen by which zone, causes and reasons. */
class ChainGraphTest {

    private static final String SUZHOU = "320500";
    private static final String WUXI = "320200";
    private static final String WUHAN = "420100";

    private final List<ChainGraph.Row> rows = new ArrayList<>();

    /** {@code customer} declares {@code supplier} (zone 32 or 34 by the last digit of the id). */
    private void supplier(long customer, long supplier) {
        rows.add(new ChainGraph.Row(customer, zone(customer), "E" + customer, 10, city(customer), "SUPPLIER",
                supplier, zone(supplier), "E" + supplier, 20, city(supplier)));
    }

    /** {@code supplier} declares {@code customer}. */
    private void customer(long supplier, long customer) {
        rows.add(new ChainGraph.Row(supplier, zone(supplier), "E" + supplier, 20, city(supplier), "CUSTOMER",
                customer, zone(customer), "E" + customer, 10, city(customer)));
    }

    private void outside(long enterprise, String direction, String name, String city) {
        rows.add(new ChainGraph.Row(enterprise, zone(enterprise), "E" + enterprise, 10, city(enterprise), direction,
                null, null, name, null, city));
    }

    private static long zone(long id) {
        return id % 2 == 0 ? 32 : 34;
    }

    private static String city(long id) {
        return id % 2 == 0 ? SUZHOU : WUXI;
    }

    @Test
    void anEdgeDeclaredByBothEndsCountsOnce() {
        supplier(2, 1);
        customer(1, 2);
        ChainGraph g = ChainGraph.of(rows, Set.of(2L), Set.of(), (z, c) -> false);
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.customers(g.nodeOf(1))).containsExactly(g.nodeOf(2));
        assertThat(g.blocked(g.nodeOf(2))).isTrue();
        assertThat(g.result().freedEnterprises(g.nodeOf(1))).isEqualTo(1);
        assertThat(g.result().freedEmployees(g.nodeOf(1))).isEqualTo(10);
    }

    @Test
    void outsideSuppliersWithTheSameNameAndCityAreOneNodeAndOutsideCustomersAreNone() {
        outside(2, "SUPPLIER", "汉口零件厂", WUHAN);
        outside(4, "SUPPLIER", " 汉口零件厂 ", WUHAN);
        outside(6, "SUPPLIER", "汉口零件厂", SUZHOU);
        outside(2, "CUSTOMER", "整机厂", WUHAN);
        ChainGraph g = ChainGraph.of(rows, Set.of(2L, 4L, 6L), Set.of(), (z, c) -> false);
        assertThat(g.size()).as("3 enterprises + 2 outside suppliers").isEqualTo(5);
        assertThat(g.blocked(g.nodeOf(2))).isFalse();
    }

    @Test
    void anOutsideSupplierIsHighRiskWhenACustomersZoneRatesItsCityHigh() {
        outside(2, "SUPPLIER", "汉口零件厂", WUHAN);   // customer in zone 32
        outside(3, "SUPPLIER", "汉口零件厂", WUHAN);   // customer in zone 34
        ChainGraph g = ChainGraph.of(rows, Set.of(2L, 3L), Set.of(),
                (zone, city) -> zone == 34 && city.equals(WUHAN));
        int firm = g.stoppedSuppliers(g.nodeOf(2)).get(0);
        assertThat(g.highRisk[firm]).isTrue();
        assertThat(g.blocked(g.nodeOf(2))).as("the firm is stopped for everybody").isTrue();
        assertThat(g.result().freedEnterprises(firm)).isEqualTo(2);
    }

    @Test
    void aPlatformSupplierIsHighRiskAsSeenByItsOwnZone() {
        supplier(2, 1);   // supplier 1 in zone 34 (Wuxi)
        ChainGraph g = ChainGraph.of(rows, Set.of(1L, 2L), Set.of(),
                (zone, city) -> zone == 34 && city.equals(WUXI));
        assertThat(g.stopped(g.nodeOf(1))).isTrue();
        assertThat(g.notResumed[g.nodeOf(1)]).isFalse();
        assertThat(g.blocked(g.nodeOf(2))).isTrue();
    }

    @Test
    void aLogisticsCaseBlocksAlsoAnEnterpriseInNoLink() {
        supplier(2, 1);
        ChainGraph g = ChainGraph.of(rows, Set.of(1L, 2L), Set.of(2L, 99L), (z, c) -> false);
        assertThat(g.blocked(g.nodeOf(2))).isTrue();
        assertThat(g.blocked(g.nodeOf(1))).isFalse();
        assertThat(g.nodeOf(99)).isEqualTo(-1);
        assertThat(g.hasLogistics(99)).isTrue();
    }

    @Test
    void manyEnterprisesGrowTheIndexAndEdgeArrays() {
        for (long c = 2; c < 20_000; c++) {
            supplier(c, c - 1);
        }
        ChainGraph g = ChainGraph.of(rows, Set.of(), Set.of(), (z, c) -> false);
        assertThat(g.size()).isEqualTo(19_999);
        for (long id = 1; id < 20_000; id++) {
            assertThat(g.nodeOf(id)).isNotNegative();
        }
        // everyone is stopped: restarting the head frees only its customer's chain (the customer itself still holds up
        // the rest), and the deep chain does not overflow a stack
        assertThat(g.result().freedEnterprises(g.nodeOf(1))).isEqualTo(1);
        assertThat(g.result().impaired(g.nodeOf(1))).isFalse();
        assertThat(g.result().impaired(g.nodeOf(19_999))).isTrue();
    }
}
