package org.whosaid.eval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of gold items to predicted items within one document.
 *
 * <p>Greedy, not Hungarian: candidate pairs are taken best first and a pair is kept when neither
 * side is matched yet. For exact matching the candidates are equal pairs; since equality is
 * transitive, greedy is optimal there. For overlap matching pairs are ranked by the Dice coefficient
 * of their characters (2 x shared / (gold + predicted)), then by shared characters, then by text
 * position, so the result is deterministic. Greedy can lose to Hungarian only when one prediction
 * overlaps two gold items and the better-scoring pair blocks a second one; in attribution data,
 * where spans of one role rarely overlap each other, this is negligible, and greedy is easy to
 * explain in an error report.
 */
final class Matcher {

    private Matcher() {
    }

    /** For each gold item, the index of the equal predicted item matched to it, or -1. */
    static int[] exact(List<Pieces> gold, List<Pieces> predicted) {
        int[] goldToPred = new int[gold.size()];
        Arrays.fill(goldToPred, -1);
        boolean[] taken = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!taken[p] && gold.get(g).equals(predicted.get(p))) {
                    taken[p] = true;
                    goldToPred[g] = p;
                    break;
                }
            }
        }
        return goldToPred;
    }

    /** For each gold item, the index of the overlapping predicted item matched to it, or -1. */
    static int[] overlap(List<Pieces> gold, List<Pieces> predicted) {
        record Candidate(int gold, int predicted, int shared, double dice) { }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Pieces a = gold.get(g);
            for (int p = 0; p < predicted.size(); p++) {
                Pieces b = predicted.get(p);
                int shared = a.overlap(b);
                if (shared > 0) {
                    candidates.add(new Candidate(g, p, shared, 2.0 * shared / (a.length() + b.length())));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::dice).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::shared).reversed())
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::predicted));
        int[] goldToPred = new int[gold.size()];
        Arrays.fill(goldToPred, -1);
        boolean[] taken = new boolean[predicted.size()];
        for (Candidate c : candidates) {
            if (goldToPred[c.gold()] < 0 && !taken[c.predicted()]) {
                goldToPred[c.gold()] = c.predicted();
                taken[c.predicted()] = true;
            }
        }
        return goldToPred;
    }
}
