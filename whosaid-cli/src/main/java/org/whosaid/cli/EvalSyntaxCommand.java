package org.whosaid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.whosaid.eval.bench.SyntaxBench;
import org.whosaid.eval.report.DocSections;
import org.whosaid.syntax.ConllReader;
import org.whosaid.syntax.ConllSentence;
import org.whosaid.syntax.SyntaxEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whosaid eval syntax}: tagging accuracy and attachment scores of the syntax models on
 * {@code DATA/dev/corenlp.conll.gz}, plus their single-thread speed; optionally rewrites the
 * {@code syntax} section of {@code docs/EVALUATION.md} so that no figure is typed by hand.
 */
@Command(name = "syntax", mixinStandardHelpOptions = true,
        description = "Scores the tagger and parser against PolNeAR's CoreNLP annotations (dev split).")
final class EvalSyntaxCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "PolNeAR directory holding dev/corenlp.conll.gz")
    Path data;

    @Option(names = "--models", paramLabel = "DIR",
            description = "directory with pos-tagger.bin and dependency-parser.bin; default: the bundled models")
    Path models;

    @Option(names = "--write-docs", paramLabel = "FILE",
            description = "replace (or add) the 'syntax' section of this Markdown file, e.g. docs/EVALUATION.md")
    Path docs;

    @Option(names = "--rounds", paramLabel = "N", description = "timed passes over the data, after one warm-up pass (the median is reported)")
    int rounds = 3;

    @Override
    public Integer call() throws IOException {
        Path file = CorenlpFiles.of(data, "dev", "whosaid eval syntax");
        if (file == null) {
            return 1;
        }
        if (rounds < 1 || rounds > 100) {
            System.err.println("whosaid: --rounds must be 1..100");
            return 2;
        }
        SyntaxModels loaded = SyntaxModels.load(models);
        List<ConllSentence> sentences = ConllReader.sentences(file);
        SyntaxEvaluation.Scores s = SyntaxEvaluation.score(loaded.tagger(), loaded.parser(), sentences);
        SyntaxBench.Figures speed = SyntaxBench.run(loaded.tagger(), loaded.parser(), sentences, 1, rounds,
                loaded.loadSeconds());
        String report = report(s, speed, loaded.label());
        System.out.print(report);
        if (docs != null) {
            DocSections.write(docs, "syntax", report, EvalPolnearCommand.DOCS_PREAMBLE);
            System.out.println("updated section 'syntax' of " + docs);
        }
        return 0;
    }

    private static String report(SyntaxEvaluation.Scores s, SyntaxBench.Figures speed, String models) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Syntax: tagger and parser against CoreNLP's silver annotations (PolNeAR dev)\n\n");
        sb.append(String.format(Locale.ROOT,
                "Models: %s. %,d sentences, %,d tokens. Parser fed the tagger's tags and runner-up tags. Punctuation = reference "
                        + "label `punct`.%n%n", models, s.sentences(), s.tokens()));
        sb.append("| measure | value |\n|---|---|\n");
        sb.append(row("POS tagging accuracy", pct(s.tagAccuracy())));
        sb.append(row("UAS, without punctuation", pct(s.uasNoPunct())));
        sb.append(row("LAS, without punctuation", pct(s.lasNoPunct())));
        sb.append(row("UAS, all tokens", pct(s.uas())));
        sb.append(row("LAS, all tokens", pct(s.las())));
        sb.append(row("tagger speed, one thread", String.format(Locale.ROOT, "%,.0f tokens/s",
                speed.tagTokensPerSecond())));
        sb.append(row("tagger + parser speed, one thread", String.format(Locale.ROOT, "%,.0f tokens/s",
                speed.parseTokensPerSecond())));
        sb.append(row("tagger + parser speed, per CPU-second of the thread", String.format(Locale.ROOT,
                "%,.0f tokens/s", speed.parseTokensPerCpuSecond())));
        sb.append(row("model loading", String.format(Locale.ROOT, "%.2f s", speed.loadSeconds())));
        sb.append("\nRegenerate: `./whosaid eval syntax --data ../shared/data/polnear --write-docs docs/EVALUATION.md`"
                + " (speed depends on the machine and its load;"
                + " the CPU-second figure is the one to compare on a shared machine).\n");
        return sb.toString();
    }

    private static String row(String name, String value) {
        return "| " + name + " | " + value + " |\n";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }
}
