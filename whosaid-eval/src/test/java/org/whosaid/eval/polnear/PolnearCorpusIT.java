package org.whosaid.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.whosaid.eval.score.Attribution;
import org.whosaid.eval.score.Role;
import org.whosaid.model.Span;

/**
 * Reads every train and dev text and annotation of the real corpus. Fails (does not skip) when the
 * corpus is missing: it lives in ../shared/data/polnear next to the repository, or wherever the
 * system property {@code polnear.dir} points.
 */
class PolnearCorpusIT {

    private static Path corpusDir() {
        return Path.of(System.getProperty("polnear.dir", "../../shared/data/polnear"));
    }

    @Test
    void readsEveryTrainAndDevArticleWithItsAnnotations() {
        PolnearCorpus corpus = PolnearCorpus.load(corpusDir(), Split.ALL);

        assertThat(corpus.articles()).hasSize(840 + 84);
        assertThat(corpus.articles().stream().filter(a -> a.split().equals("dev"))).hasSize(84);
        assertThat(corpus.multiplyAnnotated()).hasSizeGreaterThanOrEqualTo(10);
        long attributions = corpus.articles().stream().mapToLong(a -> a.gold().attributions().size()).sum();
        assertThat(attributions).isGreaterThan(20_000);
        // the corpus's own quirks (notes, empty events, a few orphan spans) are reported, not fatal;
        // but no span may fall outside its text and no file may be missing or unreadable
        assertThat(corpus.problems()).extracting(Problem::message)
                .noneMatch(m -> m.contains("outside the text") || m.contains("missing") || m.contains("UTF-8"))
                .hasSizeLessThan(200);
        for (PolnearArticle a : corpus.articles()) {
            for (Annotation ann : a.annotations()) {
                for (Attribution at : ann.attributions()) {
                    for (Role r : Role.values()) {
                        for (Span s : at.role(r).spans()) {
                            assertThat(s.end()).as("%s in %s", s, ann.file()).isLessThanOrEqualTo(a.text().length());
                        }
                    }
                }
            }
        }
    }
}
