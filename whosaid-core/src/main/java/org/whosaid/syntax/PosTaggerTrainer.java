package org.whosaid.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains a {@link PosTagger} on tagged sentences. Deterministic: the tag set and dictionary are
 * sorted, the sentence order of each epoch comes from a seeded {@link Random}, and the model is
 * written in key order, so the same data and options give the same model file byte for byte.
 */
public final class PosTaggerTrainer {

    /**
     * Training options.
     *
     * @param epochs passes over the data
     * @param seed seed of the per-epoch shuffles
     * @param prune averaged weights smaller than this (absolute) are dropped from the model
     * @param dictMinCount a word goes into the tag dictionary when seen at least this often ...
     * @param dictMinShare ... with one tag at least this share of the time
     */
    public record Options(int epochs, long seed, float prune, int dictMinCount, double dictMinShare) {
        public Options {
            if (epochs < 1 || epochs > 100) {
                throw new IllegalArgumentException("epochs must be 1..100, got " + epochs);
            }
            if (!(prune >= 0f)) {
                throw new IllegalArgumentException("prune must be >= 0, got " + prune);
            }
            if (dictMinCount < 1) {
                throw new IllegalArgumentException("dictMinCount must be >= 1, got " + dictMinCount);
            }
            if (!(dictMinShare > 0.5 && dictMinShare <= 1.0)) {
                throw new IllegalArgumentException("dictMinShare must be in (0.5, 1], got " + dictMinShare);
            }
        }

        /**
         * The options of the shipped model: 15 epochs, weights below 0.3 pruned, the tag dictionary
         * at 10 sightings and a 99% share (dev agreement 98.22%, against 98.01% with 6 epochs, 1.0
         * and 20 / 99.5%; the parser gains about 0.1 UAS per 0.1% of tagging).
         */
        public static Options defaults() {
            return new Options(15, 42L, 0.3f, 10, 0.99);
        }
    }

    private final Options options;

    public PosTaggerTrainer(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    public PosTagger train(List<ConllSentence> sentences) {
        TreeSet<String> tagSet = new TreeSet<>();
        List<String[]> words = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            for (ConllToken t : s.tokens()) {
                tagSet.add(t.tag());
            }
            words.add(TokenNormalizer.normalize(s.words()));
        }
        if (tagSet.size() > 255) {
            throw new IllegalArgumentException("too many tags: " + tagSet.size());
        }
        String[] tags = tagSet.toArray(new String[0]);
        Map<String, Integer> tagIndex = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            tagIndex.put(tags[i], i);
        }
        List<int[]> gold = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            int[] g = new int[s.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = tagIndex.get(s.tokens().get(i).tag());
            }
            gold.add(g);
        }

        TreeMap<String, int[]> dict = dictionary(words, gold, tags.length);
        String[] dictWords = dict.keySet().toArray(new String[0]);
        int[] dictTags = new int[dictWords.length];
        for (int i = 0; i < dictWords.length; i++) {
            dictTags[i] = argmax(dict.get(dictWords[i]));
        }
        IntMap dictionary = new IntMap(keys(dictWords), dictTags);

        AveragedPerceptron model = new AveragedPerceptron(tags.length);
        int[] feats = new int[TaggerFeatures.MAX_FEATURES];
        float[] scores = new float[tags.length];
        int[] order = new int[sentences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int si : order) {
                TaggerFeatures f = new TaggerFeatures(words.get(si));
                int[] g = gold.get(si);
                int p1 = -1;
                int p2 = -2;
                for (int i = 0; i < f.n; i++) {
                    int guess = dictionary.get(f.wordKey(i));
                    if (guess < 0) {
                        int nf = f.extract(i, p1, p2, feats);
                        model.score(feats, nf, scores);
                        guess = 0;
                        for (int c = 1; c < tags.length; c++) {
                            if (scores[c] > scores[guess]) {
                                guess = c;
                            }
                        }
                        model.update(feats, nf, g[i], guess);
                        model.tick();
                    }
                    p2 = p1;
                    p1 = guess;
                }
            }
        }
        return new PosTagger(tags, dictWords, dictTags, model.export(options.prune()));
    }

    private TreeMap<String, int[]> dictionary(List<String[]> words, List<int[]> gold, int numTags) {
        Map<String, int[]> counts = new HashMap<>();
        for (int s = 0; s < words.size(); s++) {
            String[] w = words.get(s);
            for (int i = 0; i < w.length; i++) {
                counts.computeIfAbsent(w[i], k -> new int[numTags])[gold.get(s)[i]]++;
            }
        }
        TreeMap<String, int[]> dict = new TreeMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            int total = 0;
            for (int v : c) {
                total += v;
            }
            if (total >= options.dictMinCount() && c[argmax(c)] >= options.dictMinShare() * total) {
                dict.put(e.getKey(), c);
            }
        }
        return dict;
    }

    private static int[] keys(String[] words) {
        int[] k = new int[words.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = Hashing.feature(100, Hashing.chars(words[i], 0, words[i].length()));
        }
        return k;
    }

    private static int argmax(int[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
