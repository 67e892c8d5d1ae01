package org.whosaid;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Span;

/** The contract helper must catch each violation it claims to check, or the contract tests prove nothing. */
class SpanContractTest {

    private static final String TEXT = "Ann said hi.";
    private static final String EMOJI = "a\ud83d\ude00b";

    @Test
    void rejectsSpanPastTheEnd() {
        assertThatThrownBy(() -> SpanContract.assertInside(TEXT, List.of(new Span(4, 13)), "token"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not inside");
    }

    @Test
    void rejectsEmptySpan() {
        assertThatThrownBy(() -> SpanContract.assertNonEmpty(TEXT, List.of(new Span(3, 3)), "token"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("empty");
    }

    @Test
    void rejectsSpanCuttingASurrogatePair() {
        assertThatThrownBy(() -> SpanContract.assertNoSplitSurrogates(EMOJI, List.of(new Span(0, 2)), "token"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> SpanContract.assertNoSplitSurrogates(EMOJI, List.of(new Span(2, 4)), "token"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("surrogate");
        assertThatCode(() -> SpanContract.assertNoSplitSurrogates(EMOJI, List.of(new Span(1, 3)), "token"))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsStartsGoingBackwards() {
        assertThatThrownBy(() -> SpanContract.assertSortedByStart(TEXT, List.of(new Span(4, 8), new Span(0, 3)), "quote"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("starts before");
    }

    @Test
    void rejectsOverlapAmongDisjointSpans() {
        assertThatThrownBy(() -> SpanContract.assertSortedNonOverlapping(TEXT, List.of(new Span(0, 5), new Span(4, 8)), "token"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("overlaps");
        assertThatCode(() -> SpanContract.assertSortedNonOverlapping(TEXT, List.of(new Span(0, 4), new Span(4, 8)), "token"))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsCrossingButAcceptsNestedSpans() {
        assertThatThrownBy(() -> SpanContract.assertNestedOrDisjoint(TEXT, List.of(new Span(0, 6), new Span(4, 10)), "quote"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("cross");
        assertThatCode(() -> SpanContract.assertNestedOrDisjoint(TEXT, List.of(new Span(0, 10), new Span(4, 8)), "quote"))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsPieceOutsideItsOuterSpan() {
        assertThatThrownBy(() -> SpanContract.assertAllInside(TEXT, new Span(0, 5), List.of(new Span(1, 6)), "piece"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("outside");
    }

    @Test
    void rejectsTokenLeftOutOfEverySentenceOrInTwo() {
        List<Span> tokens = List.of(new Span(0, 3), new Span(4, 8), new Span(9, 11));
        assertThatThrownBy(() -> SpanContract.assertCoverEachExactlyOnce(TEXT, tokens,
                List.of(new Span(0, 3), new Span(9, 12)), "sentences"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not inside any group");
        assertThatThrownBy(() -> SpanContract.assertCoverEachExactlyOnce(TEXT, tokens,
                List.of(new Span(0, 6), new Span(5, 12)), "sentences"))
                .isInstanceOf(AssertionError.class);
        assertThatCode(() -> SpanContract.assertCoverEachExactlyOnce(TEXT, tokens,
                List.of(new Span(0, 8), new Span(9, 12)), "sentences"))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsDroppedCharacters() {
        assertThatThrownBy(() -> SpanContract.assertGapsAreWhitespace(TEXT, List.of(new Span(0, 3), new Span(4, 8)), "tokens"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("drop");
        assertThatCode(() -> SpanContract.assertGapsAreWhitespace(TEXT,
                List.of(new Span(0, 3), new Span(4, 8), new Span(9, 11), new Span(11, 12)), "tokens"))
                .doesNotThrowAnyException();
    }

    @Test
    void escapesInvisibleCharactersInMessages() {
        org.assertj.core.api.Assertions.assertThat(SpanContract.escape("a\n\u201c", 10)).isEqualTo("a\\u000a\\u201c");
    }
}
