package org.whosaid.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Penn Treebank part-of-speech tagger: a greedy left-to-right averaged perceptron over hashed word,
 * affix, shape and context features, with a dictionary for frequent unambiguous words. Trained on
 * CoreNLP's silver tags of PolNeAR by {@link PosTaggerTrainer}. Immutable and thread-safe; load the
 * shipped model once with {@link #bundled()}.
 */
public final class PosTagger {

    static final String KIND = "pos-tagger";
    private static final String RESOURCE = "pos-tagger.bin";

    private final String[] tags;
    /** Tag-dictionary entries as strings, kept for writing the model back out. */
    private final String[] dictWords;
    private final int[] dictTags;
    private final IntMap dictionary;
    private final WeightTable weights;

    PosTagger(String[] tags, String[] dictWords, int[] dictTags, WeightTable weights) {
        if (tags.length != weights.numClasses()) {
            throw new IllegalArgumentException(tags.length + " tags but " + weights.numClasses() + " classes");
        }
        this.tags = tags.clone();
        this.dictWords = dictWords.clone();
        this.dictTags = dictTags.clone();
        this.weights = weights;
        int[] keys = new int[dictWords.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = dictKey(dictWords[i]);
            if (dictTags[i] < 0 || dictTags[i] >= tags.length) {
                throw new IllegalArgumentException("dictionary tag out of range for " + dictWords[i]);
            }
        }
        this.dictionary = new IntMap(keys, dictTags);
    }

    private static int dictKey(String word) {
        return Hashing.feature(100, Hashing.chars(word, 0, word.length()));
    }

    /** The tagger trained on PolNeAR that ships with whosaid (loaded on each call: keep the result). */
    public static PosTagger bundled() {
        return ModelFormat.bundled(PosTagger.class, RESOURCE, PosTagger::read);
    }

    /** Reads a model written by {@link #write}. */
    public static PosTagger read(InputStream in) throws IOException {
        return read(in, KIND);
    }

    /** Reads a tagger stored under another model kind (the {@link NameTagger} shares this format). */
    static PosTagger read(InputStream in, String kind) throws IOException {
        DataInputStream data = ModelFormat.reader(in, kind, TaggerFeatures.VERSION);
        String[] tags = ModelFormat.readStrings(data, 255);
        String[] dictWords = ModelFormat.readStrings(data, 10_000_000);
        int[] dictTags = new int[dictWords.length];
        for (int i = 0; i < dictTags.length; i++) {
            dictTags[i] = data.readUnsignedByte();
        }
        // decoded from memory: through the stream, byte by byte, this took a quarter of a second
        WeightTable.Bytes rest = new WeightTable.Bytes(data.readAllBytes());
        WeightTable weights = WeightTable.read(rest);
        if (!rest.exhausted()) {
            throw new IOException("trailing data after the weights of the " + kind + " model");
        }
        try {
            return new PosTagger(tags, dictWords, dictTags, weights);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent " + kind + " model: " + e.getMessage(), e);
        }
    }

    /** Writes the model in the format of {@code docs/MODELS.md}; equal models give equal bytes. */
    public void write(OutputStream out) throws IOException {
        write(out, KIND);
    }

    void write(OutputStream out, String kind) throws IOException {
        DataOutputStream data = ModelFormat.writer(out, kind, TaggerFeatures.VERSION);
        ModelFormat.writeStrings(data, tags);
        ModelFormat.writeStrings(data, dictWords);
        for (int t : dictTags) {
            data.writeByte(t);
        }
        weights.write(data);
        data.close();
    }

    /** The tag set, in class order. */
    public List<String> tagSet() {
        return List.of(tags);
    }

    /** Number of weighted features kept in the model. */
    public int featureCount() {
        return weights.features();
    }

    /** Tags a sentence's words (raw or PTB-normalized forms); returns one tag per word. */
    public String[] tag(List<String> words) {
        Objects.requireNonNull(words, "words");
        int[] ids = tagIds(TokenNormalizer.normalize(words));
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = tags[ids[i]];
        }
        return out;
    }

    /**
     * Tags a sentence and also gives, per word, the tag that scored second (the same tag for
     * dictionary words), which the parser reads as a hint of where the tagger hesitated. The
     * first array is exactly {@link #tag}'s answer.
     */
    public Tagging tagWithRunnersUp(List<String> words) {
        Objects.requireNonNull(words, "words");
        String[] normalized = TokenNormalizer.normalize(words);
        int[] second = new int[normalized.length];
        int[] ids = tagIds(normalized, second);
        String[] best = new String[ids.length];
        String[] runnersUp = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            best[i] = tags[ids[i]];
            runnersUp[i] = tags[second[i]];
        }
        return new Tagging(best, runnersUp);
    }

    /**
     * A sentence's tags and, per word, the runner-up tag.
     *
     * @param tags the best tag per word
     * @param runnersUp the second-best tag per word (equal to the best one for dictionary words)
     */
    public record Tagging(String[] tags, String[] runnersUp) {
        public Tagging {
            Objects.requireNonNull(tags, "tags");
            Objects.requireNonNull(runnersUp, "runnersUp");
            if (tags.length != runnersUp.length) {
                throw new IllegalArgumentException(tags.length + " tags but " + runnersUp.length + " runners-up");
            }
            tags = tags.clone();
            runnersUp = runnersUp.clone();
        }

        @Override
        public String[] tags() {
            return tags.clone();
        }

        @Override
        public String[] runnersUp() {
            return runnersUp.clone();
        }
    }

    int[] tagIds(String[] normalized) {
        return tagIds(normalized, null);
    }

    /** Greedy tagging; when {@code second} is not null it receives each word's runner-up tag id. */
    private int[] tagIds(String[] normalized, int[] second) {
        TaggerFeatures f = new TaggerFeatures(normalized);
        int[] out = new int[f.n];
        int[] feats = new int[TaggerFeatures.MAX_FEATURES];
        int[] scores = new int[tags.length];
        int p1 = -1;
        int p2 = -2;
        for (int i = 0; i < f.n; i++) {
            int t = dictionary.get(f.wordKey(i));
            int r = t;
            if (t < 0) {
                int nf = f.extract(i, p1, p2, feats);
                java.util.Arrays.fill(scores, 0);
                for (int j = 0; j < nf; j++) {
                    weights.addTo(feats[j], scores);
                }
                t = 0;
                r = -1;
                for (int c = 1; c < scores.length; c++) {
                    if (scores[c] > scores[t]) {
                        r = t;
                        t = c;
                    } else if (r < 0 || scores[c] > scores[r]) {
                        r = c;
                    }
                }
                if (r < 0) {
                    r = t;
                }
            }
            out[i] = t;
            if (second != null) {
                second[i] = r;
            }
            p2 = p1;
            p1 = t;
        }
        return out;
    }
}
