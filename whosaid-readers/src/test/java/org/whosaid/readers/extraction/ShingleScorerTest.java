package org.whosaid.readers.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    @Test
    void tokenizesLikePythonsUnicodeWordPattern() {
        assertThat(ShingleScorer.tokens("Zoë's café_2, 東京タワー! ½ price")).containsExactly(
                "Zoë", "s", "café_2", "東京タワー", "½", "price");
    }

    @Test
    void countsShinglesWithMultiplicity() {
        ShingleScorer.PageScore s = ShingleScorer.score("a b c d a b c d", "a b c d");
        // truth shingles: abcd x2, bcda, cdab, dabc; prediction: abcd
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isZero();
        assertThat(s.fn()).isEqualTo(4);
    }

    @Test
    void treatsShortTextsAsOneShorterShingle() {
        assertThat(ShingleScorer.score("two words", "two words").tp()).isEqualTo(1);
    }

    @Test
    void averagesPrecisionOverNonEmptyPredictionsAndRecallOverAllPages() {
        ShingleScorer.Summary s = ShingleScorer.summarize(List.of(
                ShingleScorer.score("one two three four five", "one two three four five"),
                ShingleScorer.score("one two three four five", "")));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
