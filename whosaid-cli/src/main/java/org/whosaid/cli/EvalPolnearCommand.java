package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.eval.polnear.PolnearCorpus;
import org.whosaid.eval.polnear.PolnearEvaluation;
import org.whosaid.eval.polnear.Problem;
import org.whosaid.eval.polnear.Split;
import org.whosaid.eval.report.DocSections;
import org.whosaid.eval.report.ErrorsReport;
import org.whosaid.eval.report.EvaluationReport;
import org.whosaid.eval.report.JsonSummary;
import org.whosaid.eval.report.Machine;
import org.whosaid.pipeline.AttributionModel;
import org.whosaid.pipeline.Pipeline;
import org.whosaid.pipeline.PipelineOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code whosaid eval polnear}: scores the pipeline on PolNeAR and writes the reports. */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Scores the pipeline against PolNeAR (source, cue, content; exact and overlap).")
final class EvalPolnearCommand implements Callable<Integer> {

    static final String DOCS_PREAMBLE = "# Evaluation\n\n"
            + "This file is generated. Each section between `BEGIN` and `END` markers is written by the command "
            + "named in it; run that command again to refresh it. Text outside the markers is kept.\n\n";

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/polnear",
            description = "PolNeAR directory (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "dev, train or all (default: ${DEFAULT-VALUE}).")
    private Split split;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "combined",
            description = "rules, learned or combined (default: ${DEFAULT-VALUE}).")
    private AttributionModel model;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads; 0 means one per core (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the full report as markdown.")
    private Path report;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every miss and false alarm with its context, grouped by cause.")
    private Path errors;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the figures as JSON.")
    private Path json;

    @Option(names = "--write-docs", paramLabel = "FILE",
            description = "Rewrite the 'polnear' section of this markdown file (e.g. docs/EVALUATION.md).")
    private Path writeDocs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 0) {
            err.println("whosaid eval polnear: --threads must be >= 0");
            return 2;
        }
        PolnearCorpus corpus;
        PolnearCorpus all;
        try {
            corpus = PolnearCorpus.load(data, split);
            all = split == Split.ALL ? corpus : PolnearCorpus.load(data, Split.ALL);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("whosaid eval polnear: " + e.getMessage());
            return 1;
        }
        reportProblems(err, corpus.problems(), "corpus problems (skipped)");
        Pipeline pipeline = Pipeline.create(PipelineOptions.defaults().withModel(model).withThreads(threads));
        PolnearEvaluation evaluation = PolnearEvaluation.run(corpus, pipeline, all.multiplyAnnotated());
        reportProblems(err, evaluation.failures(), "articles the pipeline failed on");
        out.print(EvaluationReport.console(evaluation));
        out.flush();
        Machine machine = Machine.current();
        String command = commandLine();
        if (report != null) {
            write(report, "# whosaid evaluation\n\n" + EvaluationReport.markdown(evaluation, machine, command));
            err.println("report written to " + report);
        }
        if (errors != null) {
            write(errors, ErrorsReport.render("whosaid errors on PolNeAR " + split.label() + " (model "
                    + model.label() + ")", evaluation.scores().errors()));
            err.println(evaluation.scores().errors().size() + " errors written to " + errors);
        }
        if (json != null) {
            JsonSummary.write(JsonSummary.of(evaluation, machine), json);
        }
        if (writeDocs != null) {
            DocSections.write(writeDocs, "polnear-" + model.label(), EvaluationReport.markdown(evaluation, machine, command), DOCS_PREAMBLE);
            err.println("section 'polnear-" + model.label() + "' of " + writeDocs + " rewritten");
        }
        return 0;
    }

    /** The command as a user would type it to reproduce this run (paths as given). */
    private String commandLine() {
        StringBuilder b = new StringBuilder("whosaid eval polnear --split ").append(split.label())
                .append(" --model ").append(model.label());
        if (writeDocs != null) {
            b.append(" --write-docs ").append(writeDocs);
        }
        return b.toString();
    }

    static void reportProblems(PrintWriter err, List<Problem> problems, String what) {
        if (problems.isEmpty()) {
            return;
        }
        err.println(problems.size() + " " + what + ", first ones:");
        problems.stream().limit(5).forEach(p -> err.println("  " + p));
        err.flush();
    }

    private static void write(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
