package org.whosaid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.whosaid.eval.polnear.PolnearCorpus;
import org.whosaid.eval.polnear.Split;
import org.whosaid.eval.score.Counts;
import org.whosaid.eval.score.Role;
import org.whosaid.eval.score.Scores;
import org.whosaid.eval.train.PolnearTraining;
import org.whosaid.learned.FeatureFamily;
import org.whosaid.learned.LearnedModel;
import org.whosaid.learned.Trainer;
import org.whosaid.learned.TrainerOptions;
import org.whosaid.learned.TrainingDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code whosaid train polnear}: trains the learned attribution model on PolNeAR. */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Trains the attribution model (cue tagger + source/content tagger) on PolNeAR.")
final class TrainPolnearCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/polnear",
            description = "PolNeAR directory (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--out", paramLabel = "MODEL", required = true, description = "Where to write the model.")
    private Path out;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "train",
            description = "Split to train on: train, dev or all (default: ${DEFAULT-VALUE}).")
    private Split split;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Train on the first N articles only; 0 means all (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--without", paramLabel = "FAMILY", split = ",",
            description = "Feature families to leave out, for ablations: words, shape, lexicon, quotes, position, rules, pos.")
    private List<FeatureFamily> without = new ArrayList<>();

    @Option(names = "--cue-epochs", paramLabel = "N", description = "Perceptron epochs of the cue tagger.")
    private Integer cueEpochs;

    @Option(names = "--role-epochs", paramLabel = "N", description = "Perceptron epochs of the role tagger.")
    private Integer roleEpochs;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the example order.")
    private Long seed;

    @Option(names = "--end-folds", paramLabel = "N",
            description = "Folds of the cross-fitting that trains the content-end ranker (2..10), or 0 for no ranker"
                    + " (default: 2).")
    private Integer endFolds;

    @Option(names = "--score-dev", description = "Score the trained model on the dev split (without the speaker stage).")
    private boolean scoreDev;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        if (limit < 0) {
            err.println("whosaid train polnear: --limit must be >= 0");
            return 2;
        }
        PolnearCorpus corpus;
        try {
            corpus = PolnearCorpus.load(data, split);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("whosaid train polnear: " + e.getMessage());
            return 1;
        }
        EvalPolnearCommand.reportProblems(err, corpus.problems(), "corpus problems (skipped)");
        List<TrainingDocument> docs = PolnearTraining.documents(corpus);
        if (limit > 0 && limit < docs.size()) {
            docs = docs.subList(0, limit);
        }
        TrainerOptions options = TrainerOptions.defaults();
        for (FeatureFamily f : without) {
            options = options.without(f);
        }
        options = options.withEpochs(cueEpochs == null ? options.cueEpochs() : cueEpochs,
                roleEpochs == null ? options.roleEpochs() : roleEpochs);
        if (seed != null) {
            options = options.withSeed(seed);
        }
        if (endFolds != null) {
            if (endFolds < 0 || endFolds == 1 || endFolds > 10) {
                err.println("whosaid train polnear: --end-folds must be 0 or 2..10, was " + endFolds);
                return 2;
            }
            options = options.withEndFolds(endFolds);
        }
        long t0 = System.nanoTime();
        LearnedModel model = Trainer.train(docs, options, line -> {
            err.println(line);
            err.flush();
        });
        long trainNanos = System.nanoTime() - t0;
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        o.printf(Locale.ROOT, "trained on %d %s articles in %.1f s; families %s; model %s (%,d bytes)%n",
                docs.size(), split.label(), trainNanos / 1e9, EnumSet.copyOf(model.families().isEmpty()
                        ? EnumSet.noneOf(FeatureFamily.class) : model.families()), out, Files.size(out));
        if (scoreDev) {
            PolnearCorpus dev = PolnearCorpus.load(data, Split.DEV);
            Scores s = PolnearTraining.score(dev, model);
            o.printf(Locale.ROOT, "dev exact F1 source/cue/content: %s / %s / %s (overlap content %.1f)%n",
                    f1(s, Role.SOURCE), f1(s, Role.CUE), f1(s, Role.CONTENT),
                    100 * s.overall().role(Role.CONTENT).overlapF1());
        }
        o.flush();
        return 0;
    }

    private static String f1(Scores s, Role role) {
        Counts c = s.overall().role(role);
        return String.format(Locale.ROOT, "%.1f (P %.1f R %.1f)", 100 * c.exactF1(), 100 * c.exactPrecision(),
                100 * c.exactRecall());
    }
}
