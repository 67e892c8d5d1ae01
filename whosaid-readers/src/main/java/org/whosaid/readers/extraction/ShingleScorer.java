package org.whosaid.readers.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an extracted article body against the true one the way the public article-extraction
 * benchmark does: tokens are runs of word characters (letters, numbers and underscore, as Python's
 * Unicode {@code \w}); each text's 4-token shingles are counted with multiplicity (a text of fewer
 * than four tokens is one shorter shingle); a page's true positives, false positives and false
 * negatives are the overlap and the two remainders of those bags.
 */
public final class ShingleScorer {
    private static final int N = 4;

    private ShingleScorer() {
    }

    /** One page's counts. */
    public record PageScore(long tp, long fp, long fn, boolean predictionEmpty) {
        /** Precision of this page; NaN when nothing was predicted. */
        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        /** Recall of this page; NaN when the truth is empty. */
        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }
    }

    /**
     * Averages over pages. Dividing a page's counts by their sum does not change its precision or
     * recall, so averaging per-page ratios gives every page the same weight, as the benchmark does.
     */
    public record Summary(int pages, double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public static PageScore score(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(tokens(truth));
        Map<List<String>, Integer> p = shingles(tokens(predicted));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        return new PageScore(tp, fp, fn, p.isEmpty());
    }

    /** Precision over pages with a non-empty prediction, recall over all pages. */
    public static Summary summarize(List<PageScore> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (PageScore s : pages) {
            if (!s.predictionEmpty() && !Double.isNaN(s.precision())) {
                p += s.precision();
                np++;
            }
            double rec = s.recall();
            r += Double.isNaN(rec) ? (s.predictionEmpty() ? 1 : 0) : rec;
            nr++;
        }
        return new Summary(pages.size(), np == 0 ? 0 : p / np, nr == 0 ? 0 : r / nr);
    }

    /** Runs of word characters, as Python 3's {@code re.findall(r"\w+", text)}. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWord(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWord(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** Python's {@code \w} on str patterns: alphanumeric ({@code str.isalnum}) or underscore. */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            out.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return out;
    }
}
