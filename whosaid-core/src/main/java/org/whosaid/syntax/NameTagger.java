package org.whosaid.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tags each word of a sentence as part of a person's, an organisation's or a place's name, or of
 * none. The speaker stage asks it what kind of entity a capitalised name is, which its word lists
 * cannot tell for most names ("Wells Fargo", "New Mexico", "Jeh Johnson"). It is the
 * part-of-speech tagger's model (same features, averaged perceptron, dictionary of unambiguous
 * words) trained on CoreNLP's silver named-entity tags of PolNeAR, stored under its own model kind.
 * Immutable and thread-safe; load the shipped model once with {@link #bundled()}.
 */
public final class NameTagger {

    /** What a word's name names. */
    public enum NameKind {
        NONE, PERSON, ORGANIZATION, LOCATION
    }

    static final String KIND = "name-tagger";
    private static final String RESOURCE = "name-tagger.bin";

    private final PosTagger model;
    /** The kind of each of the model's classes, in class order. */
    private final NameKind[] kinds;

    private NameTagger(PosTagger model) {
        this.model = model;
        List<String> classes = model.tagSet();
        kinds = new NameKind[classes.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = NameKind.valueOf(classes.get(i));
        }
    }

    /** The tagger trained on PolNeAR that ships with whosaid (loaded on each call: keep the result). */
    public static NameTagger bundled() {
        return ModelFormat.bundled(NameTagger.class, RESOURCE, NameTagger::read);
    }

    /** Reads a model written by {@link #write}; rejects other model kinds and unknown classes. */
    public static NameTagger read(InputStream in) throws IOException {
        PosTagger model = PosTagger.read(in, KIND);
        try {
            return new NameTagger(model);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent " + KIND + " model: unknown class in " + model.tagSet(), e);
        }
    }

    /** Writes the model in the format of {@code docs/MODELS.md}; equal models give equal bytes. */
    public void write(OutputStream out) throws IOException {
        model.write(out, KIND);
    }

    /** Tags a sentence's words (raw or PTB-normalized forms); returns one kind per word. */
    public NameKind[] tag(List<String> words) {
        Objects.requireNonNull(words, "words");
        int[] ids = model.tagIds(TokenNormalizer.normalize(words));
        NameKind[] out = new NameKind[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = kinds[ids[i]];
        }
        return out;
    }

    /** Number of weighted features kept in the model. */
    public int featureCount() {
        return model.featureCount();
    }

    /**
     * The class of a CoreNLP named-entity tag: its person, organisation and place tags (the place
     * tags of both the three-class and the fine-grained tag sets); everything else (dates, numbers,
     * nationalities, "MISC") is no name of a possible speaker.
     */
    public static NameKind kindOf(String corenlpTag) {
        return switch (corenlpTag) {
            case "PERSON" -> NameKind.PERSON;
            case "ORGANIZATION" -> NameKind.ORGANIZATION;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> NameKind.LOCATION;
            default -> NameKind.NONE;
        };
    }

    /** Trains a name tagger on CoreNLP sentences, reading their named-entity column. */
    public static NameTagger train(List<ConllSentence> sentences, PosTaggerTrainer.Options options) {
        List<ConllSentence> relabelled = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            List<ConllToken> tokens = new ArrayList<>(s.size());
            for (ConllToken t : s.tokens()) {
                tokens.add(new ConllToken(t.index(), t.word(), t.lemma(), t.start(), t.end(), kindOf(t.ner()).name(),
                        t.ner(), t.head(), t.label()));
            }
            relabelled.add(new ConllSentence(tokens));
        }
        return new NameTagger(new PosTaggerTrainer(options).train(relabelled));
    }

    /**
     * The options of the shipped model: six epochs, weights below 1.0 pruned, the tag dictionary at
     * 20 sightings and a 99.5% share (the part-of-speech tagger's defaults until it was trained longer).
     */
    public static PosTaggerTrainer.Options defaultOptions() {
        return new PosTaggerTrainer.Options(6, 42L, 1.0f, 20, 0.995);
    }
}
