package org.whosaid.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.whosaid.text.Tokenizer;

/**
 * Average time to tokenize all three fixed fictional articles once: the floor that the full
 * pipeline is compared to. Run: {@code java -jar whosaid-jmh/target/benchmarks.jar TokenizerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizerBenchmark {

    private List<String> texts;

    @Setup
    public void setUp() {
        texts = Texts.load();
    }

    @Benchmark
    public void tokenizeAll(Blackhole bh) {
        for (String t : texts) {
            bh.consume(Tokenizer.tokenize(t));
        }
    }
}
