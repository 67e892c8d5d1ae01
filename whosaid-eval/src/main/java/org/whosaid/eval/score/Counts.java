package org.whosaid.eval.score;

/**
 * Match counts for one role (or for whole attributions) over some set of documents, and the
 * precision, recall and F1 derived from them.
 *
 * <p>Exact: a gold item is recalled when a predicted item equals it (after {@link Pieces}
 * normalisation); {@code exactGold} counts recalled gold items and {@code exactPredicted} correct
 * predicted items (equal overall, different in breakdowns by type, where gold items are grouped by
 * gold type and predicted items by predicted type). Overlap: each gold item is credited with the
 * fraction of its characters covered by the predicted item matched to it, and each predicted item
 * with the fraction of its characters covered by its gold item.
 */
public record Counts(int gold, int predicted, int exactGold, int exactPredicted,
                     double overlapGold, double overlapPredicted) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    public Counts {
        if (gold < 0 || predicted < 0 || exactGold > gold || exactPredicted > predicted
                || overlapGold > gold + 1e-9 || overlapPredicted > predicted + 1e-9) {
            throw new IllegalArgumentException("inconsistent counts: " + gold + " gold, " + predicted
                    + " predicted, " + exactGold + "/" + exactPredicted + " exact, "
                    + overlapGold + "/" + overlapPredicted + " overlap");
        }
    }

    public Counts plus(Counts o) {
        return new Counts(gold + o.gold, predicted + o.predicted, exactGold + o.exactGold,
                exactPredicted + o.exactPredicted, overlapGold + o.overlapGold,
                overlapPredicted + o.overlapPredicted);
    }

    public double exactPrecision() {
        return ratio(exactPredicted, predicted);
    }

    public double exactRecall() {
        return ratio(exactGold, gold);
    }

    public double exactF1() {
        return f1(exactPrecision(), exactRecall());
    }

    public double overlapPrecision() {
        return ratio(overlapPredicted, predicted);
    }

    public double overlapRecall() {
        return ratio(overlapGold, gold);
    }

    public double overlapF1() {
        return f1(overlapPrecision(), overlapRecall());
    }

    private static double ratio(double a, int b) {
        return b == 0 ? 0 : a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
