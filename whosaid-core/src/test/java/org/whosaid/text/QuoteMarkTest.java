package org.whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.text.QuoteMark.Direction;
import org.whosaid.text.QuoteMark.Family;

class QuoteMarkTest {

    static Stream<Arguments> marks() {
        return Stream.of(
                Arguments.of("\"", QuoteMark.STRAIGHT_DOUBLE, Family.DOUBLE, Direction.EITHER),
                Arguments.of("\uff02", QuoteMark.STRAIGHT_DOUBLE, Family.DOUBLE, Direction.EITHER),
                Arguments.of("'", QuoteMark.STRAIGHT_SINGLE, Family.SINGLE, Direction.EITHER),
                Arguments.of("\u201c", QuoteMark.LEFT_DOUBLE, Family.DOUBLE, Direction.OPEN),
                Arguments.of("\u201f", QuoteMark.LEFT_DOUBLE, Family.DOUBLE, Direction.OPEN),
                Arguments.of("\u301d", QuoteMark.LEFT_DOUBLE, Family.DOUBLE, Direction.OPEN),
                Arguments.of("\u201d", QuoteMark.RIGHT_DOUBLE, Family.DOUBLE, Direction.CLOSE),
                Arguments.of("\u301e", QuoteMark.RIGHT_DOUBLE, Family.DOUBLE, Direction.CLOSE),
                Arguments.of("\u2018", QuoteMark.LEFT_SINGLE, Family.SINGLE, Direction.OPEN),
                Arguments.of("\u201b", QuoteMark.LEFT_SINGLE, Family.SINGLE, Direction.OPEN),
                Arguments.of("\u2019", QuoteMark.RIGHT_SINGLE, Family.SINGLE, Direction.CLOSE),
                Arguments.of("\u201e", QuoteMark.LOW_DOUBLE, Family.DOUBLE, Direction.OPEN),
                Arguments.of("\u201a", QuoteMark.LOW_SINGLE, Family.SINGLE, Direction.OPEN),
                Arguments.of("\u00ab", QuoteMark.LEFT_GUILLEMET, Family.DOUBLE, Direction.OPEN),
                Arguments.of("\u00bb", QuoteMark.RIGHT_GUILLEMET, Family.DOUBLE, Direction.CLOSE),
                Arguments.of("\u2039", QuoteMark.LEFT_SINGLE_GUILLEMET, Family.SINGLE, Direction.OPEN),
                Arguments.of("\u203a", QuoteMark.RIGHT_SINGLE_GUILLEMET, Family.SINGLE, Direction.CLOSE),
                Arguments.of("``", QuoteMark.DOUBLE_BACKTICK, Family.DOUBLE, Direction.OPEN),
                Arguments.of("''", QuoteMark.DOUBLED_APOSTROPHE, Family.DOUBLE, Direction.EITHER));
    }

    @ParameterizedTest
    @MethodSource("marks")
    void namesTheMarkItsTokenSpells(String mark, QuoteMark expected, Family family, Direction direction) {
        String text = "x " + mark + " y";
        Token token = Tokenizer.tokenize(text).get(1);
        assertThat(token.kind()).isEqualTo(TokenKind.QUOTE);
        assertThat(QuoteMark.of(text, token)).isEqualTo(expected);
        assertThat(expected.family()).isEqualTo(family);
        assertThat(expected.direction()).isEqualTo(direction);
        for (char c : mark.toCharArray()) {
            assertThat(QuoteMark.isQuoteChar(c)).as("isQuoteChar(U+%04X)", (int) c).isTrue();
        }
    }

    @Test
    void everyMarkIsSpelledBySomeCharacter() {
        assertThat(marks().map(a -> (QuoteMark) a.get()[1])).containsExactlyInAnyOrder(
                Stream.concat(Stream.of(QuoteMark.values()), Stream.of(QuoteMark.STRAIGHT_DOUBLE, QuoteMark.LEFT_DOUBLE,
                        QuoteMark.LEFT_DOUBLE, QuoteMark.RIGHT_DOUBLE, QuoteMark.LEFT_SINGLE)).toArray(QuoteMark[]::new));
    }

    @Test
    void aLoneBacktickIsNoMark() {
        String text = "a ` b";
        Token token = Tokenizer.tokenize(text).get(1);
        assertThat(QuoteMark.of(text, token)).isNull();
    }

    @Test
    void lettersDigitsAndOtherPunctuationAreNotQuoteCharacters() {
        for (char c : "aZ09.,;:!?-()\u2014\u2026\u00b4\u2032\u2033".toCharArray()) {
            assertThat(QuoteMark.isQuoteChar(c)).as("isQuoteChar(U+%04X)", (int) c).isFalse();
        }
    }
}
