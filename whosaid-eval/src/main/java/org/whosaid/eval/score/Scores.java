package org.whosaid.eval.score;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.whosaid.model.QuoteType;

/**
 * The result of scoring a set of documents.
 *
 * @param overall       counts over everything
 * @param byType        counts by quotation type: gold items under their gold type (recall side),
 *                      predicted items under their predicted type (precision side)
 * @param byOutlet      counts by the documents' outlet, sorted by name
 * @param typeConfusion for contents matched by overlap: gold type, then predicted type, to count
 * @param errors        every miss and false alarm, in document order
 */
public record Scores(int documents, Tally overall, Map<QuoteType, Tally> byType, Map<String, Tally> byOutlet,
                     Map<QuoteType, Map<QuoteType, Integer>> typeConfusion, List<ErrorEntry> errors) {
    public Scores {
        EnumMap<QuoteType, Tally> types = new EnumMap<>(QuoteType.class);
        types.putAll(byType);
        byType = Collections.unmodifiableMap(types);
        byOutlet = Collections.unmodifiableMap(new TreeMap<>(byOutlet));
        typeConfusion = Map.copyOf(typeConfusion);
        errors = List.copyOf(errors);
    }

    public Tally type(QuoteType type) {
        return byType.getOrDefault(type, Tally.ZERO);
    }

    public int confusion(QuoteType gold, QuoteType predicted) {
        return typeConfusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }
}
