package gxq.supplychain.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import gxq.supplychain.internal.Blockage;
import gxq.supplychain.internal.ChainGraph;

/**
 * The blocked-point ranking on a synthetic graph: 100,000 enterprises in 176 zones, 1,000,000 declared supplier links
 * (seed 20261206; suppliers skewed towards a few hubs, customers uniform, so cycles abound), by default 95 % resumed, about 3 % of
 * cities high-risk (both settable, see main), 0.5 % with an open logistics case. Times (a) {@link ChainGraph#of} from the rows the page's query
 * returns (node index, duplicate edges, CSR, risk look-ups, {@link Blockage}) and (b) {@link Blockage#compute} alone.
 * 3 warm-up runs, then 7 measured; prints each and the median. Not run by the test suite (no *Test name).
 *
 * <pre>
 * mvn -q -o test-compile
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) gxq.supplychain.bench.BlockageRankingBenchmark
 * </pre>
 */
public final class BlockageRankingBenchmark {

    static final int ENTERPRISES = 100_000;
    static final int LINKS = 1_000_000;
    static final int ZONES = 176;

    /**
     * @param args optional: not-resumed enterprises per mille (default 50) and high-risk cities per mille (default 30)
     */
    public static void main(String[] args) {
        int notResumedPerMille = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int riskyPerMille = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        System.out.printf("not resumed %d per mille, high-risk cities %d per mille%n", notResumedPerMille,
                riskyPerMille);
        Random random = new Random(20261206L);
        long[] zone = new long[ENTERPRISES + 1];
        String[] city = new String[ZONES + 1];
        for (int z = 1; z <= ZONES; z++) {
            city[z] = String.format("%06d", 100000 + z * 100);
        }
        Set<String> highCities = new HashSet<>();
        for (int z = 1; z <= ZONES; z++) {
            if (random.nextInt(1000) < riskyPerMille) {
                highCities.add(city[z]);
            }
        }
        Set<Long> resumed = new HashSet<>();
        Set<Long> logistics = new HashSet<>();
        for (int e = 1; e <= ENTERPRISES; e++) {
            zone[e] = 1 + random.nextInt(ZONES);
            if (random.nextInt(1000) >= notResumedPerMille) {
                resumed.add((long) e);
            }
            if (random.nextInt(200) == 0) {
                logistics.add((long) e);
            }
        }
        List<ChainGraph.Row> rows = new ArrayList<>(LINKS);
        for (int i = 0; i < LINKS; i++) {
            long customer = 1 + random.nextInt(ENTERPRISES);
            double x = random.nextDouble();
            long supplier = 1 + (long) (ENTERPRISES * x * x * x);
            if (supplier > ENTERPRISES) {
                supplier = ENTERPRISES;
            }
            rows.add(new ChainGraph.Row(customer, zone[(int) customer], "企业" + customer, 50,
                    city[(int) zone[(int) customer]], "SUPPLIER", supplier, zone[(int) supplier], "企业" + supplier,
                    80, city[(int) zone[(int) supplier]]));
        }
        ChainGraph.Risk risk = (z, c) -> highCities.contains(c);

        ChainGraph graph = null;
        long[] full = new long[10];
        for (int run = 0; run < full.length; run++) {
            long t0 = System.nanoTime();
            graph = ChainGraph.of(rows, resumed, logistics, risk);
            full[run] = System.nanoTime() - t0;
            System.out.printf("%s run %d: graph + ranking %d ms%n", run < 3 ? "warm-up" : "measured", run,
                    full[run] / 1_000_000);
        }
        int n = graph.size();
        int edges = 0;
        int stopped = 0;
        int maxFreed = 0;
        for (int v = 0; v < n; v++) {
            edges += graph.customers(v).size();
            if (graph.stopped(v)) {
                stopped++;
            }
        }
        // (b) the dominator computation alone on the same edges
        int[] from = new int[edges];
        int[] to = new int[edges];
        int k = 0;
        for (int v = 0; v < n; v++) {
            for (int c : graph.customers(v)) {
                from[k] = v;
                to[k++] = c;
            }
        }
        boolean[] platform = new boolean[n];
        boolean[] stop = new boolean[n];
        boolean[] cut = new boolean[n];
        int[] staff = new int[n];
        Arrays.fill(platform, true);
        Arrays.fill(staff, 50);
        for (int v = 0; v < n; v++) {
            stop[v] = graph.stopped(v);
        }
        Random r2 = new Random(7);
        for (int v = 0; v < n; v++) {
            cut[v] = r2.nextInt(200) == 0;
        }
        long[] alone = new long[10];
        Blockage.Result result = null;
        for (int run = 0; run < alone.length; run++) {
            long t0 = System.nanoTime();
            result = Blockage.compute(n, from, to, edges, platform, staff, stop, cut);
            alone[run] = System.nanoTime() - t0;
        }
        int freeing = 0;
        int impaired = 0;
        for (int v = 0; v < n; v++) {
            impaired += graph.result().impaired(v) ? 1 : 0;
            maxFreed = Math.max(maxFreed, graph.result().freedEnterprises(v));
            freeing += graph.result().freedEnterprises(v) > 0 ? 1 : 0;
        }
        System.out.printf("nodes %d, distinct edges %d, stopped %d, of them freeing at least one enterprise %d,"
                + " largest freed count %d, high-risk cities %d, impaired enterprises %d%n", n, edges, stopped,
                freeing, maxFreed, highCities.size(), impaired);
        System.out.printf("graph + ranking (ChainGraph.of): median %d ms, min %d ms over 7 runs%n",
                median(full) / 1_000_000, min(full) / 1_000_000);
        System.out.printf("dominators alone (Blockage.compute): median %d ms, min %d ms over 7 runs%n",
                median(alone) / 1_000_000, min(alone) / 1_000_000);
    }

    private static long median(long[] t) {
        long[] m = Arrays.copyOfRange(t, 3, t.length);
        Arrays.sort(m);
        return m[m.length / 2];
    }

    private static long min(long[] t) {
        return Arrays.stream(t, 3, t.length).min().orElseThrow();
    }
}
