package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The bundled models against the PolNeAR dev annotations. Fails (does not skip) when the data is
 * missing. Thresholds are the figures the shipped models reach, so a worse model fails here.
 */
class SyntaxModelsIT {

    static Path devFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/polnear/dev/corenlp.conll.gz");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("PolNeAR dev annotations not found: expected ../shared/data/polnear/dev/corenlp.conll.gz"
                + " next to the project");
    }

    @Test
    void bundledModelsReachTheirDevFigures() throws IOException {
        List<ConllSentence> dev = new ArrayList<>();
        for (ConllArticle a : ConllReader.read(devFile())) {
            dev.addAll(a.sentences());
        }
        assertThat(dev).hasSizeGreaterThan(3000);
        SyntaxEvaluation.Scores s = SyntaxEvaluation.score(PosTagger.bundled(), DependencyParser.bundled(), dev);
        assertThat(s.tagAccuracy()).as("tagging accuracy").isGreaterThanOrEqualTo(0.980);
        // the target is 88% UAS; the bundled models give 98.22% / 88.06% / 85.25%
        assertThat(s.uasNoPunct()).as("UAS without punctuation").isGreaterThanOrEqualTo(0.880);
        assertThat(s.lasNoPunct()).as("LAS without punctuation").isGreaterThanOrEqualTo(0.851);
    }

    @Test
    void bundledNameTaggerReachesItsDevFigures() throws IOException {
        List<ConllSentence> dev = new ArrayList<>();
        for (ConllArticle a : ConllReader.read(devFile())) {
            dev.addAll(a.sentences());
        }
        NameTaggerEvaluation.Scores s = NameTaggerEvaluation.score(NameTagger.bundled(), dev);
        assertThat(s.accuracy()).as("word accuracy").isGreaterThanOrEqualTo(0.985);
        assertThat(s.perKind().get(NameTagger.NameKind.PERSON).f1()).as("person F1").isGreaterThanOrEqualTo(0.90);
        assertThat(s.perKind().get(NameTagger.NameKind.LOCATION).f1()).as("place F1").isGreaterThanOrEqualTo(0.88);
        assertThat(s.perKind().get(NameTagger.NameKind.ORGANIZATION).f1()).as("organisation F1").isGreaterThanOrEqualTo(0.70);
    }
}
