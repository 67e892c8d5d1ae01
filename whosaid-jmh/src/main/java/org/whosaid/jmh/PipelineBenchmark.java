package org.whosaid.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.pipeline.Pipeline;
import org.whosaid.pipeline.AttributionModel;
import org.whosaid.pipeline.PipelineOptions;

/**
 * Average time of one full {@link Pipeline#analyze} call (all stages) on each of the fixed fictional
 * articles, single-threaded, with the rules alone and with the default combined finder. Run: {@code java -jar whosaid-jmh/target/benchmarks.jar PipelineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    @Param({"0", "1", "2"})
    public int text;

    /** Which attribution finder runs: the rules alone, or the default combined finder. */
    @Param({"RULES", "COMBINED"})
    public String model;

    private Pipeline pipeline;
    private Article article;

    @Setup
    public void setUp() {
        pipeline = Pipeline.create(PipelineOptions.defaults().withModel(AttributionModel.valueOf(model)));
        List<String> texts = Texts.load();
        article = Article.of(Texts.NAMES.get(text), texts.get(text));
    }

    @Benchmark
    public Analysis analyze() {
        return pipeline.analyze(article);
    }
}
