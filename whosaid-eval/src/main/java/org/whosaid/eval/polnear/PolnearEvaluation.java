package org.whosaid.eval.polnear;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.whosaid.eval.score.DocumentCase;
import org.whosaid.eval.score.Predictions;
import org.whosaid.eval.score.Scorer;
import org.whosaid.eval.score.Scores;
import org.whosaid.model.Article;
import org.whosaid.pipeline.Pipeline;

/**
 * Runs a pipeline over a PolNeAR corpus and scores it against the first annotator, and scores the
 * other annotators of multiply annotated articles against the first as the human ceiling.
 *
 * @param scores         the pipeline against the gold standard
 * @param agreement      every further annotator (as prediction) against the first (as gold), over
 *                       the multiply annotated articles
 * @param agreementArticles how many articles the agreement covers
 * @param agreementPairs how many (first, other) annotator pairs it sums
 * @param failures       articles the pipeline failed on (they count as predicting nothing)
 * @param nanos          wall time of the pipeline run
 */
public record PolnearEvaluation(PolnearCorpus corpus, String model, Scores scores, Scores agreement,
                                int agreementArticles, int agreementPairs, List<Problem> failures, long nanos) {

    public PolnearEvaluation {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(agreement, "agreement");
        failures = List.copyOf(failures);
    }

    /**
     * Runs {@code pipeline} over {@code corpus} and measures agreement over {@code multiplyAnnotated}
     * (usually every multiply annotated article of train and dev, since dev alone has only two).
     */
    public static PolnearEvaluation run(PolnearCorpus corpus, Pipeline pipeline, List<PolnearArticle> multiplyAnnotated) {
        List<Article> articles = corpus.articles().stream().map(PolnearArticle::toArticle).toList();
        long start = System.nanoTime();
        List<Pipeline.Result> results = pipeline.analyzeAll(articles);
        long nanos = System.nanoTime() - start;
        List<DocumentCase> cases = new ArrayList<>(articles.size());
        List<Problem> failures = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            PolnearArticle a = corpus.articles().get(i);
            Pipeline.Result r = results.get(i);
            if (!r.ok()) {
                failures.add(new Problem(a.split() + "/text/" + a.name() + ".txt", 0,
                        "pipeline failed: " + r.error()));
            }
            cases.add(new DocumentCase(a.name(), a.outlet(), a.text(), a.gold().attributions(),
                    r.ok() ? Predictions.of(r.analysis()) : List.of()));
        }
        List<PolnearArticle> multi = multiplyAnnotated.stream().filter(a -> a.annotations().size() > 1).toList();
        List<DocumentCase> pairs = agreementCases(multi);
        return new PolnearEvaluation(corpus, pipeline.options().model().label(), Scorer.score(cases),
                Scorer.score(pairs), multi.size(), pairs.size(), failures, nanos);
    }

    /** Scores every further annotator (as prediction) against the first (as gold). */
    public static Scores agreement(List<PolnearArticle> articles) {
        return Scorer.score(agreementCases(articles));
    }

    private static List<DocumentCase> agreementCases(List<PolnearArticle> articles) {
        List<DocumentCase> cases = new ArrayList<>();
        for (PolnearArticle a : articles) {
            for (int k = 1; k < a.annotations().size(); k++) {
                Annotation other = a.annotations().get(k);
                cases.add(new DocumentCase(a.name() + " (" + a.gold().annotator() + " vs " + other.annotator() + ")",
                        a.outlet(), a.text(), a.gold().attributions(), other.attributions()));
            }
        }
        return cases;
    }
}
