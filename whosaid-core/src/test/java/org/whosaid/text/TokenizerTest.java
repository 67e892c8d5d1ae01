package org.whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(t -> t.text(text)).toList();
    }

    private static Token only(String text, String tokenText) {
        return Tokenizer.tokenize(text).stream().filter(t -> t.text(text).equals(tokenText)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + tokenText + " in " + words(text)));
    }

    @Test
    void keepsExactOffsetsIntoTheOriginalText() {
        String text = "  The mayor\u00a0said:\n\t\u201cGo.\u201d ";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).extracting(t -> t.start(), t -> t.end()).containsExactly(
                tuple(2, 5), tuple(6, 11), tuple(12, 16), tuple(16, 17), tuple(19, 20), tuple(20, 22),
                tuple(22, 23), tuple(23, 24));
        assertThat(tokens).extracting(t -> t.text(text))
                .containsExactly("The", "mayor", "said", ":", "\u201c", "Go", ".", "\u201d");
    }

    @Test
    void tokenTextIsTheSubstringAtItsOffsets() {
        String text = "Gen. Ola Berg, 52, wrote at www.berg.example/blog \u2026 \u201cyes\u201d";
        for (Token t : Tokenizer.tokenize(text)) {
            assertThat(t.text(text)).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.length()).isEqualTo(t.end() - t.start());
        }
    }

    @Test
    void returnsNoTokensForBlankText() {
        assertThat(Tokenizer.tokenize("")).isEmpty();
        assertThat(Tokenizer.tokenize(" \n\t\u00a0\u200b\ufeff\u2029")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"U.S.", "Dr.", "Gen.", "a.m.", "p.m.", "Mr.", "Mrs.", "Sen.", "Jan.", "e.g.", "U.K."})
    void keepsAbbreviationPeriodInsideTheWord(String abbreviation) {
        String text = "Then " + abbreviation + " Lee came";
        assertThat(words(text)).containsExactly("Then", abbreviation, "Lee", "came");
        assertThat(only(text, abbreviation).kind()).isEqualTo(TokenKind.WORD);
    }

    @Test
    void keepsThePeriodOfNoWhenANumberFollows() {
        assertThat(words("Gate No. 5 and Nos. 6, Nov. 3")).containsExactly("Gate", "No.", "5", "and", "Nos.", "6", ",", "Nov.", "3");
    }

    @Test
    void splitsThePeriodOffTheAnswerNo() {
        assertThat(words("\u201cNo.\u201d The answer was No. We left"))
                .containsExactly("\u201c", "No", ".", "\u201d", "The", "answer", "was", "No", ".", "We", "left");
    }

    @Test
    void keepsDottedAbbreviationWholeAtTheEndOfTheText() {
        assertThat(words("She moved to the U.S.")).containsExactly("She", "moved", "to", "the", "U.S.");
    }

    @Test
    void splitsOffThePeriodOfAnOrdinaryWord() {
        assertThat(words("The vote failed. Gen. Lee left.")).containsExactly(
                "The", "vote", "failed", ".", "Gen.", "Lee", "left", ".");
        assertThat(only("The vote failed.", ".").kind()).isEqualTo(TokenKind.TERMINAL);
    }

    @Test
    void keepsInitialsWithTheirPeriods() {
        assertThat(words("J. R. Smith spoke")).containsExactly("J.", "R.", "Smith", "spoke");
    }

    @Test
    void keepsLowercaseAbbreviationOfTimeWhole() {
        assertThat(words("at 9 a.m. sharp")).containsExactly("at", "9", "a.m.", "sharp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.8", "11,000", "2014", "22nd", "1st", "3rd", "4th", "10:30", "3/4", "1990s"})
    void keepsNumbersWhole(String number) {
        String text = "about " + number + " people";
        assertThat(words(text)).containsExactly("about", number, "people");
        assertThat(only(text, number).kind()).isEqualTo(TokenKind.NUMBER);
    }

    @Test
    void splitsTheSentencePeriodOffANumber() {
        assertThat(words("It rose 1.8 in 2014.")).containsExactly("It", "rose", "1.8", "in", "2014", ".");
    }

    @Test
    void splitsTheCommaAfterANumberFromTheNumber() {
        assertThat(words("By 2014, sales hit 11,000, a record")).containsExactly(
                "By", "2014", ",", "sales", "hit", "11,000", ",", "a", "record");
    }

    @Test
    void excludesTheSentencePeriodFromAUrl() {
        String text = "See https://news.example.org/a/b?id=3&x=y. Then go.";
        assertThat(words(text)).startsWith("See", "https://news.example.org/a/b?id=3&x=y", ".", "Then");
        assertThat(only(text, "https://news.example.org/a/b?id=3&x=y").kind()).isEqualTo(TokenKind.URL);
    }

    @Test
    void recognisesUrlsStartingWithWww() {
        String text = "Visit www.example.com, or http://example.net!";
        assertThat(words(text)).containsExactly("Visit", "www.example.com", ",", "or", "http://example.net", "!");
        assertThat(only(text, "www.example.com").kind()).isEqualTo(TokenKind.URL);
        assertThat(only(text, "http://example.net").kind()).isEqualTo(TokenKind.URL);
    }

    @Test
    void endsAUrlAtAQuotationMark() {
        String text = "\u201chttps://example.org/x\u201d";
        assertThat(words(text)).containsExactly("\u201c", "https://example.org/x", "\u201d");
    }

    @Test
    void keepsThreeDotEllipsisAsOneTerminalToken() {
        String text = "Well... maybe";
        assertThat(words(text)).containsExactly("Well", "...", "maybe");
        assertThat(only(text, "...").kind()).isEqualTo(TokenKind.TERMINAL);
    }

    @Test
    void keepsUnicodeEllipsisAsOneTerminalToken() {
        String text = "Well\u2026 maybe";
        assertThat(words(text)).containsExactly("Well", "\u2026", "maybe");
        assertThat(only(text, "\u2026").kind()).isEqualTo(TokenKind.TERMINAL);
    }

    @Test
    void doesNotSwallowAnEllipsisIntoAnAbbreviation() {
        assertThat(words("Ask Dr... no")).containsExactly("Ask", "Dr", "...", "no");
    }

    @Test
    void groupsRunsOfTerminalPunctuation() {
        assertThat(words("Really?! Yes")).containsExactly("Really", "?!", "Yes");
    }

    @Test
    void splitsCurlyPossessive() {
        String text = "Trump\u2019s plan";
        assertThat(words(text)).containsExactly("Trump", "\u2019s", "plan");
        assertThat(only(text, "\u2019s").kind()).isEqualTo(TokenKind.WORD);
    }

    @Test
    void splitsStraightPossessiveAndContractions() {
        assertThat(words("Ann's dog's bone")).containsExactly("Ann", "'s", "dog", "'s", "bone");
        assertThat(words("they're we've I'll she'd I'm")).containsExactly(
                "they", "'re", "we", "'ve", "I", "'ll", "she", "'d", "I", "'m");
    }

    @Test
    void splitsNegativeContractionBeforeTheN() {
        String text = "We don't and can\u2019t";
        assertThat(words(text)).containsExactly("We", "do", "n't", "and", "ca", "n\u2019t");
        assertThat(only(text, "n't").kind()).isEqualTo(TokenKind.WORD);
    }

    @Test
    void splitsPossessiveAfterANumber() {
        assertThat(words("the 1990's hits")).containsExactly("the", "1990", "'s", "hits");
    }

    @Test
    void keepsHyphenatedWordsWhole() {
        assertThat(words("Omar al-Shafi, a well-known ex-minister")).containsExactly(
                "Omar", "al-Shafi", ",", "a", "well-known", "ex-minister");
    }

    @Test
    void keepsApostropheInsideANameWhole() {
        assertThat(words("Sean O\u2019Malley and Dee O'Neill")).containsExactly(
                "Sean", "O\u2019Malley", "and", "Dee", "O'Neill");
    }

    @Test
    void keepsPossessiveApartFromANameWithAnApostrophe() {
        assertThat(words("O\u2019Malley\u2019s view")).containsExactly("O\u2019Malley", "\u2019s", "view");
    }

    @Test
    void leavesPluralPossessiveApostropheAsItsOwnToken() {
        assertThat(words("the Kurds\u2019 land")).containsExactly("the", "Kurds", "\u2019", "land");
    }

    @Test
    void keepsDashesApartFromWords() {
        assertThat(words("yes -- no \u2014 maybe")).containsExactly("yes", "--", "no", "\u2014", "maybe");
    }

    @Test
    void neverSplitsSurrogatePairs() {
        String text = "Wow\ud83d\ude00great \ud83d\udc4d\ud83c\udffd \ud835\udd38x";
        for (Token t : Tokenizer.tokenize(text)) {
            assertThat(Character.isLowSurrogate(text.charAt(t.start())))
                    .as("token %s starts inside a pair", t).isFalse();
            assertThat(Character.isHighSurrogate(text.charAt(t.end() - 1)))
                    .as("token %s ends inside a pair", t).isFalse();
        }
        assertThat(words(text)).contains("\ud83d\ude00", "great");
    }

    @Test
    void makesAnEmojiOneToken() {
        assertThat(words("fine\ud83d\ude00")).containsExactly("fine", "\ud83d\ude00");
    }

    @Test
    void keepsCombiningAccentsInTheWord() {
        assertThat(words("caf\u0065\u0301 ouvert")).containsExactly("caf\u0065\u0301", "ouvert");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u201a",
        "\u2039", "\u203a", "''", "``", "'"})
    void tokenizesEveryQuotationMarkStyleAsAQuoteToken(String mark) {
        String text = "said " + mark + " then";
        assertThat(words(text)).containsExactly("said", mark, "then");
        assertThat(only(text, mark).kind()).isEqualTo(TokenKind.QUOTE);
    }

    @Test
    void splitsQuotationMarksOffTheWordsTheyTouch() {
        String text = "\u201cYes,\u201d \u00abnon\u00bb \u201eja\u201c \u2018ok\u2019 \"no\" ``so''";
        assertThat(words(text)).containsExactly(
                "\u201c", "Yes", ",", "\u201d", "\u00ab", "non", "\u00bb", "\u201e", "ja", "\u201c",
                "\u2018", "ok", "\u2019", "\"", "no", "\"", "``", "so", "''");
        assertThat(Tokenizer.tokenize(text)).filteredOn(t -> !Character.isLetter(text.charAt(t.start())))
                .filteredOn(t -> t.kind() != TokenKind.PUNCT).extracting(Token::kind).containsOnly(TokenKind.QUOTE);
    }

    @Test
    void treatsDoubledApostrophesAsOneQuoteToken() {
        String text = "''Fine,'' he said";
        assertThat(words(text)).containsExactly("''", "Fine", ",", "''", "he", "said");
        assertThat(Tokenizer.tokenize(text).get(0).length()).isEqualTo(2);
    }

    @Test
    void classifiesOtherSymbolsAsPunctuation() {
        String text = "a, b; (c) 5% \u00a9";
        assertThat(Tokenizer.tokenize(text)).filteredOn(t -> t.length() == 1 && !Character.isLetterOrDigit(text.charAt(t.start())))
                .extracting(Token::kind).containsOnly(TokenKind.PUNCT);
    }
}
