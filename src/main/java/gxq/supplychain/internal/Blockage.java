package gxq.supplychain.internal;

import java.util.Arrays;

/**
 * The blocked-point ranking on an int-indexed supply graph (see docs/supplychain.md, "Ranking").
 *
 * <p>Nodes {@code 0..n-1} are firms; an edge {@code from[i] -> to[i]} means "from supplies to". A node is
 * <em>stopped</em> when it cannot deliver itself (a platform enterprise not resumed, or a firm in a high-risk city);
 * a node with an open logistics case is <em>cut off</em>. A node <em>holds up its customers</em> when it is stopped,
 * cut off or impaired; a node is <em>impaired</em> (its chain is blocked, directly or upstream) when it is cut off or
 * one of its suppliers holds up its customers (cycles included).
 *
 * <p>For each stopped node {@code s}, {@link Result#freedEnterprises(int)} is the number of platform enterprises other
 * than {@code s} that would no longer be impaired if {@code s} alone restarted, and {@link Result#freedEmployees(int)}
 * their employees. An enterprise that another cause (another stopped supplier, a logistics case) also reaches is not
 * counted; an enterprise that is itself not resumed counts when its chain is freed (it stays stopped and keeps
 * holding up its own customers). Computed exactly with dominators: a virtual root {@code r} has an edge to a virtual
 * cause node {@code c_s} per stopped node ({@code c_s -> s}) and an edge to every cut-off node; the nodes that stop
 * holding up their customers when {@code s} restarts are exactly those dominated by {@code c_s}. Dominators by
 * Lengauer–Tarjan (simple version, path compression), all loops iterative: O((V + E) log V) time, O(V + E) memory,
 * no recursion.
 */
public final class Blockage {

    private Blockage() {
    }

    /** The computed figures; arrays are indexed by node. */
    public record Result(int[] freed, long[] freedStaff, boolean[] impaired) {

        public int freedEnterprises(int node) {
            return freed[node];
        }

        public long freedEmployees(int node) {
            return freedStaff[node];
        }

        public boolean impaired(int node) {
            return impaired[node];
        }
    }

    /**
     * @param n         number of firms
     * @param from      supplier of each edge
     * @param to        customer of each edge
     * @param edges     number of edges used from {@code from}/{@code to}
     * @param platform  whether a node is a platform enterprise (only those are counted)
     * @param staff     employees of each node (ignored for outside firms)
     * @param stopped   stopped nodes
     * @param cutOff    nodes with an open logistics case
     */
    public static Result compute(int n, int[] from, int[] to, int edges, boolean[] platform, int[] staff,
            boolean[] stopped, boolean[] cutOff) {
        int causes = 0;
        for (int v = 0; v < n; v++) {
            if (stopped[v]) {
                causes++;
            }
        }
        int root = n;
        int total = n + 1 + causes;
        int[] cause = new int[n];
        Arrays.fill(cause, -1);
        // extended edge list: graph edges, root -> c_s, c_s -> s, root -> cut-off
        int extra = 2 * causes;
        for (int v = 0; v < n; v++) {
            if (cutOff[v]) {
                extra++;
            }
        }
        int m = edges + extra;
        int[] ef = new int[m];
        int[] et = new int[m];
        int k = 0;
        for (int i = 0; i < edges; i++) {
            if (from[i] != to[i]) {
                ef[k] = from[i];
                et[k] = to[i];
                k++;
            }
        }
        int next = n + 1;
        for (int v = 0; v < n; v++) {
            if (stopped[v]) {
                cause[v] = next;
                ef[k] = root;
                et[k] = next;
                k++;
                ef[k] = next;
                et[k] = v;
                k++;
                next++;
            }
            if (cutOff[v]) {
                ef[k] = root;
                et[k] = v;
                k++;
            }
        }
        m = k;
        int[] succStart = new int[total + 1];
        int[] succ = new int[m];
        int[] predStart = new int[total + 1];
        int[] pred = new int[m];
        csr(total, ef, et, m, succStart, succ);
        csr(total, et, ef, m, predStart, pred);

        Dominators dom = dominators(total, root, succStart, succ, predStart, pred);
        int[] idom = dom.idom();

        // reached = emitting: stopped, cut off, or chain-impaired; top[w] = w's ancestor just below the root in the
        // dominator tree (a cause node c_s, a cut-off node, or the node itself), in preorder: idom before node
        int[] order = dom.order();
        int reached = dom.reached();
        boolean[] emitting = new boolean[total];
        int[] top = new int[total];
        for (int i = 1; i < reached; i++) {
            int w = order[i];
            emitting[w] = true;
            top[w] = idom[w] == root ? w : top[idom[w]];
        }
        boolean[] impaired = new boolean[n];
        for (int v = 0; v < n; v++) {
            boolean hit = cutOff[v];
            for (int e = predStart[v]; e < predStart[v + 1] && !hit; e++) {
                int u = pred[e];
                hit = u < n && emitting[u];
            }
            impaired[v] = hit;
        }
        int[] freed = new int[n];
        long[] freedStaff = new long[n];
        int[] causeOf = new int[total];   // cause node -> stopped node
        Arrays.fill(causeOf, -1);
        for (int s = 0; s < n; s++) {
            if (cause[s] >= 0) {
                causeOf[cause[s]] = s;
            }
        }
        for (int v = 0; v < n; v++) {
            if (!platform[v] || !impaired[v] || cutOff[v]) {
                continue;
            }
            int s;
            if (!stopped[v]) {
                // impaired and not a root: freed by s exactly when c_s dominates it
                s = causeOf[top[v]];
            } else {
                // a stopped enterprise stays a root; its chain is freed when every emitting supplier hangs below c_s
                s = -1;
                for (int e = predStart[v]; e < predStart[v + 1]; e++) {
                    int u = pred[e];
                    if (u >= n || !emitting[u]) {
                        continue;
                    }
                    int t = causeOf[top[u]];
                    if (t < 0 || (s >= 0 && t != s)) {
                        s = -1;
                        break;
                    }
                    s = t;
                }
            }
            if (s >= 0 && s != v) {
                freed[s]++;
                freedStaff[s] += Math.max(0, staff[v]);
            }
        }
        return new Result(freed, freedStaff, impaired);
    }

