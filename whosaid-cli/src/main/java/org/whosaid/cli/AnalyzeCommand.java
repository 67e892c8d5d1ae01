package org.whosaid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.cli.output.AnalysisWriter;
import org.whosaid.cli.output.OutputFormat;
import org.whosaid.cli.output.OutputOptions;
import org.whosaid.cli.output.ProgressBar;
import org.whosaid.cli.output.Terminal;
import org.whosaid.model.Article;
import org.whosaid.pipeline.AttributionModel;
import org.whosaid.pipeline.Pipeline;
import org.whosaid.pipeline.PipelineOptions;
import org.whosaid.readers.Input;
import org.whosaid.readers.Inputs;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.ReaderOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whosaid analyze}: finds every quotation and its speaker in the given articles. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Finds every quotation and belief in news articles, with its speaker.",
            "",
            "Each quotation is direct, partial, reported or a belief, with its speaker resolved to a person,",
            "organisation or group, the cue (\"said\", \"wrote on Twitter\"), the channel and the time.",
            "",
            "Inputs are files, directories (read recursively), URLs, or - for standard input. Text, HTML,",
            "WARC, RSS/Atom feeds and JSON Lines are recognised by their content; .gz is decompressed.",
            "A file that cannot be read is reported on stderr and skipped; the exit code is then 1."},
        footer = {"",
            "Examples:",
            "  whosaid analyze samples/                       # a table of who said what",
            "  whosaid analyze story.txt --format json        # JSON Lines (see docs/schema.md)",
            "  whosaid analyze news/ --format html --out quotes.html",
            "  cat story.txt | whosaid analyze -",
            "",
            "Exit codes: 0 all inputs analysed, 1 some input failed, 2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {

    /** Articles handed to the pipeline at once; bounds memory while keeping all cores busy. */
    private static final int BATCH = 64;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json (JSON Lines), table or html. Default: table on a terminal, json otherwise.")
    OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "combined",
            description = "Attribution finder: rules, learned or combined. Default: ${DEFAULT-VALUE}.")
    AttributionModel model;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads; 0 means one per core. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + PipelineOptions.DEFAULT_MAX_CHARS,
            description = "Skip (and report) articles longer than this. Default: ${DEFAULT-VALUE}.")
    int maxChars;

    @Option(names = "--include-text",
            description = "JSON: also write each article's text, which the offsets index (useful for web pages and archives).")
    boolean includeText;

    @Option(names = "--progress", description = "Show a progress bar even when stderr is not a terminal.")
    boolean progress;

    @Option(names = {"-q", "--quiet"}, description = "Do not report unreadable inputs on stderr (the exit code still does).")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (threads < 0) {
            System.err.println("whosaid: --threads must be 0 or more");
            return 2;
        }
        if (maxChars <= 0) {
            System.err.println("whosaid: --max-chars must be positive");
            return 2;
        }
        OutputFormat fmt = format != null ? format
                : out == null && Terminal.stdoutIsTerminal() ? OutputFormat.TABLE : OutputFormat.JSON;
        Pipeline pipeline = Pipeline.create(new PipelineOptions(model, maxChars, threads));
        Inputs readers = new Inputs(ReaderOptions.defaults());
        List<Input> expanded = readers.expand(inputs);
        PrintStream err = System.err;
        int failures = 0;
        OutputStream sink = out == null ? System.out : Files.newOutputStream(out);
        OutputOptions outputOptions = (out == null ? OutputOptions.forStdout() : OutputOptions.forFile())
                .withIncludeText(includeText);
        try (AnalysisWriter writer = AnalysisWriter.open(fmt, sink, outputOptions);
             ProgressBar bar = ProgressBar.start(expanded.size() > 1 ? expanded.size() : ProgressBar.UNKNOWN,
                     progress && expanded.size() > 1)) {
            List<Article> batch = new ArrayList<>(BATCH);
            for (Input input : expanded) {
                boolean inputFailed = false;
                try (ReadItems items = readers.read(input)) {
                    while (items.hasNext()) {
                        ReadItem item = items.next();
                        if (item instanceof ReadItem.Loaded loaded) {
                            batch.add(loaded.article());
                            if (batch.size() == BATCH) {
                                failures += flush(pipeline, batch, writer, err);
                            }
                        } else if (item instanceof ReadItem.Failed failed) {
                            failures++;
                            inputFailed = true;
                            report(err, failed.source(), failed.reason());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failures++;
                    inputFailed = true;
                    report(err, input.toString(), "read failed: " + e.getMessage());
                }
                if (inputFailed) {
                    bar.failed();
                } else {
                    bar.succeeded();
                }
            }
            failures += flush(pipeline, batch, writer, err);
        } finally {
            if (out != null) {
                sink.close();
            }
        }
        if (failures > 0 && !quiet) {
            err.println("whosaid: " + failures + " input(s) could not be analysed");
        }
        return failures > 0 ? 1 : 0;
    }

    /** Analyses a batch on all workers, writes it in input order, and empties it. Returns failures. */
    private int flush(Pipeline pipeline, List<Article> batch, AnalysisWriter writer, PrintStream err) throws IOException {
        int failures = 0;
        for (Pipeline.Result r : pipeline.analyzeAll(batch)) {
            if (r.ok()) {
                writer.write(r.analysis());
            } else {
                failures++;
                report(err, r.article().source(), String.valueOf(r.error().getMessage()));
            }
        }
        batch.clear();
        return failures;
    }

    private void report(PrintStream err, String source, String reason) {
        if (!quiet) {
            err.println("whosaid: " + source + ": " + reason);
        }
    }
}
