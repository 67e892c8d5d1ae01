package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SyntaxTrainingTest {

    private static List<ConllSentence> slice() {
        // the fixture sentences several times over, so the perceptrons get enough updates to learn them
        List<ConllSentence> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.addAll(Fixtures.sentences());
        }
        return out;
    }

    private static byte[] bytes(PosTagger t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out);
        return out.toByteArray();
    }

    private static byte[] bytes(DependencyParser p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingTwiceGivesTheSameBytes() throws IOException {
        SyntaxTrainer.Models a = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        SyntaxTrainer.Models b = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        assertThat(bytes(a.tagger())).isEqualTo(bytes(b.tagger()));
        assertThat(bytes(a.parser())).isEqualTo(bytes(b.parser()));
    }

    @Test
    void learnsTheFixtureTreesAndTags() {
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        for (ConllSentence s : Fixtures.sentences()) {
            String[] tags = m.tagger().tag(s.words());
            assertThat(tags).as("tags of %s", s.words()).containsExactly(s.tags());
            DependencyTree tree = m.parser().parse(s.words(), tags);
            assertThat(tree.heads()).as("heads of %s", s.words()).containsExactly(s.heads());
            assertThat(tree.labels()).as("labels of %s", s.words()).containsExactly(s.labels());
        }
    }

    @Test
    void savedModelsReloadToIdenticalPredictions() throws IOException {
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        PosTagger tagger = PosTagger.read(new ByteArrayInputStream(bytes(m.tagger())));
        DependencyParser parser = DependencyParser.read(new ByteArrayInputStream(bytes(m.parser())));
        List<String> words = List.of("Officials", "said", "the", "minister", "would", "win", ".");
        String[] tags = m.tagger().tag(words);
        assertThat(tagger.tag(words)).containsExactly(tags);
        assertThat(parser.parse(words, tags)).isEqualTo(m.parser().parse(words, tags));
    }

    @Test
    void parserAlwaysReturnsATreeForRandomInput() {
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        Random random = new Random(11);
        List<String> vocabulary = new ArrayList<>(List.of(",", ".", "``", "''", "-LRB-", "?", "!", "\u201c", "\u201d",
                "\"", ":", "--", "zzz", "said", "the"));
        for (ConllSentence s : Fixtures.sentences()) {
            vocabulary.addAll(s.words());
        }
        List<Integer> lengths = new ArrayList<>(List.of(0, 1, 2, 3, 500));
        for (int i = 0; i < 200; i++) {
            lengths.add(random.nextInt(60));
        }
        for (int n : lengths) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                words.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            DependencyTree tree = m.parser().parse(words, m.tagger().tag(words));
            // DependencyTree's constructor rejects cycles, several roots and bad heads
            assertThat(tree.size()).isEqualTo(n);
            assertThat(tree.root()).isBetween(n == 0 ? -1 : 0, n - 1);
        }
        List<String> punctuation = Collections.nCopies(40, ",");
        assertThat(m.parser().parse(punctuation, m.tagger().tag(punctuation)).size()).isEqualTo(40);
    }

    @Test
    void labelledBeamGivesEveryArcALabelOfTheModel() {
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        List<String> known = m.parser().labelSet();
        Random random = new Random(5);
        List<String> vocabulary = new ArrayList<>(List.of(",", ".", "and", "said", "the", "zzz"));
        for (ConllSentence s : Fixtures.sentences()) {
            vocabulary.addAll(s.words());
        }
        for (int round = 0; round < 100; round++) {
            List<String> words = new ArrayList<>();
            for (int i = 1 + random.nextInt(30); i > 0; i--) {
                words.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            DependencyTree tree = m.parser().parse(words, m.tagger().tagWithRunnersUp(words));
            for (int i = 0; i < tree.size(); i++) {
                if (i == tree.root()) {
                    assertThat(tree.label(i)).isEqualTo(DependencyParser.ROOT_LABEL);
                } else {
                    assertThat(known).as("label of %s in %s", words.get(i), words).contains(tree.label(i));
                }
            }
        }
    }

    @Test
    void runnersUpKeepTheTaggersBestTagsAndDifferFromThemOnlyOffTheDictionary() {
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        List<String> words = List.of("Officials", "said", "the", "zzzminister", "would", "win", ".");
        PosTagger.Tagging tagging = m.tagger().tagWithRunnersUp(words);
        assertThat(tagging.tags()).containsExactly(m.tagger().tag(words));
        // an unseen word is scored, so its runner-up is another tag
        assertThat(tagging.runnersUp()[3]).isNotEqualTo(tagging.tags()[3]);
        assertThat(m.tagger().tagSet()).contains(tagging.runnersUp());
    }

    @Test
    void parsingWithRunnersUpMatchesTheSavedModel() throws IOException {
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        DependencyParser parser = DependencyParser.read(new ByteArrayInputStream(bytes(m.parser())));
        List<String> words = List.of("Officials", "said", "the", "minister", "would", "win", ".");
        PosTagger.Tagging tagging = m.tagger().tagWithRunnersUp(words);
        assertThat(parser.parse(words, tagging)).isEqualTo(m.parser().parse(words, tagging));
    }

    @Test
    void parserRejectsMismatchedTagCount() {
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        assertThatThrownBy(() -> m.parser().parse(List.of("a", "b"), List.of("DT")))
                .hasMessageContaining("2 words but 1 tags");
    }

    @Test
    void unknownTagsStillParse() {
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        DependencyTree tree = m.parser().parse(List.of("Foo", "bar", "baz"), List.of("XX", "YY", "ZZ"));
        assertThat(tree.size()).isEqualTo(3);
    }

    @Test
    void readingRejectsOtherFilesWithAClearMessage() throws IOException {
        assertThatThrownBy(() -> PosTagger.read(new ByteArrayInputStream("hello world, not a model".getBytes())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a whosaid syntax model");
        SyntaxTrainer.Models m = new SyntaxTrainer(Fixtures.quickOptions()).train(slice());
        byte[] tagger = bytes(m.tagger());
        assertThatThrownBy(() -> DependencyParser.read(new ByteArrayInputStream(tagger)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("expected a dependency-parser model, got a pos-tagger model");
    }
}
