package org.whosaid.learned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.whosaid.model.Span;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.structure.Structure;
import org.whosaid.text.TextLayer;

/**
 * Rules and learned model together: the rules run once, their proposals feed the model's
 * features, and the union is returned with the rules' attributions first (they are precise and
 * keep their conventions, such as content without a leading "that"); a learned attribution is
 * added only when neither its content nor its cue overlaps one the rules found. Immutable and
 * thread-safe.
 */
public final class CombinedFinder implements AttributionFinder {

    private final LearnedModel model;
    private final QuoteFinder rules;

    public CombinedFinder(LearnedModel model, QuoteFinder rules) {
        this.model = Objects.requireNonNull(model, "model");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public List<Attribution> find(TextLayer layer, Structure structure) {
        List<Attribution> proposals = rules.find(layer, structure);
        List<Attribution> learned = model.find(layer, structure, proposals);
        List<Attribution> out = new ArrayList<>(proposals);
        for (Attribution l : learned) {
            if (!overlapsAny(l, proposals)) {
                out.add(l);
            }
        }
        out.sort(Comparator.comparing(Attribution::contentSpan));
        return List.copyOf(out);
    }

    private static boolean overlapsAny(Attribution r, List<Attribution> others) {
        for (Attribution l : others) {
            if (r.cue() != null && l.cue() != null && r.cue().overlaps(l.cue())) {
                return true;
            }
            for (Span a : r.content()) {
                for (Span b : l.content()) {
                    if (a.overlaps(b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
