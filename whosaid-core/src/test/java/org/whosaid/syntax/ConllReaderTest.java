package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConllReaderTest {

    private static List<ConllArticle> read(String text) throws IOException {
        return ConllReader.read(new StringReader(text), "test.conll");
    }

    @Test
    void readsArticlesSentencesAndSkipsCorefLines() {
        List<ConllSentence> sentences = Fixtures.sentences();
        assertThat(sentences).hasSize(5);
        ConllSentence first = sentences.get(0);
        assertThat(first.words()).containsExactly("The", "minister", "said", "the", "plan", "would", "fail", ".");
        assertThat(first.heads()).containsExactly(1, 2, -1, 4, 6, 6, 2, 2);
        assertThat(first.tokens().get(6).label()).isEqualTo("ccomp");
    }

    @Test
    void groupsSentencesByArticle() throws IOException {
        List<ConllArticle> articles = read("# article a\n1\tHi\thi\t0\t2\tUH\tO\t0\troot\n\n"
                + "# coref\t1:1-2:1\n# article b\n1\tYes\tyes\t0\t3\tUH\tO\t0\troot\n");
        assertThat(articles).extracting(ConllArticle::name).containsExactly("a", "b");
        assertThat(articles.get(1).tokenCount()).isEqualTo(1);
    }

    @Test
    void rejectsWrongFieldCountNamingTheLine() {
        assertThatThrownBy(() -> read("# article a\n1\tHi\thi\t0\t2\tUH\tO\t0\n"))
                .isInstanceOf(ConllFormatException.class)
                .hasMessageContaining("test.conll:2")
                .hasMessageContaining("expected 9 tab-separated fields");
    }

    @Test
    void rejectsNonNumericHead() {
        assertThatThrownBy(() -> read("# article a\n1\tHi\thi\t0\t2\tUH\tO\tx\troot\n"))
                .isInstanceOf(ConllFormatException.class)
                .hasMessageContaining("head is not a number");
    }

    @Test
    void rejectsHeadOutsideTheSentence() {
        assertThatThrownBy(() -> read("# article a\n1\tHi\thi\t0\t2\tUH\tO\t5\troot\n\n"))
                .isInstanceOf(ConllFormatException.class)
                .hasMessageContaining("test.conll:2")
                .hasMessageContaining("beyond the sentence");
    }

    @Test
    void rejectsTokenIdsOutOfOrder() {
        assertThatThrownBy(() -> read("# article a\n2\tHi\thi\t0\t2\tUH\tO\t0\troot\n"))
                .isInstanceOf(ConllFormatException.class)
                .hasMessageContaining("expected token id 1");
    }

    @Test
    void rejectsTokensBeforeAnyArticle() {
        assertThatThrownBy(() -> read("1\tHi\thi\t0\t2\tUH\tO\t0\troot\n"))
                .isInstanceOf(ConllFormatException.class)
                .hasMessageContaining("before any '# article'");
    }
}
