package org.whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.model.Span;

class QuotePairerTest {

    private static List<QuotedSpan> pair(String text) {
        return QuotePairer.pair(text, Tokenizer.tokenize(text));
    }

    /** The quoted text of each span, pieces joined by " | ". */
    private static List<String> quoted(String text) {
        return pair(text).stream()
                .map(q -> String.join(" | ", q.pieces().stream().map(p -> p.of(text)).toList()))
                .toList();
    }

    private static QuotedSpan single(String text) {
        List<QuotedSpan> spans = pair(text);
        assertThat(spans).as("quoted spans of %s", text).hasSize(1);
        return spans.get(0);
    }

    @Test
    void findsNothingWithoutQuotationMarks() {
        assertThat(pair("The council met on Monday. It voted.")).isEmpty();
        assertThat(pair("")).isEmpty();
    }

    @Test
    void pairsCurlyDoubleQuotes() {
        String text = "She said \u201cwe will rebuild the bridge\u201d on Monday.";
        QuotedSpan q = single(text);
        assertThat(q.outer().of(text)).isEqualTo("\u201cwe will rebuild the bridge\u201d");
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("we will rebuild the bridge");
        assertThat(q.closed()).isTrue();
        assertThat(q.depth()).isZero();
        assertThat(q.family()).isEqualTo(QuoteMark.Family.DOUBLE);
        assertThat(q.spansParagraphs()).isFalse();
        assertThat(q.content()).isEqualTo(q.pieces().get(0));
    }

    @Test
    void pairsConsecutiveQuotationsSeparately() {
        String text = "\u201cWe stay,\u201d he said. \u201cWe fight.\u201d";
        assertThat(quoted(text)).containsExactly("We stay,", "We fight.");
        assertThat(pair(text)).allSatisfy(q -> assertThat(q.closed()).isTrue());
    }

    @Test
    void trimsSpacesInsideTheMarksFromThePiece() {
        String text = "\u201c  padded words \u201d";
        QuotedSpan q = single(text);
        assertThat(q.pieces()).containsExactly(new Span(3, 15));
        assertThat(q.outer()).isEqualTo(new Span(0, text.length()));
    }

    @Test
    void pairsStraightDoubleQuotesByContext() {
        String text = "He called it \"a disgrace\" and \"a shame\".";
        assertThat(quoted(text)).containsExactly("a disgrace", "a shame");
    }

    @Test
    void pairsStraightSingleQuotesByContext() {
        String text = "The sign read 'closed today' in red.";
        QuotedSpan q = single(text);
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("closed today");
        assertThat(q.family()).isEqualTo(QuoteMark.Family.SINGLE);
    }

    @Test
    void pairsCurlySingleQuotes() {
        assertThat(quoted("The note said \u2018back soon\u2019, nothing more.")).containsExactly("back soon");
    }

    @Test
    void nestsSingleQuotesInsideDoubleQuotesWithDepth() {
        String text = "\u201cHe told me \u2018never again\u2019 twice,\u201d she said.";
        List<QuotedSpan> spans = pair(text);
        assertThat(spans).hasSize(2);
        QuotedSpan outer = spans.get(0);
        QuotedSpan inner = spans.get(1);
        assertThat(outer.pieces()).extracting(p -> p.of(text)).containsExactly("He told me \u2018never again\u2019 twice,");
        assertThat(outer.depth()).isZero();
        assertThat(inner.pieces()).extracting(p -> p.of(text)).containsExactly("never again");
        assertThat(inner.depth()).isEqualTo(1);
        assertThat(inner.family()).isEqualTo(QuoteMark.Family.SINGLE);
        assertThat(outer.outer().contains(inner.outer())).isTrue();
    }

    @Test
    void nestsStraightSingleInsideStraightDouble() {
        String text = "\"They shouted 'go home' at us,\" she said.";
        assertThat(pair(text)).extracting(QuotedSpan::depth).containsExactly(0, 1);
        assertThat(quoted(text)).containsExactly("They shouted 'go home' at us,", "go home");
    }

    @Test
    void pairsClosingMarkMisplacedAfterCommaAndSpace() {
        String text = "\u201cWe will not let them into our country, \u201dthe head of the White House emphasized.";
        QuotedSpan q = single(text);
        assertThat(q.closed()).isTrue();
        assertThat(q.outer().start()).isZero();
        assertThat(q.outer().end()).isEqualTo(text.indexOf('\u201d') + 1);
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("We will not let them into our country,");
    }

    @Test
    void pairsClosingMarkStandingAloneBetweenSpaces() {
        String text = "\u201cThe border stays shut, \u201d the minister said.";
        QuotedSpan q = single(text);
        assertThat(q.closed()).isTrue();
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("The border stays shut,");
    }

    @Test
    void nestsThreeLevelsWithIncreasingDepth() {
        String text = "\u201cA \u2018B \u201cC\u201d B\u2019 A,\u201d she said.";
        assertThat(pair(text)).extracting(QuotedSpan::depth).containsExactly(0, 1, 2);
        assertThat(quoted(text)).containsExactly("A \u2018B \u201cC\u201d B\u2019 A,", "B \u201cC\u201d B", "C");
    }

