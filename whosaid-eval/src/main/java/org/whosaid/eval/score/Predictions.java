package org.whosaid.eval.score;

import java.util.ArrayList;
import java.util.List;

import org.whosaid.model.Analysis;
import org.whosaid.model.Quote;

/** Turns the pipeline's quotations into attributions the scorer can compare with gold ones. */
public final class Predictions {

    private Predictions() {
    }

    /**
     * One attribution per quote: content from its fragments, cue from its cue's span, source from its
     * speaker's mention span; the quote's type is kept as is.
     */
    public static List<Attribution> of(Analysis analysis) {
        String text = analysis.article().text();
        List<Attribution> out = new ArrayList<>(analysis.quotes().size());
        for (Quote q : analysis.quotes()) {
            Pieces source = q.speaker() == null ? Pieces.EMPTY : Pieces.normalized(q.speaker().span(), text);
            Pieces cue = q.cue() == null ? Pieces.EMPTY : Pieces.normalized(q.cue().span(), text);
            out.add(new Attribution(source, cue, Pieces.normalized(q.fragments(), text), q.type()));
        }
        return out;
    }
}
