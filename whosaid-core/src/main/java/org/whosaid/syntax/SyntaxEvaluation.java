package org.whosaid.syntax;

import java.util.List;

/**
 * Scores a tagger and parser against annotated sentences (tagging accuracy, unlabelled and labelled
 * attachment, with and without punctuation, i.e. tokens whose reference label is {@code punct}). The
 * parser is fed the tagger's tags and runner-up tags, as at run time. Speed is measured by
 * {@code whosaid bench syntax}.
 */
public final class SyntaxEvaluation {

    /** Figures on one data set; ratios in [0, 1]. */
    public record Scores(int sentences, int tokens, double tagAccuracy, double uas, double las,
            double uasNoPunct, double lasNoPunct) {
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

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : a / (double) b;
    }
}
