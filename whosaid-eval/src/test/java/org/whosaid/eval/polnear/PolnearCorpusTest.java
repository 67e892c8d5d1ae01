package org.whosaid.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.eval.score.Counts;
import org.whosaid.eval.score.Role;
import org.whosaid.eval.score.Scores;

class PolnearCorpusTest {

    /** Fictional article: two attributions. */
    static final String TEXT = "Port plans\nThe harbour master said the port will reopen. Fishers hope it does.\n";

    static final String MASTER = """
            T1\tSource 11 29\tThe harbour master
            T2\tCue 30 34\tsaid
            T3\tContent 35 55\tthe port will reopen
            E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3
            T4\tSource 57 64\tFishers
            T5\tCue 65 69\thope
            T6\tContent 70 77\tit does
            E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6
            """;

    /** The second annotator agrees on the first attribution and cuts the second one differently. */
    static final String SECOND = """
            T1\tSource 11 29\tThe harbour master
            T2\tCue 30 34\tsaid
            T3\tContent 35 55\tthe port will reopen
            E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3
            T4\tSource 57 64\tFishers
            T5\tCue 65 69\thope
            T6\tContent 73 77\tdoes
            E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6
            """;

    static Path writeCorpus(Path root) throws IOException {
        Files.createDirectories(root.resolve("dev/text"));
        Files.createDirectories(root.resolve("dev/attributions"));
        Files.createDirectories(root.resolve("train/text"));
        Files.createDirectories(root.resolve("train/attributions"));
        Files.writeString(root.resolve("metadata.tsv"),
                "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\n"
                        + "dev\tport-story\t1\tzz01|aa02\tgazette\t2016-05-01\n"
                        + "dev\tlost-story\t1\taa02\tcourier\t2016-05-02\n"
                        + "train\tport-copy\t1\taa02\tcourier\tnot-a-date\n");
        Files.writeString(root.resolve("dev/text/port-story.txt"), TEXT);
        Files.writeString(root.resolve("dev/attributions/port-story_zz01.ann"), MASTER);
        Files.writeString(root.resolve("dev/attributions/port-story_aa02.ann"), SECOND);
        Files.writeString(root.resolve("train/text/port-copy.txt"), TEXT);
        Files.writeString(root.resolve("train/attributions/port-copy_aa02.ann"), SECOND);
        return root;
    }

    @Test
    void takesTheFirstAnnotatorListedInTheMetadataAsGold(@TempDir Path dir) throws IOException {
        PolnearCorpus corpus = PolnearCorpus.load(writeCorpus(dir), Split.DEV);

        assertThat(corpus.articles()).hasSize(1);
        PolnearArticle article = corpus.articles().get(0);
        assertThat(article.gold().annotator()).isEqualTo("zz01");
        assertThat(article.annotations()).extracting(Annotation::annotator).containsExactly("zz01", "aa02");
        assertThat(article.outlet()).isEqualTo("gazette");
        assertThat(article.toArticle().published()).hasToString("2016-05-01");
    }

    @Test
    void reportsMissingFilesAndBadMetadataWithoutStopping(@TempDir Path dir) throws IOException {
        PolnearCorpus corpus = PolnearCorpus.load(writeCorpus(dir), Split.ALL);

        assertThat(corpus.articles()).extracting(PolnearArticle::name).containsExactly("port-story", "port-copy");
        assertThat(corpus.problems()).extracting(Problem::toString)
                .anySatisfy(s -> assertThat(s).startsWith("dev/text/lost-story.txt").contains("missing"))
                .anySatisfy(s -> assertThat(s).startsWith("metadata.tsv:4").contains("not-a-date"));
    }

    @Test
    void failsClearlyWhenTheCorpusIsNotThere(@TempDir Path dir) {
        assertThatThrownBy(() -> PolnearCorpus.load(dir.resolve("nowhere"), Split.DEV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata.tsv");
    }

    @Test
    void measuresAgreementOfTheOtherAnnotatorAgainstTheFirst(@TempDir Path dir) throws IOException {
        PolnearCorpus corpus = PolnearCorpus.load(writeCorpus(dir), Split.DEV);

        Scores agreement = PolnearEvaluation.agreement(corpus.multiplyAnnotated());

        Counts content = agreement.overall().role(Role.CONTENT);
        assertThat(agreement.documents()).isEqualTo(1);
        assertThat(content.gold()).isEqualTo(2);
        assertThat(content.predicted()).isEqualTo(2);
        assertThat(content.exactGold()).isEqualTo(1);
        assertThat(content.exactF1()).isEqualTo(0.5);
        // "does" covers 4 of the 7 characters of "it does" and lies wholly inside it
        assertThat(content.overlapRecall()).isEqualTo((1 + 4.0 / 7) / 2);
        assertThat(content.overlapPrecision()).isEqualTo(1.0);
        assertThat(agreement.overall().role(Role.SOURCE).exactF1()).isEqualTo(1.0);
        assertThat(agreement.overall().attributions().overlapRecall()).isEqualTo(1.0);
    }
}
