package org.whosaid.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The content-end ranker on hand-made candidates: what it keeps, what it learns, what it never proposes. */
class ContentEndsTest {

    /** Three candidate ends; candidate k carries feature index {@code 10 + k} in every slot. */
    private static ContentEnds.Candidates threeEnds(float... drops) {
        int[] features = new int[3 * ContentEnds.SLOTS];
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < ContentEnds.SLOTS; j++) {
                features[k * ContentEnds.SLOTS + j] = 10 + k;
            }
        }
        return new ContentEnds.Candidates(0, 2, 6, new int[] {4, 6, 9}, drops, features);
    }

    @Test
    void untrainedRankerKeepsTheTaggersOwnEnd() {
        ContentEnds untrained = new ContentEnds(new float[1 << ContentEnds.BITS], 1f);
        assertThat(untrained.choose(threeEnds(-3f, 0f, -1.5f))).isEqualTo(1);
    }

    @Test
    void rankerLearnsAnEndTheTaggerScoresLower() {
        List<ContentEnds.Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new ContentEnds.Example(threeEnds(-2f, 0f, -1f), 2));
        }
        ContentEnds trained = ContentEnds.train(examples, 5, 1L);
        assertThat(trained.choose(threeEnds(-2f, 0f, -1f))).isEqualTo(2);
    }

    @Test
    void contentNeverGrowsIntoTheSourceOrTheCue() {
        // window labels: O O B-content I-content O B-source I-source O ; the cue at position 7
        int[] labels = {0, 0, 3, 4, 0, 1, 2, 0};
        boolean[] cue = {false, false, false, false, false, false, false, true};
        int[] y = new int[labels.length];

        assertThat(ContentEnds.relabel(labels, cue, 2, 4, 5, labels.length, y)).isTrue();
        assertThat(y).containsExactly(0, 0, 3, 4, 4, 1, 2, 0);
        assertThat(ContentEnds.relabel(labels, cue, 2, 4, 6, labels.length, y)).isFalse();
        assertThat(ContentEnds.relabel(labels, new boolean[] {false, false, false, false, true, false, false, false},
                2, 4, 5, labels.length, y)).isFalse();
        assertThat(ContentEnds.relabel(labels, cue, 2, 4, 3, labels.length, y)).isTrue();
        assertThat(y).containsExactly(0, 0, 3, 0, 0, 1, 2, 0);
    }
}
