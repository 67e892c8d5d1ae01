package org.whosaid.syntax;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.whosaid.syntax.NameTagger.NameKind;

/**
 * Scores a {@link NameTagger} against CoreNLP's named-entity tags: per-word accuracy, and per kind
 * the precision, recall and F1 of whole names (a name = a maximal run of words of one kind; exact
 * match of its first and last word), plus the tagger's single-thread speed.
 */
public final class NameTaggerEvaluation {

    /** Counts of one kind's names: predicted and right, predicted, in the reference. */
    public record Counts(int correct, int predicted, int reference) {
        public double precision() {
            return predicted == 0 ? 0 : correct / (double) predicted;
        }

        public double recall() {
            return reference == 0 ? 0 : correct / (double) reference;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Figures on one data set; {@code perKind} has every kind but {@code NONE}. */
    public record Scores(int sentences, int tokens, double accuracy, Map<NameKind, Counts> perKind) {
        public Scores {
            perKind = Map.copyOf(perKind);
        }
    }

    private NameTaggerEvaluation() {
    }

    public static Scores score(NameTagger tagger, List<ConllSentence> sentences) {
        long tokens = 0;
        long right = 0;
        List<NameKind[]> predicted = new ArrayList<>(sentences.size());
        List<NameKind[]> reference = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            NameKind[] p = tagger.tag(s.words());
            NameKind[] r = new NameKind[s.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = NameTagger.kindOf(s.tokens().get(i).ner());
                tokens++;
                right += r[i] == p[i] ? 1 : 0;
            }
            predicted.add(p);
            reference.add(r);
        }
        return new Scores(sentences.size(), (int) tokens, tokens == 0 ? 0 : right / (double) tokens,
                compare(predicted, reference));
    }

    /** Name counts per kind of predicted tags against reference tags, sentence by sentence. */
    static Map<NameKind, Counts> compare(List<NameKind[]> predicted, List<NameKind[]> reference) {
        if (predicted.size() != reference.size()) {
            throw new IllegalArgumentException(predicted.size() + " predicted but " + reference.size() + " reference sentences");
        }
        Map<NameKind, int[]> counts = new EnumMap<>(NameKind.class);
        for (NameKind k : NameKind.values()) {
            if (k != NameKind.NONE) {
                counts.put(k, new int[3]);
            }
        }
        for (int s = 0; s < predicted.size(); s++) {
            NameKind[] p = predicted.get(s);
            NameKind[] r = reference.get(s);
            if (p.length != r.length) {
                throw new IllegalArgumentException("sentence " + s + ": " + p.length + " predicted but " + r.length
                        + " reference tags");
            }
            count(p, r, counts, 1);
            count(r, p, counts, 2);
        }
        Map<NameKind, Counts> perKind = new EnumMap<>(NameKind.class);
        counts.forEach((k, c) -> perKind.put(k, new Counts(c[0], c[1], c[2])));
        return perKind;
    }

    /**
     * Counts the names of {@code these} into slot {@code slot} of their kind, and (for slot 1) the
     * ones that {@code others} has with the same bounds and kind into slot 0.
     */
    private static void count(NameKind[] these, NameKind[] others, Map<NameKind, int[]> counts, int slot) {
        for (int i = 0; i < these.length; i++) {
            if (these[i] == NameKind.NONE) {
                continue;
            }
            int j = i;
            while (j + 1 < these.length && these[j + 1] == these[i]) {
                j++;
            }
            int[] c = counts.get(these[i]);
            c[slot]++;
            if (slot == 1 && sameName(others, i, j, these[i])) {
                c[0]++;
            }
            i = j;
        }
    }

    private static boolean sameName(NameKind[] tags, int first, int last, NameKind kind) {
        if (first > 0 && tags[first - 1] == kind || last + 1 < tags.length && tags[last + 1] == kind) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (tags[k] != kind) {
                return false;
            }
        }
        return true;
    }

    /** Words tagged per second by one thread (wall clock and thread CPU time), best of {@code rounds}. */
    public static double[] speed(NameTagger tagger, List<ConllSentence> sentences, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
        }
        List<List<String>> words = sentences.stream().map(ConllSentence::words).toList();
        long tokens = 0;
        for (List<String> w : words) {
            tokens += w.size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            for (List<String> w : words) {
                sink += tagger.tag(w).length;
            }
            long t1 = System.nanoTime();
            long c1 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            if (r > 0) {
                bestWall = Math.min(bestWall, t1 - t0);
                bestCpu = Math.min(bestCpu, c1 - c0);
            }
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable; keeps the work observable");
        }
        return new double[] {tokens / (Math.max(1, bestWall) / 1e9),
            cpuTime ? tokens / (Math.max(1, bestCpu) / 1e9) : Double.NaN};
    }
}
