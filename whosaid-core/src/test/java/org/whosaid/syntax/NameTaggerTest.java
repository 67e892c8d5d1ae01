package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.syntax.NameTagger.NameKind;

class NameTaggerTest {

    private static final NameTagger BUNDLED = NameTagger.bundled();

    private static List<NameKind> tag(NameTagger tagger, String sentence) {
        return Arrays.asList(tagger.tag(Arrays.asList(sentence.split(" "))));
    }

    @Test
    void bundledTaggerFindsPeopleOrganisationsAndPlacesInHandCheckedSentences() {
        assertThat(tag(BUNDLED, "Senator Maria Delgado told reporters in Denver that the bill would pass ."))
                .containsExactly(NameKind.NONE, NameKind.PERSON, NameKind.PERSON, NameKind.NONE, NameKind.NONE,
                        NameKind.NONE, NameKind.LOCATION, NameKind.NONE, NameKind.NONE, NameKind.NONE, NameKind.NONE,
                        NameKind.NONE, NameKind.NONE);
        assertThat(tag(BUNDLED, "John Smith , a spokesman for Microsoft , declined to comment ."))
                .containsExactly(NameKind.PERSON, NameKind.PERSON, NameKind.NONE, NameKind.NONE, NameKind.NONE,
                        NameKind.NONE, NameKind.ORGANIZATION, NameKind.NONE, NameKind.NONE, NameKind.NONE, NameKind.NONE,
                        NameKind.NONE);
        assertThat(tag(BUNDLED, "Officials at the Federal Reserve said inflation was easing ."))
                .containsExactly(NameKind.NONE, NameKind.NONE, NameKind.NONE, NameKind.ORGANIZATION,
                        NameKind.ORGANIZATION, NameKind.NONE, NameKind.NONE, NameKind.NONE, NameKind.NONE, NameKind.NONE);
    }

    @Test
    void emptySentenceGetsNoTags() {
        assertThat(BUNDLED.tag(List.of())).isEmpty();
    }

    @Test
    void corenlpTagsMapToFourKinds() {
        assertThat(NameTagger.kindOf("PERSON")).isEqualTo(NameKind.PERSON);
        assertThat(NameTagger.kindOf("ORGANIZATION")).isEqualTo(NameKind.ORGANIZATION);
        assertThat(List.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE")).allMatch(
                t -> NameTagger.kindOf(t) == NameKind.LOCATION);
        assertThat(List.of("O", "DATE", "MISC", "NATIONALITY", "NUMBER")).allMatch(
                t -> NameTagger.kindOf(t) == NameKind.NONE);
    }

    /** Sentences of our own in CoreNLP's layout; only the word and named-entity columns matter here. */
    private static List<ConllSentence> corpus() {
        String[][] sentences = {
            {"Ada/PERSON", "Verne/PERSON", "joined/O", "Harbour/ORGANIZATION", "Bank/ORGANIZATION", "in/O", "Oslo/CITY", "./O"},
            {"Harbour/ORGANIZATION", "Bank/ORGANIZATION", "said/O", "Ada/PERSON", "Verne/PERSON", "would/O", "stay/O", "./O"},
            {"Voters/O", "in/O", "Oslo/CITY", "like/O", "Ada/PERSON", "Verne/PERSON", "./O"},
        };
        List<ConllSentence> out = new ArrayList<>();
        for (int copy = 0; copy < 6; copy++) {
            for (String[] s : sentences) {
                List<ConllToken> tokens = new ArrayList<>();
                for (int i = 0; i < s.length; i++) {
                    String[] wordAndTag = s[i].split("/");
                    tokens.add(new ConllToken(i + 1, wordAndTag[0], wordAndTag[0], 0, 0, "NN", wordAndTag[1], 0, "dep"));
                }
                out.add(new ConllSentence(tokens));
            }
        }
        return out;
    }

    private static PosTaggerTrainer.Options quick() {
        return new PosTaggerTrainer.Options(4, 7L, 0f, 2, 0.99);
    }

    @Test
    void learnsTheNamesOfASmallCorpus() {
        NameTagger tagger = NameTagger.train(corpus(), quick());
        assertThat(tag(tagger, "Ada Verne joined Harbour Bank in Oslo ."))
                .containsExactly(NameKind.PERSON, NameKind.PERSON, NameKind.NONE, NameKind.ORGANIZATION,
                        NameKind.ORGANIZATION, NameKind.NONE, NameKind.LOCATION, NameKind.NONE);
    }

    @Test
    void savedTaggerReloadsToTheSameBytesAndTags() throws IOException {
        NameTagger tagger = NameTagger.train(corpus(), quick());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        tagger.write(first);
        NameTagger reloaded = NameTagger.read(new ByteArrayInputStream(first.toByteArray()));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        reloaded.write(second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        String sentence = "Voters in Oslo said Ada Verne would stay .";
        assertThat(tag(reloaded, sentence)).isEqualTo(tag(tagger, sentence));
    }

    @Test
    void readingAPartOfSpeechModelAsANameTaggerFailsClearly() throws IOException {
        ByteArrayOutputStream pos = new ByteArrayOutputStream();
        PosTagger.bundled().write(pos);
        assertThatThrownBy(() -> NameTagger.read(new ByteArrayInputStream(pos.toByteArray())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("name-tagger");
    }
}
