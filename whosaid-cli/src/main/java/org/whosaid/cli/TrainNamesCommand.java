package org.whosaid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.syntax.ConllReader;
import org.whosaid.syntax.ConllSentence;
import org.whosaid.syntax.NameTagger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code whosaid train names}: trains the name tagger on the named-entity column of
 * {@code DATA/train/corenlp.conll.gz} (copy the file to
 * {@code whosaid-core/src/main/resources/org/whosaid/syntax/name-tagger.bin} to ship it).
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Trains the name tagger (person, organisation, place) of the speaker stage.",
            "It learns from the named-entity tags of PolNeAR's CoreNLP annotations. Reproducible: the same data",
            "gives the same bytes."})
final class TrainNamesCommand implements Callable<Integer> {

    @Mixin
    CorenlpFiles corenlp;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path file = corenlp.file("train", "whosaid train names");
        if (file == null) {
            return 1;
        }
        long t0 = System.nanoTime();
        List<ConllSentence> sentences = ConllReader.sentences(file);
        long t1 = System.nanoTime();
        NameTagger tagger = NameTagger.train(sentences, NameTagger.defaultOptions());
        long t2 = System.nanoTime();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            tagger.write(o);
        }
        System.out.printf("read %d sentences in %.1f s; trained in %.1f s%n%s: %,d bytes, %,d features%n",
                sentences.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, out, Files.size(out), tagger.featureCount());
        return 0;
    }
}
