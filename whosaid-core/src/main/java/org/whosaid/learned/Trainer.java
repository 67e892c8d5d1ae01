package org.whosaid.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.whosaid.model.Article;
import org.whosaid.model.Span;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.structure.Structure;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.syntax.PosTagger;
import org.whosaid.text.Sentence;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;

/**
 * Trains a {@link LearnedModel} from annotated documents: the cue tagger on every sentence (gold
 * cue tokens labelled), the role tagger on the window around every gold cue (its attribution's
 * source and content labelled). Deterministic: features are extracted in document order and the
 * perceptron visits examples in a seeded order, so the same input gives the same model bytes.
 */
public final class Trainer {

    private Trainer() {
    }

    /** Trains a model; {@code progress} receives one line per phase. */
    public static LearnedModel train(List<TrainingDocument> documents, TrainerOptions options, Consumer<String> progress) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(options, "options");
        int families = options.familyBits();
        Features cueFeatures = new Features(families, options.cueBits());
        Features roleFeatures = new Features(families, options.roleBits());
        CueLexicon lexicon = CueLexicon.english();
        QuoteFinder rules = new QuoteFinder(lexicon);
        boolean useRules = (families & FeatureFamily.RULES.bit()) != 0;
        PosTagger posTagger = (families & FeatureFamily.POS.bit()) != 0 ? LearnedModel.bundledTagger() : null;
        List<List<Perceptron.Example>> cuePerDoc = new ArrayList<>();
        List<List<Perceptron.Example>> rolePerDoc = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            cuePerDoc.add(null);
            rolePerDoc.add(null);
        }
        java.util.stream.IntStream.range(0, documents.size()).parallel().forEach(d -> {
            TrainingDocument doc = documents.get(d);
            TextLayer layer = TextLayer.of(doc.text());
            Structure structure = StructureAnalyzer.analyze(Article.of(doc.id(), doc.text()), layer);
            List<Attribution> proposals = useRules ? rules.find(layer, structure) : List.of();
            TokenView v = new TokenView(layer, structure, lexicon, proposals, posTagger);
            cuePerDoc.set(d, cueExamples(layer, v, doc, cueFeatures));
            rolePerDoc.set(d, roleExamples(layer, v, doc, roleFeatures, options.window(), options.paragraphs()));
        });
        List<Perceptron.Example> cueExamples = new ArrayList<>();
        List<Perceptron.Example> roleExamples = new ArrayList<>();
        cuePerDoc.forEach(cueExamples::addAll);
        rolePerDoc.forEach(roleExamples::addAll);
        progress.accept("features: " + cueExamples.size() + " sentences, " + roleExamples.size() + " cue windows");
        Tagger[] taggers = new Tagger[2];
        Thread cueThread = new Thread(() -> taggers[0] = new Perceptron(1, options.cueBits(), Features.CUE_SLOTS)
                .train(cueExamples, options.cueEpochs(), options.seed(), options.prune()), "whosaid-train-cues");
        cueThread.start();
        taggers[1] = new Perceptron(2, options.roleBits(), Features.ROLE_SLOTS)
                .train(roleExamples, options.roleEpochs(), options.seed() + 1, options.prune());
        try {
            cueThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        }
        if (taggers[0] == null) {
            throw new IllegalStateException("cue tagger training failed");
        }
        progress.accept("trained: cue tagger " + options.cueEpochs() + " epochs, role tagger " + options.roleEpochs() + " epochs");
        LearnedModel model = new LearnedModel(families, options.window(), options.paragraphs(), taggers[0], taggers[1]);
        if (options.endFolds() == 0) {
            return model;
        }
        return model.withEnds(trainEnds(documents, options, progress));
    }

    /** Passes of the content-end ranker over its cases. */
    static final int END_EPOCHS = 10;

    /**
     * Trains the content-end ranker by cross-fitting: the articles are split into folds, each
     * fold is labelled by a model trained without it (so the ranker learns from the mistakes the
     * tagger makes on unseen text, not on its own training data), and the ranker learns from all
     * folds' cases.
     */
    private static ContentEnds trainEnds(List<TrainingDocument> documents, TrainerOptions options,
            Consumer<String> progress) {
        int folds = options.endFolds();
        List<ContentEnds.Example> examples = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<TrainingDocument> rest = new ArrayList<>();
            List<TrainingDocument> held = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                (i % folds == k ? held : rest).add(documents.get(i));
            }
            LearnedModel foldModel = train(rest, options.withEndFolds(0), line -> { });
            List<List<ContentEnds.Example>> perDoc = new ArrayList<>();
            for (int i = 0; i < held.size(); i++) {
                perDoc.add(null);
            }
            java.util.stream.IntStream.range(0, held.size()).parallel().forEach(d -> {
                TrainingDocument doc = held.get(d);
                TextLayer layer = TextLayer.of(doc.text());
                Structure structure = StructureAnalyzer.analyze(Article.of(doc.id(), doc.text()), layer);
                perDoc.set(d, foldModel.endExamples(layer, structure, doc.attributions()));
            });
            perDoc.forEach(examples::addAll);
            progress.accept("content ends: fold " + (k + 1) + " of " + folds + ", " + examples.size() + " cases");
        }
        ContentEnds ends = ContentEnds.train(examples, END_EPOCHS, options.seed() + 2);
        progress.accept("trained: content-end ranker, " + END_EPOCHS + " epochs over " + examples.size() + " cases");
        return ends;
    }

    private static List<Perceptron.Example> cueExamples(TextLayer layer, TokenView v, TrainingDocument doc,
                                                        Features features) {
        int[] gold = new int[v.n];
        for (TrainingDocument.Gold g : doc.attributions()) {
            for (Span piece : g.cue()) {
                int first = -1;
                for (int i = layer.tokenAtOrAfter(piece.start()); i < v.n && v.tokens.get(i).start() < piece.end(); i++) {
                    if (first < 0) {
                        first = i;
                        if (gold[i] == 0) {
                            gold[i] = 1;
                        }
                    } else {
                        gold[i] = 2;
                    }
                }
            }
        }
        // fix inside labels left without a beginning (a cue token cut by a piece edge)
        for (int i = 0; i < v.n; i++) {
            if (gold[i] == 2 && (i == 0 || gold[i - 1] == 0)) {
                gold[i] = 1;
            }
        }
        List<Perceptron.Example> out = new ArrayList<>();
        for (Sentence s : layer.sentences()) {
            int a = s.firstToken();
            int len = Math.min(s.endToken(), v.n) - a;
            if (len <= 0) {
                continue;
            }
            int[] f = new int[len * Features.CUE_SLOTS];
            int[] y = new int[len];
            for (int t = 0; t < len; t++) {
                features.cue(v, a + t, f, t * Features.CUE_SLOTS);
                y[t] = gold[a + t];
                if (t == 0 && y[t] == 2) {
                    y[t] = 1;
                }
            }
            out.add(new Perceptron.Example(f, len, y, null));
        }
        return out;
    }

    private static List<Perceptron.Example> roleExamples(TextLayer layer, TokenView v, TrainingDocument doc,
                                                         Features features, int window, int paragraphs) {
        List<Perceptron.Example> out = new ArrayList<>();
        for (TrainingDocument.Gold g : doc.attributions()) {
            if (g.cue().isEmpty() || g.content().isEmpty()) {
                continue;
            }
            int cs = layer.tokenAtOrAfter(g.cue().get(0).start());
            Span lastCue = g.cue().get(g.cue().size() - 1);
            int ce = cs;
            while (ce < v.n && v.tokens.get(ce).start() < lastCue.end()) {
                ce++;
            }
            if (cs >= v.n || ce <= cs) {
                continue;
            }
            int from = LearnedModel.windowStart(v, cs, window, paragraphs);
            int to = LearnedModel.windowEnd(v, ce, window, paragraphs);
            int len = to - from;
            int[] y = new int[len];
            label(y, from, to, layer, v, g.content(), LearnedModel.CONTENT);
            label(y, from, to, layer, v, g.source(), LearnedModel.SOURCE);
            boolean[] outsideOnly = new boolean[len];
            for (int i = cs; i < ce; i++) {
                outsideOnly[i - from] = true;
                y[i - from] = 0;
            }
            for (int t = 0; t < len; t++) {
                if (y[t] != 0 && (y[t] & 1) == 0 && (t == 0 || (y[t - 1] != y[t] && y[t - 1] != y[t] - 1))) {
                    y[t] = y[t] - 1;
                }
            }
            int[] f = new int[len * Features.ROLE_SLOTS];
            for (int t = 0; t < len; t++) {
                features.role(v, cs, ce, from + t, f, t * Features.ROLE_SLOTS);
            }
            out.add(new Perceptron.Example(f, len, y, outsideOnly));
        }
        return out;
    }

    /** Labels the window tokens covered by {@code pieces} with {@code role}, a new segment per piece. */
    private static void label(int[] y, int from, int to, TextLayer layer, TokenView v, List<Span> pieces, int role) {
        for (Span piece : pieces) {
            boolean first = true;
            for (int i = layer.tokenAtOrAfter(piece.start()); i < to && v.tokens.get(i).start() < piece.end(); i++) {
                Token t = v.tokens.get(i);
                if (i < from || t.end() <= piece.start()) {
                    continue;
                }
                y[i - from] = first ? 1 + 2 * role : 2 + 2 * role;
                first = false;
            }
        }
    }
}
