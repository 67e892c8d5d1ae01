package org.whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whosaid.model.Span;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return SentenceSplitter.split(text, tokens).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void returnsNoSentencesForBlankText() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("  \n ")).isEmpty();
    }

    @Test
    void keepsTextWithoutTerminalPunctuationAsOneSentence() {
        assertThat(sentences("the council met on Monday")).containsExactly("the council met on Monday");
    }

    @Test
    void splitsAtPeriodFollowedByCapital() {
        assertThat(sentences("The council met. It voted twice."))
                .containsExactly("The council met.", "It voted twice.");
    }

    @Test
    void splitsAtQuestionAndExclamationMarks() {
        assertThat(sentences("Who won? Nobody knows! Pia laughed."))
                .containsExactly("Who won?", "Nobody knows!", "Pia laughed.");
    }

    @Test
    void splitsBeforeADigitOrAnOpeningQuote() {
        assertThat(sentences("The vote failed. 42 members abstained. \u201cShame,\u201d one said."))
                .containsExactly("The vote failed.", "42 members abstained.", "\u201cShame,\u201d one said.");
    }

    @Test
    void doesNotSplitAtPeriodFollowedByLowercase() {
        assertThat(sentences("The rate is 3 pct. per year now.")).containsExactly("The rate is 3 pct. per year now.");
    }

    @Test
    void doesNotSplitInsideWordsOrNumbers() {
        assertThat(sentences("Growth was 1.8 percent at www.stats.example today."))
                .containsExactly("Growth was 1.8 percent at www.stats.example today.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dr.", "Mr.", "Mrs.", "Gen.", "Sen.", "Prof.", "Gov.", "St."})
    void doesNotSplitAfterATitleAbbreviation(String title) {
        String text = "Yesterday " + title + " Smith said hello.";
        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void doesNotSplitAfterInitials() {
        assertThat(sentences("The author J. R. Smith signed it.")).containsExactly("The author J. R. Smith signed it.");
    }

    @Test
    void doesNotSplitAfterAbbreviationFollowedByANameOrNoun() {
        assertThat(sentences("The U.S. Army left at 9 a.m. Monday."))
                .containsExactly("The U.S. Army left at 9 a.m. Monday.");
    }

    @Test
    void splitsAfterAbbreviationFollowedByATypicalSentenceOpener() {
        assertThat(sentences("She moved to the U.S. The move was quick."))
                .containsExactly("She moved to the U.S.", "The move was quick.");
    }

    @Test
    void splitsAfterAbbreviationThatEndsAQuotation() {
        assertThat(sentences("\u201cI grew up in the U.S.\u201d Then he left."))
                .containsExactly("\u201cI grew up in the U.S.\u201d", "Then he left.");
    }

    @Test
    void splitsAfterAbbreviationFollowedByAnOpeningQuote() {
        assertThat(sentences("The hall opened at 9 a.m. \u201cIt was full,\u201d a guard said."))
                .containsExactly("The hall opened at 9 a.m.", "\u201cIt was full,\u201d a guard said.");
    }

    @Test
    void splitsBeforeATitleThatStartsTheNextSentence() {
        assertThat(sentences("He left early. Mr. Smith stayed.")).containsExactly("He left early.", "Mr. Smith stayed.");
    }

    @Test
    void keepsAClosingQuoteWithTheSentenceItEnds() {
        assertThat(sentences("He said: \u201cWe stay.\u201d Then he left."))
                .containsExactly("He said: \u201cWe stay.\u201d", "Then he left.");
    }

    @Test
    void keepsStraightClosingQuoteAndBracketWithTheSentence() {
        assertThat(sentences("She wrote \"Enough.\" Then (she said so.) Later she left."))
                .containsExactly("She wrote \"Enough.\"", "Then (she said so.)", "Later she left.");
    }

    @Test
    void keepsNestedClosingQuotesWithTheSentence() {
        assertThat(sentences("\u201cHe told me \u2018Go.\u2019\u201d Then we left."))
                .containsExactly("\u201cHe told me \u2018Go.\u2019\u201d", "Then we left.");
    }

    @Test
    void doesNotSplitWhenTheQuotationGoesOnWithAComma() {
        assertThat(sentences("\u201cWe stay,\u201d he said. \u201cWe fight.\u201d"))
                .containsExactly("\u201cWe stay,\u201d he said.", "\u201cWe fight.\u201d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\n\n", "\u2029", "\u2028"})
    void alwaysEndsASentenceAtALineBreak(String lineBreak) {
        String text = "Storm hits the coast" + lineBreak + "by Ann Lee" + lineBreak + "the roads are closed";
        assertThat(sentences(text)).containsExactly("Storm hits the coast", "by Ann Lee", "the roads are closed");
    }

    @Test
    void endsASentenceAtALineBreakEvenAfterAnAbbreviation() {
        assertThat(sentences("Photo: Dr.\nMore text here")).containsExactly("Photo: Dr.", "More text here");
    }

    @Test
    void doesNotSplitAtEllipsisFollowedByLowercase() {
        assertThat(sentences("He paused... and then went on.")).containsExactly("He paused... and then went on.");
        assertThat(sentences("He paused\u2026 and then went on.")).containsExactly("He paused\u2026 and then went on.");
    }

    @Test
    void splitsAtEllipsisFollowedByCapital() {
        assertThat(sentences("He paused... Then he went on.")).containsExactly("He paused...", "Then he went on.");
    }

    @Test
    void doesNotSplitWhenNoSpaceFollowsThePeriod() {
        assertThat(sentences("See file.Txt now.")).containsExactly("See file.Txt now.");
    }

    @Test
    void coversEveryTokenExactlyOnceInOrder() {
        String text = "One. Two!\nThree? \u201cFour.\u201d Five";
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        assertThat(sentences).extracting(Sentence::firstToken).containsExactly(0, 2, 4, 6, 10);
        assertThat(sentences).extracting(Sentence::endToken).containsExactly(2, 4, 6, 10, 11);
        assertThat(sentences).extracting(Sentence::tokenCount).containsExactly(2, 2, 2, 4, 1);
        assertThat(sentences.get(3).span()).isEqualTo(new Span(text.indexOf('\u201c'), text.indexOf('\u201d') + 1));
    }

    @Test
    void capsTheLengthOfARunOnSentence() {
        String text = "word ".repeat(SentenceSplitter.MAX_TOKENS * 2 + 10);
        List<Sentence> sentences = SentenceSplitter.split(text, Tokenizer.tokenize(text));
        assertThat(sentences).hasSize(3);
        assertThat(sentences).allSatisfy(s -> assertThat(s.tokenCount()).isLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS));
    }

    @Test
    void rejectsSentenceWithoutTokens() {
        assertThatThrownBy(() -> new Sentence(new Span(0, 0), 3, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3,3)");
    }
}
