package gxq.health.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link HealthCodeVerifyBenchmark} briefly (3 × 1 s warm-up, 5 × 1 s measurement, 1 fork, 1 thread). Not a
 * test: run it by hand, see docs/benchmarks.md for the command. Arguments: an optional JMH include
 * regex (default: all of HealthCodeVerifyBenchmark).
 */
public final class HealthCodeBenchmarks {

    private HealthCodeBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(args.length > 0 ? args[0] : HealthCodeVerifyBenchmark.class.getName())
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .forks(1).threads(1)
                .build();
        new Runner(options).run();
    }
}