    @Test
    void keepsContractionsInsideStraightSingleQuotes() {
        assertThat(quoted("She said: 'I don't know, it's late.'")).containsExactly("I don't know, it's late.");
    }

    @Test
    void keepsPluralPossessiveInsideSingleQuotesFromClosingThem() {
        String text = "\u2018We defend the Kurds\u2019 land,\u2019 he said.";
        assertThat(quoted(text)).containsExactly("We defend the Kurds\u2019 land,");
    }

    @Test
    void doesNotTreatElisionApostrophesAsQuotes() {
        assertThat(pair("In the \u201990s, rock \u2019n\u2019 roll ruled the charts.")).isEmpty();
        assertThat(quoted("'Tis the season, he said 'fine' today.")).containsExactly("fine");
    }

    @Test
    void pairsGermanLowAndHighQuotes() {
        String text = "Sie sagte: \u201eWir schaffen das\u201c, und ging.";
        QuotedSpan q = single(text);
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("Wir schaffen das");
        assertThat(q.closed()).isTrue();
        assertThat(q.outer().of(text)).isEqualTo("\u201eWir schaffen das\u201c");
    }

    @Test
    void pairsGermanSingleLowQuotesInsideDouble() {
        String text = "\u201eEr rief \u201aHalt\u2018 und lief\u201c, sagte sie.";
        assertThat(quoted(text)).containsExactly("Er rief \u201aHalt\u2018 und lief", "Halt");
        assertThat(pair(text)).extracting(QuotedSpan::depth).containsExactly(0, 1);
    }

    @Test
    void pairsFrenchGuillemetsWithInnerSpaces() {
        String text = "Il a dit \u00ab Nous resterons ici \u00bb hier.";
        QuotedSpan q = single(text);
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("Nous resterons ici");
        assertThat(q.outer().of(text)).isEqualTo("\u00ab Nous resterons ici \u00bb");
    }

    @Test
    void pairsSingleGuillemets() {
        assertThat(quoted("Elle a dit \u2039 non \u203a.")).containsExactly("non");
    }

    @Test
    void pairsSwedishRightDoubleQuotesOnBothSides() {
        String text = "Han sa \u201dVi stannar h\u00e4r\u201d till pressen.";
        QuotedSpan q = single(text);
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("Vi stannar h\u00e4r");
        assertThat(q.closed()).isTrue();
    }

    @Test
    void pairsDanishReversedGuillemets() {
        assertThat(quoted("Hun sagde \u00bbvi bliver\u00ab i g\u00e5r.")).containsExactly("vi bliver");
    }

    @Test
    void pairsDoubledApostrophesAndBackticks() {
        assertThat(quoted("''Fine,'' said one. ``Fine,'' said the other."))
                .containsExactly("Fine,", "Fine,");
    }

    @Test
    void doesNotTreatPluralPossessiveApostropheAsAQuote() {
        assertThat(pair("They defend the Kurds\u2019 land and the Kurds' rights.")).isEmpty();
    }

    @Test
    void doesNotTreatContractionsOrPossessivesAsQuotes() {
        assertThat(pair("Trump\u2019s aides don\u2019t know O\u2019Malley. It's Ann's.")).isEmpty();
    }

    @Test
    void keepsPossessiveInsideSingleQuotesFromClosingThem() {
        String text = "He wrote \u2018Trump\u2019s plan is dead\u2019 yesterday.";
        assertThat(quoted(text)).containsExactly("Trump\u2019s plan is dead");
    }

    @Test
    void keepsApostropheInsideDoubleQuotesFromOpeningAQuote() {
        String text = "\u201cThe Kurds\u2019 land is ours,\u201d he said.";
        assertThat(quoted(text)).containsExactly("The Kurds\u2019 land is ours,");
    }

    @Test
    void continuesAQuotationReopenedAtEachNewParagraph() {
        String text = "\u201cWe will rebuild the bridge.\n\n"
                + "\u201cIt will take two years.\n\n"
                + "\u201cThen the ferry stops,\u201d the mayor said.";
        QuotedSpan q = single(text);
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly(
                "We will rebuild the bridge.", "It will take two years.", "Then the ferry stops,");
        assertThat(q.closed()).isTrue();
        assertThat(q.spansParagraphs()).isTrue();
        assertThat(q.outer()).isEqualTo(new Span(0, text.lastIndexOf('\u201d') + 1));
        assertThat(q.content().of(text)).startsWith("We will").endsWith("stops,");
    }

    @Test
    void continuesGermanAndFrenchQuotationsReopenedAtANewParagraph() {
        String german = "\u201eErster Absatz.\n\n\u201eZweiter Absatz\u201c, sagte er.";
        assertThat(quoted(german)).containsExactly("Erster Absatz. | Zweiter Absatz");
        String french = "\u00ab Premier paragraphe.\n\n\u00ab Second \u00bb, dit-il.";
        assertThat(quoted(french)).containsExactly("Premier paragraphe. | Second");
    }

