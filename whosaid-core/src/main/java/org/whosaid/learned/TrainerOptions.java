package org.whosaid.learned;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link Trainer} trains a model.
 *
 * @param families  feature families to use (fewer for ablations)
 * @param cueEpochs passes of the perceptron over the cue tagger's sentences
 * @param roleEpochs passes over the role tagger's cue windows
 * @param cueBits   log2 of the cue tagger's hashed feature buckets
 * @param roleBits  log2 of the role tagger's hashed feature buckets
 * @param window    at most this many tokens on each side of a cue are labelled by the role tagger
 * @param paragraphs the role tagger's window also stays within this many paragraphs either side of
 *                  the cue's own (0 = the cue's paragraph only), or -1 for no paragraph bound; in
 *                  either case it grows to take in whole quotations
 * @param prune     averaged weights smaller than this (in perceptron updates) are dropped
 * @param seed      seed of the example order; same data, options and seed give the same bytes
 * @param endFolds  folds of the cross-fitting that trains the content-end ranker ({@link ContentEnds}):
 *                  each fold's articles are labelled by a model trained on the other folds; 0 trains
 *                  no ranker (the role tagger's ends stand)
 */
public record TrainerOptions(Set<FeatureFamily> families, int cueEpochs, int roleEpochs, int cueBits, int roleBits,
                             int window, int paragraphs, double prune, long seed, int endFolds) {

    public TrainerOptions {
        families = families.isEmpty() ? EnumSet.noneOf(FeatureFamily.class) : EnumSet.copyOf(families);
        Objects.requireNonNull(families, "families");
        if (cueEpochs < 1 || roleEpochs < 1 || cueEpochs > 100 || roleEpochs > 100) {
            throw new IllegalArgumentException("epochs must be in 1..100, were " + cueEpochs + "/" + roleEpochs);
        }
        if (cueBits < 8 || cueBits > 26 || roleBits < 8 || roleBits > 26) {
            throw new IllegalArgumentException("feature bits must be in 8..26, were " + cueBits + "/" + roleBits);
        }
        if (window < 1 || window > 1000) {
            throw new IllegalArgumentException("window must be in 1..1000, was " + window);
        }
        if (paragraphs < -1 || paragraphs > 100) {
            throw new IllegalArgumentException("paragraphs must be in -1..100, was " + paragraphs);
        }
        if (endFolds < 0 || endFolds == 1 || endFolds > 10) {
            throw new IllegalArgumentException("endFolds must be 0 or 2..10, was " + endFolds);
        }
        if (prune < 0 || Double.isNaN(prune)) {
            throw new IllegalArgumentException("prune must be >= 0, was " + prune);
        }
    }

    public static TrainerOptions defaults() {
        return new TrainerOptions(EnumSet.allOf(FeatureFamily.class), 8, 10, 18, 18, 60, 0, 0.5, 20240611L, 2);
    }

    public TrainerOptions without(FeatureFamily family) {
        EnumSet<FeatureFamily> f = families.isEmpty() ? EnumSet.noneOf(FeatureFamily.class) : EnumSet.copyOf(families);
        f.remove(family);
        return new TrainerOptions(f, cueEpochs, roleEpochs, cueBits, roleBits, window, paragraphs, prune, seed, endFolds);
    }

    public TrainerOptions withEpochs(int cue, int role) {
        return new TrainerOptions(families, cue, role, cueBits, roleBits, window, paragraphs, prune, seed, endFolds);
    }

    public TrainerOptions withBits(int cue, int role) {
        return new TrainerOptions(families, cueEpochs, roleEpochs, cue, role, window, paragraphs, prune, seed, endFolds);
    }

    public TrainerOptions withWindow(int tokens, int paragraphReach) {
        return new TrainerOptions(families, cueEpochs, roleEpochs, cueBits, roleBits, tokens, paragraphReach, prune, seed, endFolds);
    }

    public TrainerOptions withSeed(long newSeed) {
        return new TrainerOptions(families, cueEpochs, roleEpochs, cueBits, roleBits, window, paragraphs, prune, newSeed, endFolds);
    }

    /** These options with another number of content-end folds (0: no content-end ranker). */
    public TrainerOptions withEndFolds(int folds) {
        return new TrainerOptions(families, cueEpochs, roleEpochs, cueBits, roleBits, window, paragraphs, prune, seed, folds);
    }

    int familyBits() {
        int bits = 0;
        for (FeatureFamily f : families) {
            bits |= f.bit();
        }
        return bits;
    }
}
