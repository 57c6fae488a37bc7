package gxq.supplychain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The ranking on small hand-drawn graphs, and against a brute-force count on random ones. */
class BlockageTest {

    /** A small graph: nodes 0..n-1, all platform enterprises with 10 employees unless told otherwise. */
    private static final class G {
        final int n;
        final List<int[]> edges = new ArrayList<>();
        final boolean[] platform;
        final int[] staff;
        final boolean[] stopped;
        final boolean[] cutOff;

        G(int n) {
            this.n = n;
            platform = new boolean[n];
            staff = new int[n];
            stopped = new boolean[n];
            cutOff = new boolean[n];
            for (int i = 0; i < n; i++) {
                platform[i] = true;
                staff[i] = 10;
            }
        }

        G edge(int supplier, int customer) {
            edges.add(new int[] {supplier, customer});
            return this;
        }

        G stop(int... nodes) {
            for (int v : nodes) {
                stopped[v] = true;
            }
            return this;
        }

        G logistics(int v) {
            cutOff[v] = true;
            return this;
        }

        G outside(int v) {
            platform[v] = false;
            staff[v] = 0;
            return this;
        }

        Blockage.Result run() {
            int[] f = new int[edges.size()];
            int[] t = new int[edges.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = edges.get(i)[0];
                t[i] = edges.get(i)[1];
            }
            return Blockage.compute(n, f, t, f.length, platform, staff, stopped, cutOff);
        }
    }

    @Test
    void aChainIsFreedWhollyByItsHead() {
        // 0 -> 1 -> 2 -> 3, 0 not resumed
        var r = new G(4).edge(0, 1).edge(1, 2).edge(2, 3).stop(0).run();
        assertThat(r.freedEnterprises(0)).isEqualTo(3);
        assertThat(r.freedEmployees(0)).isEqualTo(30);
        assertThat(r.impaired(3)).isTrue();
    }

    @Test
    void aDiamondWithTwoStoppedSuppliersFreesOnlyWhatEachAloneReaches() {
        // 0 -> 2, 1 -> 2, 2 -> 3; 0 -> 4 only from 0
        var r = new G(5).edge(0, 2).edge(1, 2).edge(2, 3).edge(0, 4).stop(0, 1).run();
        assertThat(r.freedEnterprises(0)).as("2 and 3 stay blocked by 1").isEqualTo(1);
        assertThat(r.freedEnterprises(1)).isZero();
    }

    @Test
    void aDiamondBelowOneStoppedSupplierIsFreedWhole() {
        // 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3
        var r = new G(4).edge(0, 1).edge(0, 2).edge(1, 3).edge(2, 3).stop(0).run();
        assertThat(r.freedEnterprises(0)).isEqualTo(3);
    }

    @Test
    void aCycleDownstreamIsFreedAndACycleBackToTheSupplierDoesNotLoop() {
        // 0 -> 1 -> 2 -> 1 (cycle 1-2), 2 -> 0 (back to the stopped supplier)
        var r = new G(3).edge(0, 1).edge(1, 2).edge(2, 1).edge(2, 0).stop(0).run();
        assertThat(r.freedEnterprises(0)).isEqualTo(2);
    }

    @Test
    void aStoppedSupplierThatIsItselfImpairedFreesNothingAndANotResumedCustomersChainCanBeFreed() {
        // 0 -> 1 -> 2, both 0 and 1 stopped: restarting 1 alone leaves it impaired by 0
        var r = new G(3).edge(0, 1).edge(1, 2).stop(0, 1).run();
        assertThat(r.freedEnterprises(1)).isZero();
        assertThat(r.freedEnterprises(0)).as("1's chain is freed (it is still not resumed); 2 still waits for 1")
                .isEqualTo(1);
        assertThat(r.impaired(0)).isFalse();
        assertThat(r.impaired(1)).isTrue();
    }

    @Test
    void aNotResumedCustomerWithTwoStoppedSuppliersIsFreedByNeither() {
        // 0 -> 2, 1 -> 2, all three stopped
        var r = new G(3).edge(0, 2).edge(1, 2).stop(0, 1, 2).run();
        assertThat(r.freedEnterprises(0)).isZero();
        assertThat(r.freedEnterprises(1)).isZero();
    }

