package org.whosaid.quotes;

import java.util.List;

import org.whosaid.structure.Structure;
import org.whosaid.text.TextLayer;

/**
 * The quote stage: finds an article's attributions (content, cue, source mention) in text order.
 * The rules ({@link QuoteFinder}) and the learned model implement it, so the pipeline picks one
 * when it is built and the speaker stage treats their output alike. Implementations are immutable
 * and thread-safe.
 */
public interface AttributionFinder {

    /** Every attribution of the article, sorted by content span. */
    List<Attribution> find(TextLayer layer, Structure structure);
}
