package org.whosaid.syntax;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Scores a tagger and parser against annotated sentences (tagging accuracy, unlabelled and labelled
 * attachment, with and without punctuation, i.e. tokens whose reference label is {@code punct}) and
 * measures their single-thread speed. The parser is fed the tagger's tags and runner-up tags, as at run
 * time.
 */
public final class SyntaxEvaluation {

    /** Figures on one data set; ratios in [0, 1]. */
    public record Scores(int sentences, int tokens, double tagAccuracy, double uas, double las,
            double uasNoPunct, double lasNoPunct) {
    }

    /**
     * Speed of one thread over the data set, after a warm-up pass: by wall clock, and by the
     * thread's CPU time, which stays meaningful on a machine shared with other jobs.
     */
    public record Speed(long tokens, double taggerTokensPerSecond, double tokensPerSecond,
            double tokensPerCpuSecond) {
    }

    private SyntaxEvaluation() {
    }

    public static Scores score(PosTagger tagger, DependencyParser parser, List<ConllSentence> sentences) {
        long tokens = 0;
        long tagsOk = 0;
        long headsOk = 0;
        long labelledOk = 0;
        long noPunct = 0;
        long headsOkNoPunct = 0;
        long labelledOkNoPunct = 0;
        for (ConllSentence s : sentences) {
            List<String> words = s.words();
            PosTagger.Tagging tagging = tagger.tagWithRunnersUp(words);
            String[] tags = tagging.tags();
            DependencyTree tree = parser.parse(words, tagging);
            for (int i = 0; i < s.size(); i++) {
                ConllToken gold = s.tokens().get(i);
                boolean head = tree.head(i) == gold.head() - 1;
                boolean labelled = head && tree.label(i).equals(gold.label());
                tokens++;
                tagsOk += tags[i].equals(gold.tag()) ? 1 : 0;
                headsOk += head ? 1 : 0;
                labelledOk += labelled ? 1 : 0;
                if (!gold.label().equals("punct")) {
                    noPunct++;
                    headsOkNoPunct += head ? 1 : 0;
                    labelledOkNoPunct += labelled ? 1 : 0;
                }
            }
        }
        return new Scores(sentences.size(), (int) tokens, ratio(tagsOk, tokens), ratio(headsOk, tokens),
                ratio(labelledOk, tokens), ratio(headsOkNoPunct, noPunct), ratio(labelledOkNoPunct, noPunct));
    }

    /** Times tagging alone and tagging plus parsing, best of {@code rounds} passes. */
    public static Speed speed(PosTagger tagger, DependencyParser parser, List<ConllSentence> sentences, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
        }
        long tokens = 0;
        for (ConllSentence s : sentences) {
            tokens += s.size();
        }
        List<List<String>> words = sentences.stream().map(ConllSentence::words).toList();
        long bestTag = Long.MAX_VALUE;
        long bestBoth = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        long sink = 0;
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            for (List<String> w : words) {
                sink += tagger.tag(w).length;
            }
            long t1 = System.nanoTime();
            long c1 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            for (List<String> w : words) {
                sink += parser.parse(w, tagger.tagWithRunnersUp(w)).root();
            }
            long t2 = System.nanoTime();
            long c2 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            if (r > 0) {
                bestTag = Math.min(bestTag, t1 - t0);
                bestBoth = Math.min(bestBoth, t2 - t1);
                bestCpu = Math.min(bestCpu, c2 - c1);
            }
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable; keeps the work observable");
        }
        return new Speed(tokens, tokens / (Math.max(1, bestTag) / 1e9), tokens / (Math.max(1, bestBoth) / 1e9),
                cpuTime ? tokens / (Math.max(1, bestCpu) / 1e9) : Double.NaN);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : a / (double) b;
    }
}
