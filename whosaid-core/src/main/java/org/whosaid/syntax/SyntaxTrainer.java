package org.whosaid.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Trains the tagger and the parser together. The parser learns from jackknifed tags (each fold
 * tagged by a tagger trained on the other folds) so that it sees tagging errors like those it will
 * meet at run time. Folds are trained on up to two threads; each result depends only on its own
 * data and seed, so the models are the same byte for byte whatever the scheduling.
 */
public final class SyntaxTrainer {

    /**
     * Options of both trainers.
     *
     * @param folds jackknife folds for the parser's training tags; 1 trains on the silver tags
     * @param threads worker threads for the independent tagger trainings, then for the parser's
     *     voters (each voter on one thread)
     */
    public record Options(PosTaggerTrainer.Options tagger, ParserTrainer.Options parser, int folds, int threads) {
        public Options {
            Objects.requireNonNull(tagger, "tagger");
            Objects.requireNonNull(parser, "parser");
            if (folds < 1 || folds > 20) {
                throw new IllegalArgumentException("folds must be 1..20, got " + folds);
            }
            if (threads < 1 || threads > 64) {
                throw new IllegalArgumentException("threads must be 1..64, got " + threads);
            }
        }

        /** The options of the shipped models. */
        public static Options defaults() {
            return new Options(PosTaggerTrainer.Options.defaults(), ParserTrainer.Options.defaults(), 4, 2);
        }
    }

    /** The trained models, and how many sentences the parser could not learn from. */
    public record Models(PosTagger tagger, DependencyParser parser, int skippedSentences) {
        public Models {
            Objects.requireNonNull(tagger, "tagger");
            Objects.requireNonNull(parser, "parser");
        }
    }

    private final Options options;

    public SyntaxTrainer(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Models train(List<ConllSentence> sentences) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        ExecutorService pool = DaemonPool.of(options.threads(), "whosaid-syntax-trainer");
        try {
            Future<PosTagger> finalTagger = pool.submit(() -> new PosTaggerTrainer(options.tagger()).train(sentences));
            List<String[]> featureTags = new ArrayList<>(sentences.size());
            List<String[]> runnersUp = new ArrayList<>(sentences.size());
            if (options.folds() == 1) {
                for (ConllSentence s : sentences) {
                    featureTags.add(s.tags());
                    runnersUp.add(s.tags());
                }
            } else {
                List<Future<PosTagger>> foldTaggers = new ArrayList<>();
                for (int f = 0; f < options.folds(); f++) {
                    int fold = f;
                    foldTaggers.add(pool.submit(() -> new PosTaggerTrainer(options.tagger()).train(outside(sentences, fold))));
                }
                for (int i = 0; i < sentences.size(); i++) {
                    featureTags.add(null);
                    runnersUp.add(null);
                }
                for (int f = 0; f < options.folds(); f++) {
                    PosTagger tagger = foldTaggers.get(f).get();
                    for (int i = f; i < sentences.size(); i += options.folds()) {
                        PosTagger.Tagging tagging = tagger.tagWithRunnersUp(sentences.get(i).words());
                        featureTags.set(i, tagging.tags());
                        runnersUp.set(i, tagging.runnersUp());
                    }
                }
            }
            ParserTrainer parserTrainer = new ParserTrainer(options.parser(), options.threads());
            DependencyParser parser = parserTrainer.train(sentences, featureTags, runnersUp);
            return new Models(finalTagger.get(), parser, parserTrainer.skipped());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("tagger training failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ConllSentence> outside(List<ConllSentence> sentences, int fold) {
        List<ConllSentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i % options.folds() != fold) {
                out.add(sentences.get(i));
            }
        }
        return out;
    }
}
