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
import org.whosaid.model.Cue;
import org.whosaid.model.Quote;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.TimeExpression;
import org.whosaid.learned.CombinedFinder;
import org.whosaid.learned.LearnedModel;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.quotes.ChannelAndTime;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.speakers.SpeakerResolver;
import org.whosaid.structure.Structure;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.text.TextLayer;

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
    private final AttributionFinder attributionFinder;
    private final SpeakerResolver speakerResolver;

    private Pipeline(PipelineOptions options) {
        this.options = options;
        this.attributionFinder = finder(options.model());
        this.speakerResolver = new SpeakerResolver();
    }

    /** The quote stage for {@code model}; the learned model is read from the classpath here, once. */
    private static AttributionFinder finder(AttributionModel model) {
        return switch (model) {
            case RULES -> new QuoteFinder(CueLexicon.english());
            case LEARNED -> LearnedModel.bundled();
            case COMBINED -> new CombinedFinder(LearnedModel.bundled(), new QuoteFinder(CueLexicon.english()));
        };
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
        String text = article.text();
        long t0 = System.nanoTime();
        TextLayer layer = TextLayer.of(text);
        long t1 = System.nanoTime();
        observer.stageFinished(Stage.TEXT, t1 - t0);
        Structure structure = StructureAnalyzer.analyze(article, layer);
        long t2 = System.nanoTime();
        observer.stageFinished(Stage.STRUCTURE, t2 - t1);
        List<Attribution> attributions = attributionFinder.find(layer, structure);
        long t3 = System.nanoTime();
        observer.stageFinished(Stage.QUOTES, t3 - t2);
        SpeakerResolver.Resolution resolution = speakerResolver.resolve(layer, structure, attributions, article.authors());
        List<Quote> quotes = new ArrayList<>(attributions.size());
        for (int i = 0; i < attributions.size(); i++) {
            quotes.add(toQuote(i, attributions.get(i), resolution.speakers().get(i), article));
        }
        long t4 = System.nanoTime();
        observer.stageFinished(Stage.SPEAKERS, t4 - t3);
        String title = article.title();
        if (title == null && structure.headline() != null) {
            title = structure.headline().of(text);
        }
        return new Analysis(article, title, structure.blocks(), quotes, resolution.entities());
    }

    private static Quote toQuote(int index, Attribution a, Speaker speaker, Article article) {
        String text = article.text();
        List<Span> fragments = a.content();
        StringBuilder quoted = new StringBuilder();
        for (Span f : fragments) {
            if (quoted.length() > 0) {
                quoted.append(" \u2026 ");
            }
            quoted.append(f.of(text));
        }
        Cue cue = a.cue() == null ? null : new Cue(a.cue().of(text), a.cue());
        String channel = a.channel() == null ? null : channelName(a.channel().of(text));
        TimeExpression time = null;
        if (a.time() != null) {
            String t = a.time().of(text);
            time = new TimeExpression(t, a.time(), ChannelAndTime.resolve(t, article.published()));
        }
        return new Quote("q" + (index + 1), a.type(), quoted.toString(), a.contentSpan(), fragments, cue, speaker,
                channel, time, a.confidence());
    }

    /** "on his Twitter" -> "Twitter"; "in an interview with RT" -> "interview with RT". */
    private static String channelName(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        int i = 0;
        while (i < words.length - 1 && (words[i].equalsIgnoreCase("on") || words[i].equalsIgnoreCase("in")
                || words[i].equalsIgnoreCase("at") || words[i].equalsIgnoreCase("during") || words[i].equalsIgnoreCase("via")
                || words[i].equalsIgnoreCase("to") || words[i].equalsIgnoreCase("through") || words[i].equalsIgnoreCase("a")
                || words[i].equalsIgnoreCase("an") || words[i].equalsIgnoreCase("the") || words[i].equalsIgnoreCase("his")
                || words[i].equalsIgnoreCase("her") || words[i].equalsIgnoreCase("their") || words[i].equalsIgnoreCase("its"))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
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
