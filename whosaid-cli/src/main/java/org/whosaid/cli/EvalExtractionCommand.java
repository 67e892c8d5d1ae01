package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.whosaid.eval.report.DocSections;
import org.whosaid.model.Article;
import org.whosaid.model.Quote;
import org.whosaid.pipeline.Pipeline;
import org.whosaid.pipeline.PipelineOptions;
import org.whosaid.readers.ReaderOptions;
import org.whosaid.readers.extraction.ExtractionEval;
import org.whosaid.readers.extraction.QuoteLeak;
import org.whosaid.readers.extraction.ShingleScorer;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code whosaid eval extraction}: extracts the article from every page of the article-extraction
 * benchmark and scores it as the benchmark does, then counts quotations that extraction errors add
 * or lose.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Scores article body extraction on DIR/html/*.html.gz against DIR/ground-truth.json "
                + "(precision, recall, F1 of 4-token shingles, averaged over pages).")
final class EvalExtractionCommand implements Callable<Integer> {
    static final String DOCS_SECTION = "extraction";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "benchmark directory (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/article-extraction")
    Path data;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "write the extracted bodies as {\"KEY\": {\"articleBody\": ...}}")
    Path predictions;

    @Option(names = "--write-docs", paramLabel = "FILE",
            description = "replace the section <!-- BEGIN extraction --> ... <!-- END extraction --> of FILE with the figures")
    Path docs;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0", description = "list the N worst pages")
    int worst;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractionEval.Result r;
        try {
            r = new ExtractionEval(ReaderOptions.defaults()).run(data);
        } catch (IOException e) {
            err.println("whosaid eval extraction: " + e.getMessage());
            return 2;
        }
        ShingleScorer.Summary s = r.summary();
        out.printf(Locale.ROOT, "pages      %d%nprecision  %.4f%nrecall     %.4f%nF1         %.4f%n",
                s.pages(), s.precision(), s.recall(), s.f1());
        Pipeline pipeline = Pipeline.create(PipelineOptions.defaults());
        QuoteLeak leak = QuoteLeak.measure(r.pages(), text -> quotes(pipeline, text));
        out.printf(Locale.ROOT, "quotations in true bodies %d, in extracted bodies %d, "
                + "false (not in the true body) %d, lost %d%n", leak.inTruth(), leak.inExtracted(), leak.leaked(), leak.lost());
        for (ExtractionEval.Page p : ExtractionEval.worst(r, worst)) {
            out.printf(Locale.ROOT, "  %s precision %.3f recall %.3f%n", p.key(), p.score().precision(), p.score().recall());
        }
        if (predictions != null) {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(predictions.toFile(), r.predictions());
            out.println("predictions written to " + predictions);
        }
        if (docs != null) {
            DocSections.write(docs, DOCS_SECTION, section(s, leak), EvalPolnearCommand.DOCS_PREAMBLE);
            out.println("figures written to " + docs);
        }
        return 0;
    }

    private static List<String> quotes(Pipeline pipeline, String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return pipeline.analyze(Article.of("page", text)).quotes().stream()
                .map(Quote::span).map(span -> span.of(text)).toList();
    }

    private String section(ShingleScorer.Summary s, QuoteLeak leak) {
        return String.format(Locale.ROOT, """
                ### Article extraction

                `whosaid eval extraction --data %s` on %d pages (the public half of the article-extraction
                benchmark; 4-token shingles, precision averaged over pages with a prediction, recall over
                all pages):

                | precision | recall | F1 |
                | --- | --- | --- |
                | %.4f | %.4f | %.4f |

                Published F1 on all 181 pages: rs-trafilatura 0.970, trafilatura 2.0 0.958, newspaper4k
                0.949, Readability.js 0.947, goose3 0.896, boilerpipe 0.860.

                Quotations found by the pipeline: %d in the true bodies, %d in the extracted bodies, of which
                %d are not in the true body (false quotations from furniture); %d true ones lost.
                """, data, s.pages(), s.precision(), s.recall(), s.f1(),
                leak.inTruth(), leak.inExtracted(), leak.leaked(), leak.lost());
    }
}
