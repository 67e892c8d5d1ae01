package org.whosaid.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.whosaid.speakers.FirstNameGenders;
import org.whosaid.syntax.ConllReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code whosaid train genders}: learns which first names go with "he" and which with "she" from
 * the coreference chains of {@code DATA/train/corenlp.conll.gz} (copy the file to
 * {@code whosaid-core/src/main/resources/org/whosaid/speakers/first-name-genders.tsv} to ship it).
 */
@Command(name = "genders", mixinStandardHelpOptions = true,
        description = {"Learns the genders of first names, for resolving \"he\" and \"she\" to speakers.",
            "They come from the coreference chains of PolNeAR's CoreNLP annotations. Reproducible: the same",
            "data gives the same file."})
final class TrainGendersCommand implements Callable<Integer> {

    @Mixin
    CorenlpFiles corenlp;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the list")
    Path out;

    @Option(names = "--min-pronouns", paramLabel = "N",
            description = "pronouns a first name needs before it gets a gender (default: ${DEFAULT-VALUE})")
    int minPronouns = 3;

    @Option(names = "--min-share", paramLabel = "S",
            description = "share of those pronouns that must agree (default: ${DEFAULT-VALUE})")
    double minShare = 0.9;

    @Override
    public Integer call() throws IOException {
        Path file = corenlp.file("train", "whosaid train genders");
        if (file == null) {
            return 1;
        }
        if (minPronouns < 1 || !(minShare > 0.5 && minShare <= 1)) {
            System.err.println("whosaid train genders: --min-pronouns must be >= 1 and --min-share in (0.5, 1]");
            return 2;
        }
        FirstNameGenders genders = FirstNameGenders.learn(ConllReader.read(file), minPronouns, minShare);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            genders.write(w);
        }
        System.out.printf("%s: %d first names%n", out, genders.size());
        return 0;
    }
}
