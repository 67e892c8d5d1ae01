package org.whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextLayerTest {

    private static final String ARTICLE = "Port Vell opens a bridge\n"
            + "Dr. Ada Verne, the city engineer, spoke on Monday. \u201cIt will carry 11,000 cars a day.\n"
            + "\u201cThe ferry stops in 2026,\u201d she said. Then she left.";

    @Test
    void runsTokenizerSplitterAndPairerOnTheSameText() {
        TextLayer layer = TextLayer.of(ARTICLE);
        List<Token> tokens = Tokenizer.tokenize(ARTICLE);
        assertThat(layer.text()).isSameAs(ARTICLE);
        assertThat(layer.tokens()).isEqualTo(tokens);
        assertThat(layer.sentences()).isEqualTo(SentenceSplitter.split(ARTICLE, tokens));
        assertThat(layer.quotations()).isEqualTo(QuotePairer.pair(ARTICLE, tokens));
    }

    @Test
    void splitsTheArticleIntoItsSentences() {
        TextLayer layer = TextLayer.of(ARTICLE);
        assertThat(layer.sentences()).extracting(s -> s.span().of(ARTICLE)).containsExactly(
                "Port Vell opens a bridge",
                "Dr. Ada Verne, the city engineer, spoke on Monday.",
                "\u201cIt will carry 11,000 cars a day.",
                "\u201cThe ferry stops in 2026,\u201d she said.",
                "Then she left.");
    }

    @Test
    void pairsTheQuotationThatRunsOverTwoParagraphs() {
        TextLayer layer = TextLayer.of(ARTICLE);
        assertThat(layer.quotations()).hasSize(1);
        QuotedSpan q = layer.quotations().get(0);
        assertThat(q.pieces()).extracting(p -> p.of(ARTICLE))
                .containsExactly("It will carry 11,000 cars a day.", "The ferry stops in 2026,");
        assertThat(q.closed()).isTrue();
    }

    @Test
    void findsTheSentenceContainingAnOffset() {
        TextLayer layer = TextLayer.of(ARTICLE);
        int engineer = ARTICLE.indexOf("engineer");
        assertThat(layer.sentenceAt(engineer)).isEqualTo(1);
        assertThat(layer.sentenceAt(0)).isZero();
        assertThat(layer.sentenceAt(ARTICLE.indexOf("Then"))).isEqualTo(4);
        assertThat(layer.sentenceAt(ARTICLE.length())).isEqualTo(4);
    }

    @Test
    void givesTheSentenceBeforeAnOffsetBetweenSentences() {
        TextLayer layer = TextLayer.of(ARTICLE);
        int newline = ARTICLE.indexOf('\n');
        assertThat(layer.sentenceAt(newline)).isZero();
    }

    @Test
    void findsTheFirstTokenAtOrAfterAnOffset() {
        TextLayer layer = TextLayer.of("One two  three");
        assertThat(layer.tokenAtOrAfter(0)).isZero();
        assertThat(layer.tokenAtOrAfter(1)).isEqualTo(1);
        assertThat(layer.tokenAtOrAfter(4)).isEqualTo(1);
        assertThat(layer.tokenAtOrAfter(8)).isEqualTo(2);
        assertThat(layer.tokenAtOrAfter(9)).isEqualTo(2);
        assertThat(layer.tokenAtOrAfter(10)).isEqualTo(3);
        assertThat(layer.tokenText(2)).isEqualTo("three");
    }

    @Test
    void lowerCasesEveryTokenAsTheJdkDoes() {
        // plain, capitalised and one-letter ASCII words, numbers, punctuation, curly apostrophes, accents
        String text = "I asked THE Mayor: \u201cIs Zo\u00eb\u2019s plan 42nd?\u201d A \u00c9LAN U.S. ok";
        TextLayer layer = TextLayer.of(text);
        for (int i = 0; i < layer.tokens().size(); i++) {
            assertThat(layer.lower(i)).isEqualTo(layer.tokenText(i).toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void handlesEmptyText() {
        TextLayer layer = TextLayer.of("");
        assertThat(layer.tokens()).isEmpty();
        assertThat(layer.sentences()).isEmpty();
        assertThat(layer.quotations()).isEmpty();
        assertThat(layer.tokenAtOrAfter(0)).isZero();
    }

    @Test
    void isImmutable() {
        List<Token> tokens = new ArrayList<>(Tokenizer.tokenize("a b"));
        TextLayer layer = new TextLayer("a b", tokens, List.of(), List.of());
        tokens.clear();
        assertThat(layer.tokens()).hasSize(2);
        assertThatThrownBy(() -> layer.tokens().add(new Token(0, 1, TokenKind.WORD)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TextLayer.of("a b").sentences().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsEmptyOrNegativeToken() {
        assertThatThrownBy(() -> new Token(3, 3, TokenKind.WORD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3,3)");
        assertThatThrownBy(() -> new Token(-1, 2, TokenKind.WORD)).isInstanceOf(IllegalArgumentException.class);
    }
}
