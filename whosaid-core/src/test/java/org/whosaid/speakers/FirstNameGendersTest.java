package org.whosaid.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.speakers.FirstNameGenders.Gender;
import org.whosaid.structure.Structure;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.syntax.ConllArticle;
import org.whosaid.syntax.ConllReader;
import org.whosaid.text.TextLayer;

class FirstNameGendersTest {

    /** Two articles of our own in CoreNLP's layout: Ada Verne is "she" three times, Karl Brun "he" twice. */
    private static final String CORPUS = """
            # article one
            1\tAda\tAda\t0\t3\tNNP\tPERSON\t2\tcompound
            2\tVerne\tVerne\t4\t9\tNNP\tPERSON\t3\tnsubj
            3\tspoke\tspeak\t10\t15\tVBD\tO\t0\troot
            4\t.\t.\t15\t16\t.\tO\t3\tpunct

            1\tShe\tshe\t17\t20\tPRP\tO\t2\tnsubj
            2\tsaid\tsay\t21\t25\tVBD\tO\t0\troot
            3\tshe\tshe\t26\t29\tPRP\tO\t4\tnsubj
            4\twon\twin\t30\t33\tVBD\tO\t2\tccomp
            5\tand\tand\t34\t37\tCC\tO\t4\tcc
            6\ther\ther\t38\t41\tPRP$\tO\t7\tnmod:poss
            7\tteam\tteam\t42\t46\tNN\tO\t4\tconj

            # coref\t1:1-3:2;2:1-2:1;2:3-4:3;2:6-7:6
            # article two
            1\tKarl\tKarl\t0\t4\tNNP\tPERSON\t2\tcompound
            2\tBrun\tBrun\t5\t9\tNNP\tPERSON\t3\tnsubj
            3\tlost\tlose\t10\t14\tVBD\tO\t0\troot

            1\tHe\the\t15\t17\tPRP\tO\t2\tnsubj
            2\tsaid\tsay\t18\t22\tVBD\tO\t0\troot
            3\the\the\t23\t25\tPRP\tO\t4\tnsubj
            4\twon\twin\t26\t29\tVBD\tO\t2\tccomp

            # coref\t1:1-3:2;2:1-2:1;2:3-4:3
            """;

    private static List<ConllArticle> corpus() throws IOException {
        return ConllReader.read(new StringReader(CORPUS), "fixture");
    }

    @Test
    void readerKeepsCoreferenceChains() throws IOException {
        ConllArticle one = corpus().get(0);
        assertThat(one.chains()).hasSize(1);
        assertThat(one.chains().get(0)).hasSize(4);
        assertThat(one.tokens(one.chains().get(0).get(0))).extracting(t -> t.word()).containsExactly("Ada", "Verne");
    }

    @Test
    void learnsTheGenderOfFirstNamesFromTheirPronouns() throws IOException {
        FirstNameGenders g = FirstNameGenders.learn(corpus(), 2, 0.9);
        assertThat(g.of("Ada")).isEqualTo(Gender.FEMALE);
        assertThat(g.of("Karl")).isEqualTo(Gender.MALE);
        assertThat(g.of("Verne")).isNull();
        assertThat(FirstNameGenders.learn(corpus(), 3, 0.9).of("Karl")).as("two pronouns are not enough for 3").isNull();
    }

    @Test
    void writtenListReadsBackTheSame() throws IOException {
        FirstNameGenders g = FirstNameGenders.learn(corpus(), 2, 0.9);
        StringWriter out = new StringWriter();
        g.write(out);
        FirstNameGenders back = FirstNameGenders.read(new StringReader(out.toString()));
        assertThat(back.size()).isEqualTo(2);
        StringWriter again = new StringWriter();
        back.write(again);
        assertThat(again.toString()).isEqualTo(out.toString());
    }

    @Test
    void badLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> FirstNameGenders.read(new StringReader("# list\nAda\tfemale\nKarl\tsometimes\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3");
    }

    @Test
    void sheSkipsTheManNamedLastForTheWomanBeforeHim() {
        String text = "A headline for the test\n\nSenator Hillary Moss met Governor Donald Pratt on Monday.\n\n"
                + "She said that the talks had gone well.";
        TextLayer layer = TextLayer.of(text);
        Structure structure = StructureAnalyzer.analyze(Article.of("t", text), layer);
        List<Attribution> attributions = new QuoteFinder(CueLexicon.english()).find(layer, structure);
        SpeakerResolver.Resolution r = new SpeakerResolver(null, FirstNameGenders.bundled())
                .resolve(layer, structure, attributions);
        assertThat(r.speakers()).hasSize(1);
        assertThat(r.speakers().get(0).name()).isEqualTo("Hillary Moss");
    }
}
