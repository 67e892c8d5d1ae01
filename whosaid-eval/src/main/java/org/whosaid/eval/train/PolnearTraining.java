package org.whosaid.eval.train;

import java.util.ArrayList;
import java.util.List;

import org.whosaid.eval.polnear.PolnearArticle;
import org.whosaid.eval.polnear.PolnearCorpus;
import org.whosaid.eval.score.Attribution;
import org.whosaid.eval.score.DocumentCase;
import org.whosaid.eval.score.Pieces;
import org.whosaid.eval.score.Scorer;
import org.whosaid.eval.score.Scores;
import org.whosaid.learned.TrainingDocument;
import org.whosaid.model.Span;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.structure.Structure;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.text.TextLayer;

/**
 * Bridges PolNeAR and the trainer: gold attributions of the first annotator become
 * {@link TrainingDocument}s, and any {@link AttributionFinder} can be scored on a split directly
 * (source = the attribution's source mention, as the speaker stage would report it).
 */
public final class PolnearTraining {

    private PolnearTraining() {
    }

    /** The first annotator's attributions of every article, as training documents. */
    public static List<TrainingDocument> documents(PolnearCorpus corpus) {
        List<TrainingDocument> out = new ArrayList<>(corpus.articles().size());
        for (PolnearArticle a : corpus.articles()) {
            List<TrainingDocument.Gold> gold = new ArrayList<>();
            for (Attribution g : a.gold().attributions()) {
                gold.add(new TrainingDocument.Gold(g.source().spans(), g.cue().spans(), g.content().spans()));
            }
            out.add(new TrainingDocument(a.name(), a.text(), gold));
        }
        return out;
    }

    /** Scores {@code finder} on {@code corpus} against the first annotator. */
    public static Scores score(PolnearCorpus corpus, AttributionFinder finder) {
        List<DocumentCase> cases = new ArrayList<>();
        for (PolnearArticle a : corpus.articles()) {
            String text = a.text();
            TextLayer layer = TextLayer.of(text);
            Structure structure = StructureAnalyzer.analyze(a.toArticle(), layer);
            List<Attribution> predicted = new ArrayList<>();
            for (org.whosaid.quotes.Attribution p : finder.find(layer, structure)) {
                Pieces source = p.source() == null ? Pieces.EMPTY : Pieces.normalized(p.source(), text);
                Pieces cue = p.cue() == null ? Pieces.EMPTY : Pieces.normalized(p.cue(), text);
                List<Span> content = p.content();
                predicted.add(new Attribution(source, cue, Pieces.normalized(content, text), p.type()));
            }
            cases.add(new DocumentCase(a.name(), a.outlet(), text, a.gold().attributions(), predicted));
        }
        return Scorer.score(cases);
    }
}