    private static void csr(int nodes, int[] a, int[] b, int m, int[] start, int[] target) {
        for (int i = 0; i < m; i++) {
            start[a[i] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, nodes);
        for (int i = 0; i < m; i++) {
            target[fill[a[i]]++] = b[i];
        }
    }

    /** Immediate dominators ({@code -1} for the root and unreachable nodes) and the DFS preorder of reached nodes. */
    record Dominators(int[] idom, int[] order, int reached) {
    }

    /** Immediate dominators of every node reachable from {@code root}. */
    static Dominators dominators(int nodes, int root, int[] succStart, int[] succ, int[] predStart,
            int[] pred) {
        int[] dfnum = new int[nodes];
        Arrays.fill(dfnum, -1);
        int[] vertex = new int[nodes];
        int[] parent = new int[nodes];
        Arrays.fill(parent, -1);
        // iterative preorder DFS
        int[] stack = new int[nodes];
        int[] pos = new int[nodes];
        int sp = 0;
        int cnt = 0;
        dfnum[root] = cnt;
        vertex[cnt++] = root;
        stack[sp] = root;
        pos[sp] = succStart[root];
        sp++;
        while (sp > 0) {
            int v = stack[sp - 1];
            int p = pos[sp - 1];
            if (p == succStart[v + 1]) {
                sp--;
                continue;
            }
            pos[sp - 1] = p + 1;
            int w = succ[p];
            if (dfnum[w] < 0) {
                dfnum[w] = cnt;
                vertex[cnt++] = w;
                parent[w] = v;
                stack[sp] = w;
                pos[sp] = succStart[w];
                sp++;
            }
        }
        int[] semi = new int[nodes];
        int[] idom = new int[nodes];
        int[] ancestor = new int[nodes];
        int[] best = new int[nodes];
        int[] samedom = new int[nodes];
        int[] bucketHead = new int[nodes];
        int[] bucketNext = new int[nodes];
        Arrays.fill(semi, -1);
        Arrays.fill(idom, -1);
        Arrays.fill(ancestor, -1);
        Arrays.fill(samedom, -1);
        Arrays.fill(bucketHead, -1);
        for (int v = 0; v < nodes; v++) {
            best[v] = v;
        }
        int[] path = new int[nodes];
        for (int i = cnt - 1; i >= 1; i--) {
            int w = vertex[i];
            int p = parent[w];
            int s = p;
            for (int e = predStart[w]; e < predStart[w + 1]; e++) {
                int v = pred[e];
                if (dfnum[v] < 0) {
                    continue;
                }
                int candidate = dfnum[v] <= dfnum[w] ? v : semi[eval(v, ancestor, best, semi, dfnum, path)];
                if (dfnum[candidate] < dfnum[s]) {
                    s = candidate;
                }
            }
            semi[w] = s;
            bucketNext[w] = bucketHead[s];
            bucketHead[s] = w;
            ancestor[w] = p;
            best[w] = w;
            for (int v = bucketHead[p]; v >= 0; v = bucketNext[v]) {
                int y = eval(v, ancestor, best, semi, dfnum, path);
                if (semi[y] == semi[v]) {
                    idom[v] = p;
                } else {
                    samedom[v] = y;
                }
            }
            bucketHead[p] = -1;
        }
        for (int i = 1; i < cnt; i++) {
            int w = vertex[i];
            if (samedom[w] >= 0) {
                idom[w] = idom[samedom[w]];
            }
        }
        return new Dominators(idom, vertex, cnt);
    }

    /** The ancestor of {@code v} (in the linked forest) with the lowest semidominator, compressing the path. */
    private static int eval(int v, int[] ancestor, int[] best, int[] semi, int[] dfnum, int[] path) {
        int len = 0;
        int x = v;
        while (ancestor[x] >= 0 && ancestor[ancestor[x]] >= 0) {
            path[len++] = x;
            x = ancestor[x];
        }
        for (int i = len - 1; i >= 0; i--) {
            int y = path[i];
            int a = ancestor[y];
            int b = best[a];
            ancestor[y] = ancestor[a];
            if (dfnum[semi[b]] < dfnum[semi[best[y]]]) {
                best[y] = b;
            }
        }
        return best[v];
    }
}
