package org.whosaid.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.text.TextLayer;

class WindowBoundsTest {

    private static final String TEXT = "Ferry news\n\n"
            + "The ferry was late again on Monday. Passengers waited in the rain.\n\n"
            + "Captain Ilse Varn said the engine had failed near the island.\n\n"
            + "The harbour office will publish a timetable next week.\n";

    private static TokenView view(String text) {
        TextLayer layer = TextLayer.of(text);
        return new TokenView(layer, StructureAnalyzer.analyze(Article.of("t", text), layer), CueLexicon.english(),
                List.of());
    }

    private static int token(TokenView v, String text, String word) {
        int offset = text.indexOf(word);
        for (int i = 0; i < v.n; i++) {
            if (v.tokens.get(i).start() == offset) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static String window(TokenView v, String text, int cs, int ce, int tokens, int paragraphs) {
        int from = LearnedModel.windowStart(v, cs, tokens, paragraphs);
        int to = LearnedModel.windowEnd(v, ce, tokens, paragraphs);
        return text.substring(v.tokens.get(from).start(), v.tokens.get(to - 1).end());
    }

    @Test
    void paragraphBoundKeepsTheWindowInTheCuesParagraph() {
        TokenView v = view(TEXT);
        int said = token(v, TEXT, "said");

        assertThat(window(v, TEXT, said, said + 1, 60, 0))
                .isEqualTo("Captain Ilse Varn said the engine had failed near the island.");
    }

    @Test
    void neighbourParagraphsJoinWhenAllowed() {
        TokenView v = view(TEXT);
        int said = token(v, TEXT, "said");

        assertThat(window(v, TEXT, said, said + 1, 60, 1))
                .startsWith("The ferry was late").endsWith("timetable next week.");
    }

    @Test
    void tokenLimitStillAppliesInsideALongParagraph() {
        TokenView v = view(TEXT);
        int said = token(v, TEXT, "said");

        assertThat(window(v, TEXT, said, said + 1, 2, 0)).isEqualTo("Ilse Varn said the engine");
    }

    @Test
    void noParagraphBoundCrossesParagraphs() {
        TokenView v = view(TEXT);
        int said = token(v, TEXT, "said");

        assertThat(window(v, TEXT, said, said + 1, 60, -1)).startsWith("Ferry news").endsWith("next week.");
    }

    @Test
    void windowGrowsToTakeInAQuotationThatRunsAcrossParagraphs() {
        String text = "Storm\n\n"
                + "\u201cThe pier is closed. Nobody may sail today.\n\n"
                + "\u201cWe will reopen when the wind drops,\u201d the harbour master said on Tuesday.\n\n"
                + "Buses will replace the ferry.\n";
        TokenView v = view(text);
        int said = token(v, text, "said");

        assertThat(window(v, text, said, said + 1, 60, 0))
                .startsWith("\u201cThe pier is closed.").endsWith("said on Tuesday.");
    }
}
