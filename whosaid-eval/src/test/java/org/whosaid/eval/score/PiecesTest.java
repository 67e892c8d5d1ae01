package org.whosaid.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Span;

class PiecesTest {

    private static final String TEXT = "\"We will win,\" she said. \"All of it.\"";

    @Test
    void trimsWhitespaceAndPunctuationAtTheEdges() {
        Pieces p = Pieces.normalized(new Span(0, 14), TEXT);

        assertThat(p.textOf(TEXT)).isEqualTo("We will win");
    }

    @Test
    void keepsPiecesSeparatedByWordsApart() {
        Pieces p = Pieces.normalized(List.of(new Span(0, 14), new Span(25, 37)), TEXT);

        assertThat(p.spans()).hasSize(2);
        assertThat(p.textOf(TEXT)).isEqualTo("We will win … All of it");
    }

    @Test
    void mergesPiecesSeparatedOnlyByPunctuationAndSpaces() {
        String text = "one, two";
        Pieces split = Pieces.normalized(List.of(new Span(0, 3), new Span(5, 8)), text);

        assertThat(split).isEqualTo(Pieces.normalized(new Span(0, 8), text));
    }

    @Test
    void dropsPiecesThatAreOnlyPunctuation() {
        assertThat(Pieces.normalized(new Span(12, 14), TEXT).isEmpty()).isTrue();
    }

    @Test
    void countsOverlapAcrossPieces() {
        Pieces a = new Pieces(List.of(new Span(0, 10), new Span(20, 30)));
        Pieces b = new Pieces(List.of(new Span(5, 25)));

        assertThat(a.overlap(b)).isEqualTo(10);
        assertThat(b.overlap(a)).isEqualTo(10);
    }

    @Test
    void rejectsOverlappingPieces() {
        assertThatThrownBy(() -> new Pieces(List.of(new Span(0, 10), new Span(5, 12))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }
}