    @Test
    void aLogisticsCaseKeepsItsEnterpriseAndItsCustomersBlocked() {
        // 0 -> 1 -> 2, 0 stopped, 1 has an open logistics case
        var r = new G(3).edge(0, 1).edge(1, 2).stop(0).logistics(1).run();
        assertThat(r.freedEnterprises(0)).isZero();
        assertThat(r.impaired(2)).isTrue();
    }

    @Test
    void anOutsideFirmInAHighRiskCityCountsOnlyPlatformEnterprisesAndTheirEmployees() {
        // outside 0 -> 1 -> outside 2 -> 3
        G g = new G(4).outside(0).outside(2).edge(0, 1).edge(1, 2).edge(2, 3).stop(0);
        g.staff[1] = 7;
        g.staff[3] = 5;
        var r = g.run();
        assertThat(r.freedEnterprises(0)).isEqualTo(2);
        assertThat(r.freedEmployees(0)).isEqualTo(12);
    }

    @Test
    void aChainOfAMillionLinksIsWalkedWithoutRecursion() {
        int n = 1_000_001;
        G g = new G(n);
        int[] f = new int[n - 1];
        int[] t = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            f[i] = i;
            t[i] = i + 1;
        }
        g.stop(0);
        var r = Blockage.compute(n, f, t, n - 1, g.platform, g.staff, g.stopped, g.cutOff);
        assertThat(r.freedEnterprises(0)).isEqualTo(n - 1);
        assertThat(r.freedEmployees(0)).isEqualTo(10L * (n - 1));
    }

    @Test
    void unaffectedEnterprisesAreNotImpaired() {
        var r = new G(4).edge(0, 1).edge(2, 3).stop(0).run();
        assertThat(r.impaired(2)).isFalse();
        assertThat(r.impaired(3)).isFalse();
        assertThat(r.freedEnterprises(2)).isZero();
    }

    @Test
    void agreesWithABruteForceCountOnRandomGraphsWithCycles() {
        Random random = new Random(20261206L);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(12);
            G g = new G(n);
            int m = random.nextInt(3 * n + 1);
            for (int i = 0; i < m; i++) {
                g.edge(random.nextInt(n), random.nextInt(n));
            }
            for (int v = 0; v < n; v++) {
                g.stopped[v] = random.nextInt(4) == 0;
                g.cutOff[v] = random.nextInt(8) == 0;
                if (random.nextInt(5) == 0) {
                    g.outside(v);
                }
                if (g.platform[v]) {
                    g.staff[v] = random.nextInt(100);
                }
            }
            var r = g.run();
            boolean[] all = impaired(g, -1);
            for (int v = 0; v < n; v++) {
                assertThat(r.impaired(v)).as("round %d node %d impaired", round, v).isEqualTo(all[v]);
            }
            for (int s = 0; s < n; s++) {
                if (!g.stopped[s]) {
                    assertThat(r.freedEnterprises(s)).isZero();
                    continue;
                }
                boolean[] without = impaired(g, s);
                int freed = 0;
                long staff = 0;
                for (int v = 0; v < n; v++) {
                    if (v != s && g.platform[v] && all[v] && !without[v]) {
                        freed++;
                        staff += g.staff[v];
                    }
                }
                assertThat(r.freedEnterprises(s)).as("round %d node %d freed", round, s).isEqualTo(freed);
                assertThat(r.freedEmployees(s)).as("round %d node %d staff", round, s).isEqualTo(staff);
            }
        }
    }

    /** Impaired: cut off, or a supplier that holds up its customers (see {@link #holdingUp}). */
    private static boolean[] impaired(G g, int restarted) {
        boolean[] up = holdingUp(g, restarted);
        boolean[] impaired = new boolean[g.n];
        for (int v = 0; v < g.n; v++) {
            impaired[v] = g.cutOff[v];
        }
        for (int[] e : g.edges) {
            if (e[0] != e[1] && up[e[0]]) {
                impaired[e[1]] = true;
            }
        }
        return impaired;
    }

    /** Nodes reachable from every stopped (except {@code restarted}) or cut-off node, by breadth-first search. */
    private static boolean[] holdingUp(G g, int restarted) {
        boolean[] seen = new boolean[g.n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < g.n; v++) {
            if ((g.stopped[v] && v != restarted) || g.cutOff[v]) {
                seen[v] = true;
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int[] e : g.edges) {
                if (e[0] == u && !seen[e[1]]) {
                    seen[e[1]] = true;
                    queue.add(e[1]);
                }
            }
        }
        return seen;
    }
}