    @Test
    void doesNotContinueAQuotationAcrossAParagraphWithoutAnOpeningMark() {
        String text = "\u201cFirst.\n\nA paragraph without marks.\n\n\u201cThird,\u201d he said.";
        List<QuotedSpan> spans = pair(text);
        assertThat(spans).extracting(QuotedSpan::closed).containsExactly(false, true);
        assertThat(quoted(text)).containsExactly("First.", "Third,");
    }

    @Test
    void continuesAStraightQuotationReopenedAtANewParagraph() {
        String text = "\"First part.\n\"Second part,\" she said.";
        assertThat(quoted(text)).containsExactly("First part. | Second part,");
    }


    @Test
    void aParagraphOpenedWithTypographicMarksDoesNotContinueAStraightQuotation() {
        // an excerpt pasted with straight marks, then the writer's own curly quotation
        String text = "The paper reports:\n\n\"She stayed home that night.\n\n"
                + "\u201cI was never worried,\u201d she said later.";
        assertThat(quoted(text)).containsExactly("She stayed home that night.", "I was never worried,");
    }
    @Test
    void endsAnUnclosedQuotationAtItsParagraphEnd() {
        String text = "He said \u201cthis will never end.\n\nThe next paragraph has no quotes.";
        QuotedSpan q = single(text);
        assertThat(q.closed()).isFalse();
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("this will never end.");
        assertThat(q.outer().end()).isEqualTo(text.indexOf('\n'));
    }

    @Test
    void endsAnUnclosedQuotationAtTheEndOfTheText() {
        String text = "He said \u201cthis will never end";
        QuotedSpan q = single(text);
        assertThat(q.closed()).isFalse();
        assertThat(q.outer()).isEqualTo(new Span(text.indexOf('\u201c'), text.length()));
    }

    @Test
    void ignoresAStrayClosingMark() {
        assertThat(pair("He shrugged\u201d and left.")).isEmpty();
        assertThat(pair("Nobody \u00bb came.")).isEmpty();
    }

    @Test
    void ignoresAStrayClosingMarkBeforeARealQuotation() {
        String text = "It ended\u201d badly. Then \u201cwe start again,\u201d she said.";
        assertThat(quoted(text)).containsExactly("we start again,");
    }

    @Test
    void closesInnerQuotationLeftOpenWhenTheOuterOneCloses() {
        String text = "\u201cHe said \u2018stop and left,\u201d she recalled.";
        List<QuotedSpan> spans = pair(text);
        assertThat(spans).extracting(QuotedSpan::closed).containsExactly(true, false);
        assertThat(spans.get(1).outer().end()).isLessThanOrEqualTo(spans.get(0).outer().end());
    }

    @Test
    void ignoresAMarkWithNothingInside() {
        assertThat(pair("An empty pair \u201c\u201d here and \u201c \u201d there.")).isEmpty();
    }

    @Test
    void sortsQuotationsByStart() {
        String text = "\u201cA \u2018b\u2019 c\u201d and \u201cd\u201d";
        assertThat(pair(text)).extracting(q -> q.outer().start()).isSorted();
    }

    static Stream<Arguments> markPairs() {
        return Stream.of(
                Arguments.of("\u201c", "\u201d"), Arguments.of("\u2018", "\u2019"), Arguments.of("\u201e", "\u201c"),
                Arguments.of("\u201a", "\u2018"), Arguments.of("\u00ab", "\u00bb"), Arguments.of("\u2039", "\u203a"),
                Arguments.of("\"", "\""), Arguments.of("'", "'"), Arguments.of("''", "''"), Arguments.of("``", "''"),
                Arguments.of("\u201d", "\u201d"), Arguments.of("\u00bb", "\u00ab"), Arguments.of("\u203a", "\u2039"));
    }

    @ParameterizedTest
    @MethodSource("markPairs")
    void pairsEveryQuotationMarkStyle(String open, String close) {
        String text = "Ann said " + open + "Rain again" + close + " today.";
        QuotedSpan q = single(text);
        assertThat(q.pieces()).extracting(p -> p.of(text)).containsExactly("Rain again");
        assertThat(q.outer().of(text)).isEqualTo(open + "Rain again" + close);
        assertThat(q.closed()).isTrue();
    }

    @Test
    void ignoresFeetAndInchMarks() {
        assertThat(pair("The player is 6' 2\" tall and 7'1\" wide.")).isEmpty();
    }

    @Test
    void closesAnUnbalancedQuotationBeforeTheNextParagraphsOwnQuotes() {
        String text = "\u201cNever closed.\n\nThe mayor said \u201cfresh start\u201d later.";
        List<QuotedSpan> spans = pair(text);
        assertThat(spans).extracting(QuotedSpan::closed).containsExactly(false, true);
        assertThat(quoted(text)).containsExactly("Never closed.", "fresh start");
        assertThat(spans).extracting(QuotedSpan::depth).containsExactly(0, 0);
    }

    @Test
    void rejectsQuotedSpanWithoutPieces() {
        assertThatThrownBy(() -> new QuotedSpan(new Span(0, 2), List.of(), true, 0, QuoteMark.Family.DOUBLE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
