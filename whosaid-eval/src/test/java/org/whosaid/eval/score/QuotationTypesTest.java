package org.whosaid.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;

class QuotationTypesTest {

    private static QuoteType type(String text, String content, String cue) {
        int i = text.indexOf(content);
        return QuotationTypes.classify(text, List.of(new Span(i, i + content.length())), cue);
    }

    @Test
    void callsAFullyQuotedContentDirect() {
        String text = "He said: “We are ready.”";
        assertThat(type(text, "“We are ready.”", "said")).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void seesQuotationMarksJustOutsideTheContent() {
        String text = "\"We are ready,\" he said.";
        assertThat(type(text, "We are ready,", "said")).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void callsContentWithQuotedWordsPartial() {
        String text = "He said the plan was \"dead on arrival\" and would fail.";
        assertThat(type(text, "the plan was \"dead on arrival\" and would fail", "said")).isEqualTo(QuoteType.PARTIAL);
    }

    @Test
    void callsTwoQuotedStretchesInOnePiecePartial() {
        String text = "She called it \"bold\" and \"late\".";
        assertThat(type(text, "\"bold\" and \"late\"", "called")).isEqualTo(QuoteType.PARTIAL);
    }

    @Test
    void callsUnquotedContentReported() {
        String text = "Officials said that the road would close.";
        assertThat(type(text, "that the road would close", "said")).isEqualTo(QuoteType.REPORTED);
    }

    @Test
    void callsBeliefCuesBeliefWhateverThePunctuation() {
        String text = "She believes \"the vote is lost.\"";
        assertThat(type(text, "\"the vote is lost.\"", "believes")).isEqualTo(QuoteType.BELIEF);
        assertThat(QuotationTypes.isBeliefCue("is planning to")).isTrue();
        assertThat(QuotationTypes.isBeliefCue("told reporters")).isFalse();
    }
}
