package org.whosaid.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.eval.score.Counts;
import org.whosaid.eval.score.Role;
import org.whosaid.pipeline.Pipeline;
import org.whosaid.pipeline.PipelineOptions;

/**
 * The default finder's exact F1 on PolNeAR dev stays at the published BiLSTM-CRF's level (69.6 /
 * 66.7 / 59.0 on test) or close to it, so that a change that loses quality fails the build.
 * Floors sit a little under the bundled model's figures (72.9 / 70.4 / 59.3), since retraining
 * after a rules change moves them by a few tenths. Fails (does not skip) when the corpus is missing.
 */
class PolnearDevScoresIT {

    private static Path corpusDir() {
        return Path.of(System.getProperty("polnear.dir", "../../shared/data/polnear"));
    }

    @Test
    void defaultFinderKeepsItsDevScores() {
        PolnearCorpus dev = PolnearCorpus.load(corpusDir(), Split.DEV);
        PolnearEvaluation e = PolnearEvaluation.run(dev, Pipeline.create(PipelineOptions.defaults()), List.of());
        assertThat(e.failures()).isEmpty();
        Counts source = e.scores().overall().role(Role.SOURCE);
        Counts cue = e.scores().overall().role(Role.CUE);
        Counts content = e.scores().overall().role(Role.CONTENT);
        assertThat(source.exactF1()).as("source exact F1").isGreaterThanOrEqualTo(0.715);
        assertThat(cue.exactF1()).as("cue exact F1").isGreaterThanOrEqualTo(0.69);
        assertThat(content.exactF1()).as("content exact F1").isGreaterThanOrEqualTo(0.585);
    }
}
