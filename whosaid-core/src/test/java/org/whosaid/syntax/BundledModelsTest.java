package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped models on hand-checked sentences of our own. */
class BundledModelsTest {

    private static PosTagger tagger;
    private static DependencyParser parser;

    @BeforeAll
    static void load() {
        tagger = PosTagger.bundled();
        parser = DependencyParser.bundled();
    }

    private static List<String> words(String sentence) {
        return List.of(sentence.split(" "));
    }

    @Test
    void saidIsTheRootWithTheMinisterAsSubjectAndTheClauseAsComplement() {
        List<String> w = words("The minister said the plan would fail .");
        String[] tags = tagger.tag(w);
        assertThat(tags).containsExactly("DT", "NN", "VBD", "DT", "NN", "MD", "VB", ".");
        DependencyTree t = parser.parse(w, tags);
        assertThat(t.root()).isEqualTo(2);
        assertThat(t.head(1)).isEqualTo(2);
        assertThat(t.label(1)).isEqualTo("nsubj");
        assertThat(t.head(6)).isEqualTo(2);
        assertThat(t.label(6)).isEqualTo("ccomp");
        assertThat(t.head(4)).isEqualTo(6);
        assertThat(t.label(4)).isEqualTo("nsubj");
    }

    @Test
    void quotedSpeechWithCurlyQuotesAttachesToTheSpeechVerb() {
        List<String> w = words("\u201c We will win , \u201d she told reporters .");
        String[] tags = tagger.tag(w);
        assertThat(tags).containsExactly("``", "PRP", "MD", "VB", ",", "''", "PRP", "VBD", "NNS", ".");
        DependencyTree t = parser.parse(w, tags);
        assertThat(t.root()).isEqualTo(7);
        assertThat(t.label(6)).isEqualTo("nsubj");
        assertThat(t.head(3)).isEqualTo(7);
        assertThat(t.label(3)).isEqualTo("ccomp");
        assertThat(t.label(8)).isEqualTo("dobj");
    }

    @Test
    void possessiveAndNegationTokensGetTheirTags() {
        List<String> w = words("The governor \u2019s office did n\u2019t respond .");
        assertThat(tagger.tag(w)).containsExactly("DT", "NN", "POS", "NN", "VBD", "RB", "VB", ".");
        DependencyTree t = parser.parse(w, tagger.tag(w));
        assertThat(t.root()).isEqualTo(6);
        assertThat(t.label(3)).isEqualTo("nsubj");
        assertThat(t.label(5)).isEqualTo("neg");
    }

    @Test
    void oneWordAndEmptySentencesParse() {
        assertThat(parser.parse(List.of("Hello"), tagger.tag(List.of("Hello"))).root()).isZero();
        assertThat(parser.parse(List.of(), tagger.tag(List.of())).size()).isZero();
    }
}
