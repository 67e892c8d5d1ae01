package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.whosaid.eval.bench.Bench;
import org.whosaid.eval.bench.BenchOptions;
import org.whosaid.eval.bench.BenchResult;
import org.whosaid.eval.report.BenchReport;
import org.whosaid.eval.report.DocSections;
import org.whosaid.eval.report.JsonSummary;
import org.whosaid.eval.report.Machine;
import org.whosaid.pipeline.AttributionModel;
import org.whosaid.pipeline.Pipeline;
import org.whosaid.pipeline.PipelineOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code whosaid bench}: throughput of the pipeline and of a bare tokenizing pass. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchReadersCommand.class, BenchSyntaxCommand.class},
        description = "Measures articles/s, MB/s, tokens/s, peak heap and time per stage over a directory of texts, "
                + "and the ratio to a bare pass that only reads and tokenizes the same files.")
final class BenchCommand implements Callable<Integer> {

    static final String DOCS_PREAMBLE = """
            # Benchmarks

            Sections between `BEGIN` and `END` markers are written by the command named in them (run it again to
            refresh them); text outside the markers is kept.

            ## Throughput

            `whosaid bench [--data DIR] [--threads N] [--runs N] [--warmup N] [--write-docs docs/BENCHMARKS.md]`
            runs the full pipeline and a bare pass (read and tokenize only) over every `.txt` file of DIR
            (default `../shared/data/polnear/train/text`) on N threads (default: all cores); both passes read
            and decode each file from disk (the page cache, after a first read), several times after warm-up, and reports the median run: articles/s, MB/s, tokens/s, the ratio
            full / bare, the peak heap and the time per stage. Set the heap with `WHOSAID_JAVA_OPTS=-Xmx512m`.

            ## Microbenchmarks (JMH)

            The `whosaid-jmh` module is built only with the `jmh` profile, so `mvn verify` stays fast:

            ```
            mvn -B -ntp -Pjmh package -DskipTests -pl whosaid-jmh -am
            java -jar whosaid-jmh/target/benchmarks.jar                      # everything, about 2 minutes
            java -jar whosaid-jmh/target/benchmarks.jar TokenizerBenchmark   # one benchmark
            java -jar whosaid-jmh/target/benchmarks.jar -wi 2 -i 3 -w 1s -r 1s   # a quick look
            ```

            The latest run's results are in [JMH.txt](JMH.txt), written by JMH itself:
            `java -jar whosaid-jmh/target/benchmarks.jar -wi 3 -i 5 -w 1s -r 1s -f 1 -rf text -rff docs/JMH.txt`.

            - `PipelineBenchmark.analyze`: one full `Pipeline.analyze` (all stages), single-threaded, on each of
              three short fictional articles shipped in the module (`text` = 0, 1, 2), with the rules alone and
              with the default combined finder (`model`), in microseconds.
            - `TokenizerBenchmark.tokenizeAll`: tokenizing all three articles once, the floor the pipeline is
              compared to.

            """;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/polnear/train/text",
            description = "Directory of .txt files (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads; 0 means one per core (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Measured runs; the median is reported (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Warm-up runs before measuring (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "100000",
            description = "Read at most this many files (default: ${DEFAULT-VALUE}).")
    private int maxFiles;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "combined",
            description = "rules, learned or combined (default: ${DEFAULT-VALUE}).")
    private AttributionModel model;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the figures as JSON.")
    private Path json;

    @Option(names = "--write-docs", paramLabel = "FILE",
            description = "Rewrite the 'bench' section of this markdown file (e.g. docs/BENCHMARKS.md).")
    private Path writeDocs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchOptions options;
        try {
            options = new BenchOptions(data, threads, runs, warmup, maxFiles);
        } catch (IllegalArgumentException e) {
            err.println("whosaid bench: " + e.getMessage());
            return 2;
        }
        Pipeline pipeline = Pipeline.create(PipelineOptions.defaults().withModel(model)
                .withThreads(options.effectiveThreads()));
        BenchResult result;
        try {
            result = new Bench(options, pipeline).run();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("whosaid bench: " + e.getMessage());
            return 1;
        }
        out.print(BenchReport.console(result));
        out.flush();
        Machine machine = Machine.current();
        if (json != null) {
            JsonSummary.write(JsonSummary.of(result, machine), json);
        }
        if (writeDocs != null) {
            String command = "whosaid bench --threads " + options.effectiveThreads() + " --runs " + runs
                    + " --warmup " + warmup + " --model " + model.label() + " --write-docs " + writeDocs;
            String opts = System.getenv("WHOSAID_JAVA_OPTS");
            if (opts != null && !opts.isBlank()) {
                command = "WHOSAID_JAVA_OPTS='" + opts.trim() + "' " + command;
            }
            DocSections.write(writeDocs, "bench-" + model.label(), BenchReport.markdown(result, model.label(), machine, command), DOCS_PREAMBLE);
            err.println("section 'bench-" + model.label() + "' of " + writeDocs + " rewritten");
        }
        return 0;
    }
}
