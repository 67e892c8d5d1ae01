package org.whosaid.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.model.Span;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.structure.Structure;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.text.TextLayer;

class LearnedModelTest {

    /** "blorfed" is a made-up cue word: the rules' lexicon cannot know it. */
    private static final String[] NAMES = {"Mara Quell", "Tobias Venn", "Ida Rusk", "Omar Felt", "Lena Brook",
        "Pavel Sorn", "Greta Holm", "Nils Dahl"};
    private static final String[] CLAIMS = {"the bridge would open in May", "the budget was far too small",
        "the harbour needed new cranes", "the council had ignored the farmers", "the school would close early",
        "the river was rising fast", "the vote had been rigged", "the museum deserved more money"};

    private static TrainingDocument document(int k) {
        StringBuilder text = new StringBuilder("Town news\n\n");
        List<TrainingDocument.Gold> gold = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            String name = NAMES[(k + j) % NAMES.length];
            String claim = CLAIMS[(k * 3 + j) % CLAIMS.length];
            int s = text.length();
            text.append(name);
            int cue = text.length() + 1;
            text.append(" blorfed ");
            int content = text.length();
            text.append("that ").append(claim);
            int end = text.length();
            text.append(". The weather was mild on ").append(j % 2 == 0 ? "Monday" : "Tuesday").append(".\n\n");
            gold.add(new TrainingDocument.Gold(List.of(new Span(s, s + name.length())),
                    List.of(new Span(cue, cue + "blorfed".length())), List.of(new Span(content, end))));
        }
        return new TrainingDocument("doc" + k, text.toString(), gold);
    }

    private static List<TrainingDocument> slice() {
        List<TrainingDocument> docs = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            docs.add(document(k));
        }
        return docs;
    }

    private static TrainerOptions small() {
        return new TrainerOptions(EnumSet.allOf(FeatureFamily.class), 5, 5, 14, 14, 20, 0, 0.0, 7L, 0);
    }

    private static List<Attribution> run(LearnedModel model, String text) {
        TextLayer layer = TextLayer.of(text);
        Structure structure = StructureAnalyzer.analyze(Article.of("t", text), layer);
        return model.find(layer, structure);
    }

    private static final String UNSEEN = "Weather report\n\nRuth Amsel blorfed that the ferry was late again. "
            + "The sea was calm.\n";

    @Test
    void learnsACueWordTheRulesLack() {
        LearnedModel model = Trainer.train(slice(), small(), line -> { });
        TextLayer layer = TextLayer.of(UNSEEN);
        Structure structure = StructureAnalyzer.analyze(Article.of("t", UNSEEN), layer);
        assertThat(new QuoteFinder(CueLexicon.english()).find(layer, structure)).isEmpty();

        List<Attribution> found = run(model, UNSEEN);

        assertThat(found).hasSize(1);
        Attribution a = found.get(0);
        assertThat(a.cue().of(UNSEEN)).isEqualTo("blorfed");
        assertThat(a.source().of(UNSEEN)).isEqualTo("Ruth Amsel");
        assertThat(a.contentSpan().of(UNSEEN)).isEqualTo("that the ferry was late again");
    }

    @Test
    void savedModelReloadsToIdenticalPredictionsAndBytes() throws IOException {
        LearnedModel model = Trainer.train(slice(), small(), line -> { });
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        model.write(first);

        LearnedModel reloaded = LearnedModel.read(new ByteArrayInputStream(first.toByteArray()));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        reloaded.write(second);

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        for (TrainingDocument d : slice().subList(0, 4)) {
            assertThat(run(reloaded, d.text())).isEqualTo(run(model, d.text()));
        }
        assertThat(run(reloaded, UNSEEN)).isEqualTo(run(model, UNSEEN));
    }

    @Test
    void modelWithAContentEndRankerReloadsToIdenticalPredictionsAndBytes() throws IOException {
        LearnedModel model = Trainer.train(slice(), small().withEndFolds(2), line -> { });
        assertThat(model.ranksContentEnds()).isTrue();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        model.write(first);

        LearnedModel reloaded = LearnedModel.read(new ByteArrayInputStream(first.toByteArray()));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        reloaded.write(second);

        assertThat(reloaded.ranksContentEnds()).isTrue();
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        assertThat(run(reloaded, UNSEEN)).isEqualTo(run(model, UNSEEN));
        assertThat(run(model, UNSEEN)).extracting(a -> a.contentSpan().of(UNSEEN))
                .containsExactly("that the ferry was late again");
    }

    @Test
    void trainingTwiceGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Trainer.train(slice(), small(), line -> { }).write(a);
        Trainer.train(slice(), small(), line -> { }).write(b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void rejectsAFileThatIsNotAModel() {
        byte[] junk = "hello, this is not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LearnedModel.read(new ByteArrayInputStream(junk)))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("not a whosaid attribution model");
    }

    @Test
    void rejectsAnotherFormatVersion() throws IOException {
        byte[] bytes = modelBytes();
        bytes[11] = 99; // last byte of the big-endian version number after the 8-byte magic
        assertThatThrownBy(() -> LearnedModel.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("version 99");
    }

    @Test
    void rejectsACorruptBody() throws IOException {
        byte[] bytes = modelBytes();
        bytes[bytes.length / 2] ^= 0x5A;
        assertThatThrownBy(() -> LearnedModel.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("corrupt");
    }

    @Test
    void rejectsATruncatedFile() throws IOException {
        byte[] bytes = modelBytes();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 10);
        assertThatThrownBy(() -> LearnedModel.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("corrupt");
    }

    @Test
    void bundledModelLoadsAndFindsSpeechInAFictionalStory() {
        LearnedModel model = LearnedModel.bundled();
        String text = "Harbour plans\n\nThe mayor, Elsa Marr, said that the new harbour would open next spring. "
                + "\"We are ready,\" she told reporters on Friday.\n";
        List<Attribution> found = run(model, text);
        assertThat(found).isNotEmpty();
        assertThat(found).anySatisfy(a -> assertThat(a.contentSpan().of(text)).contains("the new harbour would open"));
    }

    @Test
    void readsTheFirstFormatVersionAsWindowsBoundedByTokensOnly() throws Exception {
        byte[] v2 = modelBytes();
        java.nio.ByteBuffer head = java.nio.ByteBuffer.wrap(v2);
        int packed = head.getInt(12);
        int plain = head.getInt(16);
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        inflater.setInput(v2, 24, packed);
        byte[] body = new byte[plain];
        assertThat(inflater.inflate(body)).isEqualTo(plain);
        inflater.end();
        // version 1 bodies lack the paragraph bound that follows families and window, and the
        // content-end ranker's section at the end (here 4 bytes: none)
        byte[] oldBody = new byte[plain - 8];
        System.arraycopy(body, 0, oldBody, 0, 8);
        System.arraycopy(body, 12, oldBody, 8, plain - 16);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
        deflater.setInput(oldBody);
        deflater.finish();
        byte[] buf = new byte[oldBody.length + 1024];
        int n = deflater.deflate(buf);
        deflater.end();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(oldBody);
        java.nio.ByteBuffer v1 = java.nio.ByteBuffer.allocate(24 + n);
        v1.put(v2, 0, 8).putInt(1).putInt(n).putInt(oldBody.length).putInt((int) crc.getValue()).put(buf, 0, n);

        LearnedModel model = LearnedModel.read(new ByteArrayInputStream(v1.array()));

        assertThat(model.paragraphs()).isEqualTo(-1);
        assertThat(model.window()).isEqualTo(10);
    }

    /** The token view of {@code text}, without rule proposals or parts of speech. */
    private static TokenView view(String text) {
        TextLayer layer = TextLayer.of(text);
        return new TokenView(layer, StructureAnalyzer.analyze(Article.of("t", text), layer), CueLexicon.english(),
                List.of());
    }

    /** The index of the token where {@code part} first starts in the view's text. */
    private static int token(TokenView v, String part) {
        int at = v.text.indexOf(part);
        for (int i = 0; i < v.n; i++) {
            if (v.tokens.get(i).start() >= at) {
                return i;
            }
        }
        throw new AssertionError("no token at " + part);
    }

    private static byte[] modelBytes() throws IOException {
        List<TrainingDocument> docs = slice().subList(0, 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Trainer.train(docs, new TrainerOptions(EnumSet.allOf(FeatureFamily.class), 1, 1, 10, 10, 10, 0, 0.0, 1L, 0),
                line -> { }).write(out);
        return out.toByteArray();
    }

    @Test
    void contentKeepsTheOpeningMarkOfAQuotationThatClosesInsideIt() {
        String text = "Pier news\n\n“You ignored the divers” to save money, Ruiz said.";
        TokenView v = view(text);
        int said = token(v, "said");
        Attribution a = LearnedModel.toAttribution(v, said, said + 1, 0,
                List.of(new LabelDecoder.Segment(LearnedModel.CONTENT, token(v, "You"), token(v, ", Ruiz"))));
        assertThat(a.contentSpan().of(text)).isEqualTo("“You ignored the divers” to save money");
    }

    @Test
    void sourceEndingInAShortRelativeClauseStartsAtWhose() {
        String text = "Pier news\n\nSailors from towns whose mayors refused to pay were angry.";
        TokenView v = view(text);
        int refused = token(v, "refused");
        Attribution a = LearnedModel.toAttribution(v, refused, refused + 1, 0, List.of(
                new LabelDecoder.Segment(LearnedModel.SOURCE, token(v, "Sailors"), refused),
                new LabelDecoder.Segment(LearnedModel.CONTENT, token(v, "to pay"), token(v, "were"))));
        assertThat(a.source().of(text)).isEqualTo("whose mayors");
    }

    @Test
    void aPrepositionRightAfterTheCueJoinsTheCueNotTheContent() {
        String text = "Pier news\n\nRuiz spoke about the flooded pier. Kim spoke to reporters.";
        TokenView v = view(text);
        int spoke = token(v, "spoke");
        Attribution a = LearnedModel.toAttribution(v, spoke, spoke + 1, 0,
                List.of(new LabelDecoder.Segment(LearnedModel.CONTENT, token(v, "about"), token(v, ". Kim"))));
        assertThat(a.cue().of(text)).isEqualTo("spoke about");
        assertThat(a.contentSpan().of(text)).isEqualTo("the flooded pier");
        int second = token(v, "spoke to");
        Attribution b = LearnedModel.toAttribution(v, second, second + 1, 0,
                List.of(new LabelDecoder.Segment(LearnedModel.CONTENT, second + 1, v.n - 1)));
        assertThat(b.cue().of(text)).isEqualTo("spoke");
        assertThat(b.contentSpan().of(text)).isEqualTo("to reporters");
    }

    @Test
    void aShortPhraseAfterAnOpeningPrepositionIsNotContent() {
        String text = "Pier news\n\nAt the same time, according to the harbour office, the pier will close.";
        TokenView v = view(text);
        int according = token(v, "according");
        Attribution a = LearnedModel.toAttribution(v, according, according + 2, 0, List.of(
                new LabelDecoder.Segment(LearnedModel.CONTENT, token(v, "the same"), token(v, ", according")),
                new LabelDecoder.Segment(LearnedModel.SOURCE, token(v, "the harbour"), token(v, ", the pier")),
                new LabelDecoder.Segment(LearnedModel.CONTENT, token(v, "the pier"), v.n - 1)));
        assertThat(a.content()).extracting(piece -> piece.of(text)).containsExactly("the pier will close");
    }
}
