package org.whosaid.learned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.whosaid.model.Span;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.structure.Structure;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;
import org.whosaid.text.TokenKind;

/**
 * Rules and learned model together: the rules run once, their proposals feed the model's
 * features, and the union is returned with the rules' attributions first (they are precise and
 * keep their conventions, such as content without a leading "that"); a learned attribution is
 * added only when neither its content nor its cue overlaps one the rules found, and when it looks
 * like speech (see {@link #plausible}). Immutable and thread-safe.
 */
public final class CombinedFinder implements AttributionFinder {

    private final LearnedModel model;
    private final QuoteFinder rules;

    public CombinedFinder(LearnedModel model, QuoteFinder rules) {
        this.model = Objects.requireNonNull(model, "model");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public List<Attribution> find(TextLayer layer, Structure structure) {
        List<Attribution> proposals = rules.find(layer, structure);
        List<Attribution> learned = model.find(layer, structure, proposals);
        List<Attribution> out = new ArrayList<>(proposals);
        for (Attribution l : learned) {
            if (!overlapsAny(l, proposals) && plausible(layer, l)) {
                out.add(l);
            }
        }
        out.sort(Comparator.comparing(Attribution::contentSpan));
        return List.copyOf(out);
    }

    /** Words that head a noun phrase on their own or open one. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "him", "her",
            "them", "us", "me", "one", "who", "which", "someone", "everyone", "anyone", "nobody", "police", "people");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "some", "many", "several", "most", "both", "all", "other", "another", "these", "those", "this",
            "that", "each", "every", "few", "any", "no", "such", "more");
    /** Unquoted content shorter than this (words, a leading "that" aside) must not stop at a comma. */
    static final int MIN_CUT_CONTENT_WORDS = 4;

    /**
     * Whether a learned attribution the rules did not find is kept. The model, trained on PolNeAR's
     * wide notion of attribution, also proposes things that are not speech; three checks drop the
     * kinds that are rarely right: a source that is no noun phrase (an adjective, "It is worth
     * noting that"), no source with the cue opening its sentence (an imperative, "Recall that"),
     * and content of a few words that stops at a comma while its sentence goes on (a fragment:
     * "stating that the United States, along with ...").
     */
    static boolean plausible(TextLayer layer, Attribution a) {
        if (a.source() != null && !nominal(layer, a.source())) {
            return false;
        }
        if (a.source() == null && a.cue() != null && opensSentence(layer, a.cue())) {
            return false;
        }
        return !cutShort(layer, a);
    }

    /** A capitalised word, a pronoun, a determiner first, or a plural-looking word. */
    static boolean nominal(TextLayer layer, Span source) {
        List<String> words = words(layer, source);
        if (words.isEmpty()) {
            return false;
        }
        if (DETERMINERS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(w.charAt(0)) || PRONOUNS.contains(lower) || lower.length() > 3 && lower.endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(TextLayer layer, Span cue) {
        if (layer.sentences().isEmpty()) {
            return false;
        }
        int s = layer.sentenceAt(cue.start());
        return layer.sentences().get(s).firstToken() == layer.tokenAtOrAfter(cue.start());
    }

    private static boolean cutShort(TextLayer layer, Attribution a) {
        List<String> words = new ArrayList<>();
        for (Span piece : a.content()) {
            words.addAll(words(layer, piece));
        }
        int count = words.size() - (!words.isEmpty() && words.get(0).equalsIgnoreCase("that") ? 1 : 0);
        if (count >= MIN_CUT_CONTENT_WORDS) {
            return false;
        }
        int next = layer.tokenAtOrAfter(a.content().get(a.content().size() - 1).end());
        return next < layer.tokens().size() && layer.tokens().get(next).kind() == TokenKind.PUNCT
                && layer.tokenText(next).equals(",");
    }

    private static List<String> words(TextLayer layer, Span span) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = layer.tokens();
        for (int i = layer.tokenAtOrAfter(span.start()); i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
            if (tokens.get(i).kind() == TokenKind.WORD) {
                out.add(layer.tokenText(i));
            }
        }
        return out;
    }

    private static boolean overlapsAny(Attribution r, List<Attribution> others) {
        for (Attribution l : others) {
            if (r.cue() != null && l.cue() != null && r.cue().overlaps(l.cue())) {
                return true;
            }
            for (Span a : r.content()) {
                for (Span b : l.content()) {
                    if (a.overlaps(b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
