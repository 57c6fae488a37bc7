package gxq.health.bench;

/**
 * A noise-tolerant companion to the JMH run for a shared machine: runs the raw BouncyCastle verify and the full
 * {@code HealthCodeVerifier.verify} in alternating batches in one JVM, so that both see the same load, and reports
 * the fastest batch of each (the one least disturbed by other processes). Not a test; run by hand (see
 * docs/benchmarks.md). Argument: rounds (default 40) of 2,000 operations each.
 */
public final class InterleavedVerifyComparison {

    private InterleavedVerifyComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int batch = 2_000;
        HealthCodeVerifyBenchmark b = new HealthCodeVerifyBenchmark();
        b.setUp();
        long raw = Long.MAX_VALUE;
        long point = Long.MAX_VALUE;
        long full = Long.MAX_VALUE;
        int ok = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                ok += b.bcRawBytes() ? 1 : 0;
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                ok += b.bcPrecomputedPoint() ? 1 : 0;
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                ok += b.healthCodeVerifier().ok() ? 1 : 0;
            }
            long t3 = System.nanoTime();
            raw = Math.min(raw, t1 - t0);
            point = Math.min(point, t2 - t1);
            full = Math.min(full, t3 - t2);
        }
        if (ok != 3 * batch * rounds) {
            throw new IllegalStateException("a verification failed");
        }
        System.out.printf("fastest batch, ops/s: bcRawBytes %.0f, bcPrecomputedPoint %.0f, healthCodeVerifier %.0f%n",
                batch * 1e9 / raw, batch * 1e9 / point, batch * 1e9 / full);
        System.out.printf("healthCodeVerifier / bcRawBytes = %.0f %%, / bcPrecomputedPoint = %.0f %%%n",
                100.0 * raw / full, 100.0 * point / full);
    }
}
