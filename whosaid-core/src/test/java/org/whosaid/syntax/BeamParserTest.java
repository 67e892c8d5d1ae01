package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The beam search, its global training and the beam width stored in the model. */
class BeamParserTest {

    private static SyntaxTrainer.Models models;

    @BeforeAll
    static void train() {
        List<ConllSentence> slice = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            slice.addAll(Fixtures.sentences());
        }
        models = new SyntaxTrainer(Fixtures.quickOptions()).train(slice);
    }

    @Test
    void canonicalGoldSequenceRebuildsEveryFixtureTree() {
        for (ConllSentence s : Fixtures.sentences()) {
            int[] heads = s.heads();
            ParseState state = new ParseState(TokenNormalizer.normalize(s.words()), new int[s.size()], new byte[1]);
            int[] actions = ParserTrainer.goldSequence(state, heads);
            assertThat(actions).as("gold sequence of %s", s.words()).isNotNull().hasSize(2 * s.size() - 1);
            assertThat(state.heads).containsExactly(heads);
        }
    }

    @Test
    void tagClassesSeparateVerbsConjunctionsAndPunctuation() {
        byte[] c = ParseState.tagClasses(new String[] {"VBD", "MD", "CC", ",", "``", "''", ".", "-LRB-", "NN"});
        assertThat(c).containsExactly(ParseState.OTHER, ParseState.VERB, ParseState.VERB, ParseState.CONJ,
                ParseState.COMMA, ParseState.QUOTE, ParseState.QUOTE, ParseState.PUNCT, ParseState.PUNCT,
                ParseState.OTHER);
    }

    @Test
    void goldSequenceRefusesCrossingArcs() {
        // 0 <- 2 and 1 <- 3 cross; 3 is the root
        int[] heads = {2, 3, 3, -1};
        ParseState state = new ParseState(new String[] {"a", "b", "c", "d"}, new int[4], new byte[1]);
        assertThat(ParserTrainer.goldSequence(state, heads)).isNull();
    }

    @Test
    void historyOfTheBestItemReplaysToItsTree() {
        // checks the prefix-wise state copying: replaying the recorded moves from scratch must give
        // the same arcs as the copied-and-extended state the search ended with
        DependencyParser parser = models.parser();
        Random random = new Random(3);
        List<String> vocabulary = new ArrayList<>();
        for (ConllSentence s : Fixtures.sentences()) {
            vocabulary.addAll(s.words());
        }
        for (int round = 0; round < 40; round++) {
            int n = 1 + random.nextInt(40);
            String[] words = new String[n];
            int[] tags = new int[n];
            for (int i = 0; i < n; i++) {
                words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
                tags[i] = 1 + random.nextInt(10);
            }
            ParseState initial = new ParseState(words, tags, new byte[1]);
            BeamSearch beam = new BeamSearch(initial, 6, parser.scorer());
            ParseState best = beam.run();
            int[] moves = beam.history(beam.steps(), 0);
            ParseState replayed = initial.fresh();
            for (int m : moves) {
                replayed.apply(m & 3, (m >> 2) - 1);
            }
            assertThat(replayed.heads).containsExactly(best.heads);
            assertThat(replayed.labels).containsExactly(best.labels);
            assertThat(replayed.terminal()).isTrue();
        }
    }

    @Test
    void beamWidthIsStoredInTheModel() throws IOException {
        assertThat(models.parser().beamWidth()).isEqualTo(Fixtures.quickOptions().parser().beamWidth());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        models.parser().write(out);
        DependencyParser read = DependencyParser.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.beamWidth()).isEqualTo(models.parser().beamWidth());
    }

    @Test
    void greedyAndBeamTrainingBothLearnTheFixtureTrees() {
        for (int width : new int[] {1, 8}) {
            SyntaxTrainer.Options quick = Fixtures.quickOptions();
            ParserTrainer.Options p = quick.parser();
            SyntaxTrainer.Options options = new SyntaxTrainer.Options(quick.tagger(),
                    new ParserTrainer.Options(p.epochs(), p.prune(), p.labelPrune(), width, p.voters()), 1, 1);
            List<ConllSentence> slice = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                slice.addAll(Fixtures.sentences());
            }
            DependencyParser parser = new SyntaxTrainer(options).train(slice).parser();
            assertThat(parser.beamWidth()).isEqualTo(width);
            for (ConllSentence s : Fixtures.sentences()) {
                DependencyTree tree = parser.parse(s.words(), s.tags());
                assertThat(tree.heads()).as("heads of %s with beam %d", s.words(), width).containsExactly(s.heads());
            }
        }
    }

    @Test
    void bothDirectionsLearnTheFixtureTreesAndVoteForLegalLabels() throws IOException {
        SyntaxTrainer.Options quick = Fixtures.quickOptions();
        ParserTrainer.Options p = quick.parser();
        SyntaxTrainer.Options options = new SyntaxTrainer.Options(quick.tagger(),
                p.withVoters(List.of(new ParserTrainer.Voter(false, 7L), new ParserTrainer.Voter(true, 7L))), 1, 1);
        List<ConllSentence> slice = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            slice.addAll(Fixtures.sentences());
        }
        DependencyParser parser = new SyntaxTrainer(options).train(slice).parser();
        assertThat(parser.bidirectional()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parser.write(out);
        DependencyParser read = DependencyParser.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.bidirectional()).isTrue();
        for (ConllSentence s : Fixtures.sentences()) {
            DependencyTree tree = read.parse(s.words(), s.tags());
            assertThat(tree.heads()).as("heads of %s", s.words()).containsExactly(s.heads());
            assertThat(tree.labels()).as("labels of %s", s.words()).containsExactly(s.labels());
        }
    }

    @Test
    void votersTrainedOnTwoThreadsGiveTheSameModelBytesAsOnOne() throws IOException {
        SyntaxTrainer.Options quick = Fixtures.quickOptions();
        ParserTrainer.Options voters = quick.parser().withVoters(List.of(new ParserTrainer.Voter(false, 7L),
                new ParserTrainer.Voter(true, 7L), new ParserTrainer.Voter(false, 8L)));
        List<ConllSentence> slice = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            slice.addAll(Fixtures.sentences());
        }
        List<String[]> tags = slice.stream().map(ConllSentence::tags).toList();
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        new ParserTrainer(voters, 1).train(slice, tags).write(one);
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        new ParserTrainer(voters, 2).train(slice, tags).write(two);
        assertThat(two.toByteArray()).isEqualTo(one.toByteArray());
        assertThatThrownBy(() -> new ParserTrainer(voters, 0)).hasMessageContaining("threads must be 1..64");
    }

    @Test
    void threeVotersLearnTheFixtureTreesAndReloadToTheSameParses() throws IOException {
        SyntaxTrainer.Options quick = Fixtures.quickOptions();
        List<ParserTrainer.Voter> voters = List.of(new ParserTrainer.Voter(false, 7L),
                new ParserTrainer.Voter(true, 7L), new ParserTrainer.Voter(false, 8L));
        SyntaxTrainer.Options options = new SyntaxTrainer.Options(quick.tagger(), quick.parser().withVoters(voters), 1, 1);
        List<ConllSentence> slice = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            slice.addAll(Fixtures.sentences());
        }
        DependencyParser parser = new SyntaxTrainer(options).train(slice).parser();
        assertThat(parser.voterCount()).isEqualTo(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parser.write(out);
        DependencyParser read = DependencyParser.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.voterCount()).isEqualTo(3);
        assertThat(read.bidirectional()).isTrue();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(again);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
        for (ConllSentence s : Fixtures.sentences()) {
            DependencyTree tree = read.parse(s.words(), s.tags());
            assertThat(tree).isEqualTo(parser.parse(s.words(), s.tags()));
            assertThat(tree.heads()).as("heads of %s", s.words()).containsExactly(s.heads());
        }
        // words the fixtures never had: the voters disagree more, and their votes still make one tree
        List<String> words = List.of("Yesterday", "the", "mayor", "insisted", "budgets", "would", "shrink", ",",
                "aides", "said", ".");
        DependencyTree odd = read.parse(words, models.tagger().tag(words));
        assertThat(odd).isEqualTo(parser.parse(words, models.tagger().tag(words)));
        assertThat(odd.size()).isEqualTo(words.size());
    }

    @Test
    void aReversedVoterAloneGivesItsTreeInSentenceOrder() {
        SyntaxTrainer.Options quick = Fixtures.quickOptions();
        SyntaxTrainer.Options options = new SyntaxTrainer.Options(quick.tagger(),
                quick.parser().withVoters(List.of(new ParserTrainer.Voter(true, 7L))), 1, 1);
        List<ConllSentence> slice = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            slice.addAll(Fixtures.sentences());
        }
        DependencyParser parser = new SyntaxTrainer(options).train(slice).parser();
        for (ConllSentence s : Fixtures.sentences()) {
            DependencyTree tree = parser.parse(s.words(), s.tags());
            assertThat(tree.heads()).as("heads of %s", s.words()).containsExactly(s.heads());
            assertThat(tree.labels()).as("labels of %s", s.words()).containsExactly(s.labels());
        }
    }

    @Test
    void votersAreAddedInOrderAndMustShareTagsLabelsAndWidth() {
        DependencyParser one = models.parser();
        DependencyParser two = one.withVotersOf(one);
        assertThat(two.voterCount()).isEqualTo(2);
        assertThat(two.withVoters(1).voterCount()).isEqualTo(1);
        assertThat(two.featureCount()).isEqualTo(2 * one.featureCount());
        SyntaxTrainer.Options quick = Fixtures.quickOptions();
        DependencyParser wider = new SyntaxTrainer(new SyntaxTrainer.Options(quick.tagger(),
                new ParserTrainer.Options(1, 7L, 0f, 0f, 2), 1, 1)).train(Fixtures.sentences()).parser();
        assertThatThrownBy(() -> one.withVotersOf(wider)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot vote together");
    }

    @Test
    void filesOfTheTwoDirectionLayoutStillLoad() throws IOException {
        // feature version 7 stored a direction count (1 or 2, the second reversed) and no voter list
        DependencyParser two = models.parser().withVotersOf(models.parser());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = headerOf(bytes, 7, two);
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        two.write(current);
        out.write(tablesOf(current.toByteArray(), 2));
        out.close();
        DependencyParser legacy = DependencyParser.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(legacy.voterCount()).isEqualTo(2);
        assertThat(legacy.bidirectional()).isTrue();
        assertThat(legacy.featureCount()).isEqualTo(two.featureCount());
    }

    @Test
    void optionsRejectCopiesOfAVoter() {
        ParserTrainer.Options p = Fixtures.quickOptions().parser();
        assertThatThrownBy(() -> p.withVoters(List.of(new ParserTrainer.Voter(false, 1L), new ParserTrainer.Voter(false, 1L))))
                .hasMessageContaining("voters must differ");
        assertThat(ParserTrainer.Voter.parse("reversed:42")).isEqualTo(new ParserTrainer.Voter(true, 42L));
        assertThat(ParserTrainer.Voter.parse(new ParserTrainer.Voter(false, 43L).toString()))
                .isEqualTo(new ParserTrainer.Voter(false, 43L));
        assertThatThrownBy(() -> ParserTrainer.Voter.parse("sideways:1")).hasMessageContaining("forward:SEED");
    }

    /** The tag set of a parser, read back from its file (the parser does not expose it). */
    private static String[] tagsOf(DependencyParser parser) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        parser.write(bytes);
        java.io.DataInputStream in = ModelFormat.reader(new ByteArrayInputStream(bytes.toByteArray()),
                DependencyParser.KIND, ParseState.VERSION);
        return ModelFormat.readStrings(in, 1000);
    }

    /**
     * The weight tables of a current-layout file, one voter's after another without the byte
     * lengths that precede each voter's since layout 9 (as layouts 7 and 8 stored them).
     */
    private static byte[] tablesOf(byte[] file, int voters) throws IOException {
        java.io.DataInputStream in = ModelFormat.reader(new ByteArrayInputStream(file), DependencyParser.KIND,
                ParseState.VERSION);
        ModelFormat.readStrings(in, 1000);
        ModelFormat.readStrings(in, 255);
        in.readInt();
        assertThat(in.readInt()).isEqualTo(voters);
        in.skipNBytes(voters);
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        for (int v = 0; v < voters; v++) {
            tables.write(in.readNBytes(in.readInt()));
        }
        assertThat(in.read()).isEqualTo(-1);
        return tables.toByteArray();
    }

    @Test
    void filesOfTheLayoutWithoutVoterLengthsStillLoad() throws IOException {
        // feature version 8 listed the voters' directions but not the byte length of their tables
        DependencyParser two = models.parser().withVotersOf(models.parser());
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        two.write(current);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = headerOf(bytes, 8, two);
        out.write(tablesOf(current.toByteArray(), 2));
        out.close();
        DependencyParser layout8 = DependencyParser.read(new ByteArrayInputStream(bytes.toByteArray()));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        layout8.write(again);
        assertThat(again.toByteArray()).isEqualTo(current.toByteArray());
    }

    @Test
    void aVoterLengthThatDisagreesWithItsTablesIsRejected() throws IOException {
        DependencyParser two = models.parser().withVotersOf(models.parser());
        byte[] tables = tablesOf(fileOf(two), 2);
        int half = tables.length / 2;
        for (int[] lengths : new int[][] {{half - 1, tables.length - half + 1}, {half + 1, tables.length - half - 1},
                {0, tables.length}, {half, tables.length - half - 1}, {-5, 5}}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = headerOf(bytes, ParseState.VERSION, two);
            out.writeInt(lengths[0]);
            out.write(tables, 0, Math.max(0, Math.min(tables.length, lengths[0])));
            out.writeInt(lengths[1]);
            out.write(tables, Math.max(0, Math.min(tables.length, lengths[0])),
                    Math.max(0, Math.min(tables.length - Math.max(0, lengths[0]), lengths[1])));
            out.close();
            assertThatThrownBy(() -> DependencyParser.read(new ByteArrayInputStream(bytes.toByteArray())))
                    .as("voter lengths %d and %d of %d bytes", lengths[0], lengths[1], tables.length)
                    .isInstanceOf(IOException.class);
        }
    }

    /**
     * Starts a parser file of feature version {@code version} holding two forward voters of
     * {@code two}'s sets, up to where the voters' tables begin (version 7 has no direction bytes).
     */
    private static DataOutputStream headerOf(ByteArrayOutputStream bytes, int version, DependencyParser two)
            throws IOException {
        DataOutputStream out = ModelFormat.writer(bytes, DependencyParser.KIND, version);
        ModelFormat.writeStrings(out, tagsOf(two));
        ModelFormat.writeStrings(out, two.labelSet().toArray(new String[0]));
        out.writeInt(two.beamWidth());
        out.writeInt(2);
        if (version >= 8) {
            out.writeByte(0);
            out.writeByte(0);
        }
        return out;
    }

    private static byte[] fileOf(DependencyParser parser) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        parser.write(bytes);
        return bytes.toByteArray();
    }

    @Test
    void votedTreeIsTheBestProjectiveTreeWithOneRoot() {
        // votes favour 1 -> 0, 1 -> 2 and 1 as the root, but also the crossing 3 -> 0 a little
        double[][] w = new double[4][5];
        w[0][2] = 1.0;
        w[0][4] = 0.4;
        w[1][0] = 1.0;
        w[2][2] = 1.0;
        w[3][3] = 0.5;
        w[3][2] = 0.4;
        assertThat(ArcVotes.bestTree(w, 4)).containsExactly(1, -1, 1, 2);
        assertThat(ArcVotes.bestTree(new double[1][2], 1)).containsExactly(-1);
        // no votes at all still give a tree with one root
        int[] heads = ArcVotes.bestTree(new double[30][31], 30);
        assertThat(new DependencyTree(heads, java.util.Collections.nCopies(30, "dep").toArray(new String[0]))
                .size()).isEqualTo(30);
    }

    @Test
    void longInputsNarrowTheBeamDownToGreedy() {
        assertThat(BeamSearch.widthFor(8, 20)).isEqualTo(8);
        assertThat(BeamSearch.widthFor(8, BeamSearch.TOKEN_BUDGET / 4)).isEqualTo(4);
        assertThat(BeamSearch.widthFor(8, BeamSearch.TOKEN_BUDGET * 3)).isEqualTo(1);
        assertThat(BeamSearch.widthFor(8, 0)).isEqualTo(8);
    }

    @Test
    void veryLongInputStillGetsOneTree() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            words.add(i % 17 == 16 ? "." : i % 3 == 0 ? "the" : "minister");
        }
        DependencyTree tree = models.parser().parse(words, models.tagger().tag(words));
        assertThat(tree.size()).isEqualTo(6000);
        assertThat(tree.root()).isBetween(0, 5999);
    }

    @Test
    void parsesTheSameFromManyThreads() throws Exception {
        List<String> words = List.of("Officials", "said", "the", "minister", "would", "win", ".");
        String[] tags = models.tagger().tag(words);
        DependencyTree expected = models.parser().parse(words, tags);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DependencyTree>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> models.parser().parse(words, tags)));
            }
            for (Future<DependencyTree> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void optionsRejectABeamWidthOutOfRange() {
        assertThatThrownBy(() -> new ParserTrainer.Options(1, 1L, 0f, 0f, 0))
                .hasMessageContaining("beamWidth must be 1..64, got 0");
        assertThatThrownBy(() -> new ParserTrainer.Options(1, 1L, 0f, 0f, 65))
                .hasMessageContaining("beamWidth must be 1..64, got 65");
    }

    @Test
    void modelsOfTheGreedyFeatureVersionAreRejectedWithAClearMessage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = ModelFormat.writer(bytes, DependencyParser.KIND, 4);
        out.writeInt(0);
        out.close();
        assertThatThrownBy(() -> DependencyParser.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("feature version 4")
                .hasMessageContaining("retrain it");
    }
}
