package gxq.supplychain.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The whole supply graph of one day, int-indexed: platform enterprises that appear in a link and outside suppliers
 * (one node per distinct name + city), edges supplier -> customer counted once whoever declared them, the causes of
 * each node and the {@link Blockage} figures. Outside customers are not nodes: nothing on the platform waits for them.
 */
public final class ChainGraph {

    /** One declared link with the columns of both ends that the graph needs. */
    public record Row(long enterpriseId, long zoneId, String name, Integer staff, String cityCode, String direction,
            Long partnerId, Long partnerZoneId, String partnerName, Integer partnerStaff, String partnerCityCode) {
    }

    /** Whether {@code cityCode} is high-risk as seen by {@code zoneId}. */
    @FunctionalInterface
    public interface Risk {
        boolean high(long zoneId, String cityCode);
    }

    /** Why a node cannot deliver or an enterprise is blocked. */
    public enum Cause { NOT_RESUMED, HIGH_RISK, LOGISTICS }

    final int n;
    final long[] enterpriseId;
    final long[] zoneId;
    final String[] name;
    final String[] city;
    final int[] staff;
    final boolean[] platform;
    final boolean[] notResumed;
    final boolean[] highRisk;
    final boolean[] cutOff;
    final int[] predStart;
    final int[] pred;
    final int[] succStart;
    final int[] succ;
    final Blockage.Result result;
    private final LongIntMap index;
    private final Set<Long> logistics;

