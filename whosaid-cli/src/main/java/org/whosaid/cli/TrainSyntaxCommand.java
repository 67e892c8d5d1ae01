package org.whosaid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.syntax.ConllReader;
import org.whosaid.syntax.ConllSentence;
import org.whosaid.syntax.DependencyParser;
import org.whosaid.syntax.ParserTrainer;
import org.whosaid.syntax.PosTagger;
import org.whosaid.syntax.SyntaxTrainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whosaid train syntax}: trains the tagger and parser on {@code DATA/train/corenlp.conll.gz}
 * and writes {@code pos-tagger.bin} and {@code dependency-parser.bin} to the output directory (copy
 * them to {@code whosaid-core/src/main/resources/org/whosaid/syntax/} to ship them).
 */
@Command(name = "syntax", mixinStandardHelpOptions = true,
        description = "Trains the part-of-speech tagger and dependency parser on PolNeAR's CoreNLP annotations.")
final class TrainSyntaxCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "PolNeAR directory holding train/corenlp.conll.gz")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the models")
    Path out;

    @Option(names = "--max-sentences", paramLabel = "N",
            description = "train on the first N sentences only (quick runs); default: all")
    int maxSentences = Integer.MAX_VALUE;

    @Option(names = "--beam-width", paramLabel = "N",
            description = "parser beam width, stored in the model (1 = greedy); default: ${DEFAULT-VALUE}")
    int beamWidth = ParserTrainer.Options.defaults().beamWidth();

    @Option(names = "--one-direction",
            description = "train the first voter only, the left-to-right parser, without the others that vote"
                    + " with it (a fraction of the training and parsing time, a weaker parse)")
    boolean oneDirection;

    @Option(names = "--voters", split = ",", paramLabel = "forward|reversed:SEED",
            description = "the parsers that vote, each a reading direction and a shuffle seed (the first also"
                    + " parses sentences over 250 tokens alone); default: ${DEFAULT-VALUE}")
    List<String> voters = ParserTrainer.Options.defaults().voters().stream().map(Object::toString).toList();

    @Option(names = "--threads", paramLabel = "N",
            description = "threads for the tagger trainings, then for the parser's voters (one voter per thread;"
                    + " the models are the same for any count); default: ${DEFAULT-VALUE}")
    int threads = SyntaxTrainer.Options.defaults().threads();

    @Override
    public Integer call() throws IOException {
        Path file = CorenlpFiles.of(data, "train", "whosaid train syntax");
        if (file == null) {
            return 1;
        }
        long t0 = System.nanoTime();
        List<ConllSentence> sentences = ConllReader.sentences(file);
        if (sentences.size() > maxSentences) {
            sentences = sentences.subList(0, Math.max(1, maxSentences));
        }
        SyntaxTrainer.Options defaults = SyntaxTrainer.Options.defaults();
        ParserTrainer.Options p = defaults.parser();
        SyntaxTrainer.Options options;
        try {
            List<ParserTrainer.Voter> chosen = voters.stream().map(ParserTrainer.Voter::parse).toList();
            options = new SyntaxTrainer.Options(defaults.tagger(),
                    new ParserTrainer.Options(p.epochs(), p.prune(), p.labelPrune(), beamWidth,
                            oneDirection ? chosen.subList(0, 1) : chosen),
                    defaults.folds(), threads);
        } catch (IllegalArgumentException e) {
            System.err.println("whosaid: " + e.getMessage());
            return 2;
        }
        long t1 = System.nanoTime();
        SyntaxTrainer.Models models = new SyntaxTrainer(options).train(sentences);
        long t2 = System.nanoTime();
        Files.createDirectories(out);
        Path taggerFile = out.resolve("pos-tagger.bin");
        Path parserFile = out.resolve("dependency-parser.bin");
        write(models.tagger(), taggerFile);
        write(models.parser(), parserFile);
        System.out.printf("read %d sentences in %.1f s; trained in %.1f s (%d non-projective sentences skipped)%n",
                sentences.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, models.skippedSentences());
        System.out.printf("%s: %,d bytes, %,d features%n", taggerFile, Files.size(taggerFile),
                models.tagger().featureCount());
        System.out.printf("%s: %,d bytes, %,d features, %d voters%n", parserFile, Files.size(parserFile),
                models.parser().featureCount(), models.parser().voterCount());
        return 0;
    }

    private static void write(PosTagger tagger, Path file) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            tagger.write(o);
        }
    }

    private static void write(DependencyParser parser, Path file) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            parser.write(o);
        }
    }
}
