package org.whosaid.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The learner keeps inflected verb forms and leaves adverbs and nouns out. */
class CueWordLearnerTest {

    @Test
    void keepsInflectedVerbForms() {
        assertThat(CueWordLearner.looksLikeInflectedVerb("lamented")).isTrue();
        assertThat(CueWordLearner.looksLikeInflectedVerb("insisting")).isTrue();
        assertThat(CueWordLearner.looksLikeInflectedVerb("argues")).isTrue();
    }

    @Test
    void leavesOutAdverbsNounsAndShortWords() {
        assertThat(CueWordLearner.looksLikeInflectedVerb("publicly")).isFalse();
        assertThat(CueWordLearner.looksLikeInflectedVerb("allegations")).isFalse();
        assertThat(CueWordLearner.looksLikeInflectedVerb("statements")).isFalse();
        assertThat(CueWordLearner.looksLikeInflectedVerb("press")).isFalse();
        assertThat(CueWordLearner.looksLikeInflectedVerb("is")).isFalse();
        assertThat(CueWordLearner.looksLikeInflectedVerb("co-host")).isFalse();
    }
}