    private ChainGraph(Builder b, Set<Long> resumed, Set<Long> logistics, Risk risk) {
        n = b.size;
        enterpriseId = Arrays.copyOf(b.enterpriseId, n);
        zoneId = Arrays.copyOf(b.zoneId, n);
        name = b.name.toArray(String[]::new);
        city = b.city.toArray(String[]::new);
        staff = Arrays.copyOf(b.staff, n);
        platform = new boolean[n];
        notResumed = new boolean[n];
        highRisk = new boolean[n];
        cutOff = new boolean[n];
        boolean[] stopped = new boolean[n];
        Map<String, Boolean> riskCache = new HashMap<>();
        for (int v = 0; v < n; v++) {
            platform[v] = enterpriseId[v] != 0;
            if (platform[v]) {
                notResumed[v] = !resumed.contains(enterpriseId[v]);
                cutOff[v] = logistics.contains(enterpriseId[v]);
                long z = zoneId[v];
                String c = city[v];
                highRisk[v] = c != null && riskCache.computeIfAbsent(z + ":" + c, k -> risk.high(z, c));
            }
        }
        int m = b.edges;
        int[] from = b.from;
        int[] to = b.to;
        // an outside supplier is high-risk when any customer's zone rates its city high
        for (int i = 0; i < m; i++) {
            int s = from[i];
            if (!platform[s] && !highRisk[s] && platform[to[i]]) {
                long z = zoneId[to[i]];
                String c = city[s];
                highRisk[s] = riskCache.computeIfAbsent(z + ":" + c, k -> risk.high(z, c));
            }
        }
        for (int v = 0; v < n; v++) {
            stopped[v] = notResumed[v] || highRisk[v];
        }
        predStart = new int[n + 1];
        pred = new int[m];
        succStart = new int[n + 1];
        succ = new int[m];
        for (int i = 0; i < m; i++) {
            predStart[to[i] + 1]++;
            succStart[from[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            predStart[v + 1] += predStart[v];
            succStart[v + 1] += succStart[v];
        }
        int[] pf = Arrays.copyOf(predStart, n);
        int[] sf = Arrays.copyOf(succStart, n);
        for (int i = 0; i < m; i++) {
            pred[pf[to[i]]++] = from[i];
            succ[sf[from[i]]++] = to[i];
        }
        index = b.index;
        this.logistics = Set.copyOf(logistics);
        result = Blockage.compute(n, from, to, m, platform, staff, stopped, cutOff);
    }

    /** Builds the graph from declared links; duplicate edges (declared by both ends) count once. */
    public static ChainGraph of(Iterable<Row> rows, Set<Long> resumed, Set<Long> logistics, Risk risk) {
        Builder b = new Builder();
        for (Row r : rows) {
            int self = b.enterprise(r.enterpriseId(), r.zoneId(), r.name(), r.staff(), r.cityCode());
            int partner;
            if (r.partnerId() != null) {
                partner = b.enterprise(r.partnerId(), r.partnerZoneId(), r.partnerName(), r.partnerStaff(),
                        r.partnerCityCode());
            } else if ("SUPPLIER".equals(r.direction())) {
                partner = b.outside(r.partnerName(), r.partnerCityCode());
            } else {
                continue;
            }
            if ("SUPPLIER".equals(r.direction())) {
                b.edge(partner, self);
            } else {
                b.edge(self, partner);
            }
        }
        b.finish();
        return new ChainGraph(b, resumed, logistics, risk);
    }

    public int size() {
        return n;
    }

    /** The node of a platform enterprise, or -1 when it is in no link. */
    public int nodeOf(long enterprise) {
        return index.get(enterprise);
    }

    /** Whether the enterprise has an open logistics case (also when it is in no link). */
    public boolean hasLogistics(long enterprise) {
        return logistics.contains(enterprise);
    }

    /** The ranking figures of the whole graph. */
    public Blockage.Result result() {
        return result;
    }

    public boolean stopped(int v) {
        return notResumed[v] || highRisk[v];
    }

    /** The suppliers of {@code v} that are stopped. */
    public List<Integer> stoppedSuppliers(int v) {
        List<Integer> list = new ArrayList<>();
        for (int e = predStart[v]; e < predStart[v + 1]; e++) {
            if (stopped(pred[e])) {
                list.add(pred[e]);
            }
        }
        return list;
    }

    /** The customers of {@code v} (platform enterprises). */
    public List<Integer> customers(int v) {
        List<Integer> list = new ArrayList<>();
        for (int e = succStart[v]; e < succStart[v + 1]; e++) {
            list.add(succ[e]);
        }
        return list;
    }

    /** Blocked directly: a stopped key supplier or an own open logistics case. */
    public boolean blocked(int v) {
        return cutOff[v] || !stoppedSuppliers(v).isEmpty();
    }

    private static final class Builder {
        int size;
        long[] enterpriseId = new long[1024];
        long[] zoneId = new long[1024];
        int[] staff = new int[1024];
        final List<String> name = new ArrayList<>();
        final List<String> city = new ArrayList<>();
        final LongIntMap index = new LongIntMap();
        final Map<String, Integer> outside = new HashMap<>();
        long[] keys = new long[4096];
        int edges;
        int[] from;
        int[] to;

        int enterprise(long id, long zone, String n, Integer s, String c) {
            int i = index.get(id);
            if (i >= 0) {
                return i;
            }
            int v = add(id, zone, n, s == null ? 0 : s, c);
            index.put(id, v);
            return v;
        }

        int outside(String n, String c) {
            String key = n.strip().toLowerCase(Locale.ROOT) + "|" + c;
            Integer i = outside.get(key);
            if (i != null) {
                return i;
            }
            int v = add(0, 0, n.strip(), 0, c);
            outside.put(key, v);
            return v;
        }

        private int add(long id, long zone, String n, int s, String c) {
            if (size == enterpriseId.length) {
                enterpriseId = Arrays.copyOf(enterpriseId, size * 2);
                zoneId = Arrays.copyOf(zoneId, size * 2);
                staff = Arrays.copyOf(staff, size * 2);
            }
            enterpriseId[size] = id;
            zoneId[size] = zone;
            staff[size] = s;
            name.add(n);
            city.add(c);
            return size++;
        }

        void edge(int f, int t) {
            if (f == t) {
                return;
            }
            if (edges == keys.length) {
                keys = Arrays.copyOf(keys, edges * 2);
            }
            keys[edges++] = ((long) f << 32) | t;
        }

        /** Sorts the edges and drops duplicates (an edge declared by both ends counts once). */
        void finish() {
            Arrays.sort(keys, 0, edges);
            from = new int[edges];
            to = new int[edges];
            int m = 0;
            for (int i = 0; i < edges; i++) {
                if (i > 0 && keys[i] == keys[i - 1]) {
                    continue;
                }
                from[m] = (int) (keys[i] >>> 32);
                to[m] = (int) keys[i];
                m++;
            }
            edges = m;
        }
    }

    /** Open-addressing map from enterprise id to node, without boxing. */
    static final class LongIntMap {
        private long[] keys = new long[1 << 12];
        private int[] values = new int[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                size++;
            }
            used[i] = true;
            keys[i] = key;
            values[i] = value;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    put(k[i], v[i]);
                }
            }
        }
    }
}
