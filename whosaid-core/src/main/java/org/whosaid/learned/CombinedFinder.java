package org.whosaid.learned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.quotes.ChannelAndTime;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.structure.Structure;
import org.whosaid.text.Sentence;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;
import org.whosaid.text.TokenKind;

/**
 * Rules and learned model together: the rules run once and their proposals feed the model's
 * features; then three layers are merged, each keeping only what overlaps nothing already taken
 * (by content or cue): the rules' direct quotations (quotation marks, cue and speaker pattern: the
 * rules are near exact there), the model's attributions that look like speech (see
 * {@link #plausible}), and the rules' remaining attributions. On PolNeAR dev this order beats
 * rules first, because the model finds more reported speech and sets its boundaries better.
 * Immutable and thread-safe.
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
        return merge(layer, proposals, learned);
    }

    /** The three-layer merge described on the class, sorted by content. */
    static List<Attribution> merge(TextLayer layer, List<Attribution> proposals, List<Attribution> learned) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution r : proposals) {
            if (r.type() == QuoteType.DIRECT || r.cue() == null) {
                out.add(r);
            }
        }
        List<Attribution> direct = List.copyOf(out);
        for (Attribution l : learned) {
            Attribution whole = withLeadingPiece(layer, l);
            if (!overlapsAny(whole, direct) && plausible(layer, whole)) {
                out.add(withChannelAndTime(layer, whole, proposals, learned));
            } else if (whole != l && !overlapsAny(l, direct) && plausible(layer, l)) {
                out.add(withChannelAndTime(layer, l, proposals, learned));
            }
        }
        List<Attribution> taken = List.copyOf(out);
        for (Attribution r : proposals) {
            if (r.type() != QuoteType.DIRECT && r.cue() != null && !overlapsAny(r, taken)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(Attribution::contentSpan));
        return List.copyOf(out);
    }

    /**
     * The learned attribution with its channel ("on Twitter") and time ("last week"), which the
     * model does not look for, found the way the rules find theirs. Not for an attribution nested
     * in another's content: the words around its cue frame the outer one.
     */
    private static Attribution withChannelAndTime(TextLayer layer, Attribution l, List<Attribution> proposals,
            List<Attribution> learned) {
        if (l.cue() == null || l.channel() != null || l.time() != null || nested(l, proposals) || nested(l, learned)) {
            return l;
        }
        Span[] frame = ChannelAndTime.around(layer, l.cue(), l.content());
        if (frame[0] == null && frame[1] == null) {
            return l;
        }
        return new Attribution(l.type(), l.content(), l.cue(), l.source(), frame[0], frame[1], l.confidence());
    }

    /** Words that open a sentence without belonging to the content after them. */
    private static final Set<String> OPENERS = Set.of("but", "and", "so", "yet", "still", "or", "now", "also");
    /** Most words between the cue and the comma before the rest of the content ("said on Friday,"). */
    static final int MAX_CUE_ADJUNCT_WORDS = 4;

    /**
     * "A, he said, B": the model often labels only B. When the source and cue sit between commas
     * inside their sentence and the content starts right after the second comma, the words from
     * the sentence's start (after an opening "But" or quotation mark) to the first comma are the
     * content's first piece.
     */
    static Attribution withLeadingPiece(TextLayer layer, Attribution a) {
        if (a.source() == null || a.cue() == null || a.content().size() != 1 || layer.sentences().isEmpty()
                || a.source().end() > a.cue().start() || a.content().get(0).start() < a.cue().end()) {
            return a;
        }
        List<Token> tokens = layer.tokens();
        Sentence s = layer.sentences().get(layer.sentenceAt(a.source().start()));
        int src = layer.tokenAtOrAfter(a.source().start());
        int contentStart = layer.tokenAtOrAfter(a.content().get(0).start());
        if (src - 1 <= s.firstToken() || !layer.tokenText(src - 1).equals(",") || contentStart >= s.endToken()) {
            return a;
        }
        // after the cue: at most a few words, then a comma, then only quotation marks before the content
        int k = layer.tokenAtOrAfter(a.cue().end());
        int words = 0;
        while (k < contentStart && !layer.tokenText(k).equals(",")) {
            if (tokens.get(k).kind() != TokenKind.WORD || ++words > MAX_CUE_ADJUNCT_WORDS) {
                return a;
            }
            k++;
        }
        if (k >= contentStart) {
            return a;
        }
        for (k++; k < contentStart; k++) {
            if (tokens.get(k).kind() != TokenKind.QUOTE) {
                return a;
            }
        }
        int first = s.firstToken();
        while (first < src - 1 && (tokens.get(first).kind() == TokenKind.QUOTE
                || OPENERS.contains(layer.lower(first)))) {
            first++;
        }
        for (int i = first; i < src - 1; i++) {
            if (tokens.get(i).kind() == TokenKind.PUNCT && layer.tokenText(i).equals(",")) {
                return a; // "In Ohio, A, he said, B": the comma before the source is not the first one
            }
        }
        int last = src - 2;
        while (last >= first && tokens.get(last).kind() == TokenKind.QUOTE) {
            last--;
        }
        if (last < first) {
            return a;
        }
        Span lead = new Span(tokens.get(first).start(), tokens.get(last).end());
        return new Attribution(a.type(), List.of(lead, a.content().get(0)), a.cue(), a.source(), a.channel(), a.time(),
                a.confidence());
    }

    /** Whether the cue of {@code a} lies inside the content of another attribution. */
    private static boolean nested(Attribution a, List<Attribution> others) {
        for (Attribution o : others) {
            if (o == a) {
                continue;
            }
            for (Span piece : o.content()) {
                if (piece.start() <= a.cue().start() && a.cue().end() <= piece.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that head a noun phrase on their own or open one. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "him", "her",
            "them", "us", "me", "one", "who", "which", "someone", "everyone", "anyone", "nobody", "police", "people");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "some", "many", "several", "most", "both", "all", "other", "another", "these", "those", "this",
            "that", "each", "every", "few", "any", "no", "such", "more");
    /** Unquoted content shorter than this (words, a leading "that" aside) must not stop at a comma. */
    static final int MIN_CUT_CONTENT_WORDS = 4;
    /** Content shorter than this (words) needs a cue from the rules' lexicon. */
    static final int MIN_OFF_LEXICON_CONTENT_WORDS = 3;

    /**
     * Whether a learned attribution is kept. The model, trained on PolNeAR's
     * wide notion of attribution, also proposes things that are not speech; four checks drop the
     * kinds that are rarely right: a source that is no noun phrase (an adjective, "It is worth
     * noting that"), no source with the cue opening its sentence (an imperative, "Recall that") or
     * in an impersonal aside ("It should be noted that"),
     * content of a few words that stops at a comma while its sentence goes on (a fragment:
     * "stating that the United States, along with ..."), and content of one or two words whose cue
     * is not in the rules' lexicon ("voters would choose Ruiz again").
     */
    static boolean plausible(TextLayer layer, Attribution a) {
        if (a.source() != null && !nominal(layer, a.source())) {
            return false;
        }
        if (a.source() == null && a.cue() != null && (opensSentence(layer, a.cue()) || impersonal(layer, a.cue()))) {
            return false;
        }
        if (a.cue() != null && contentWords(layer, a) < MIN_OFF_LEXICON_CONTENT_WORDS && !lexiconCue(layer, a.cue())) {
            return false;
        }
        return !cutShort(layer, a);
    }

    private static final CueLexicon LEXICON = CueLexicon.english();

    private static boolean lexiconCue(TextLayer layer, Span cue) {
        for (String w : words(layer, cue)) {
            if (LEXICON.kindOf(w.toLowerCase(Locale.ROOT)) != null) {
                return true;
            }
        }
        return false;
    }

    private static int contentWords(TextLayer layer, Attribution a) {
        int c = 0;
        for (Span piece : a.content()) {
            c += words(layer, piece).size();
        }
        return c;
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

    /** Modals of the impersonal asides "It should be noted that", "It must be said that". */
    private static final Set<String> ASIDE_MODALS = Set.of("should", "must", "can", "may", "might", "could", "would");
    /** Adjectives of the asides "It is worth noting that", "It is important to note that". */
    private static final Set<String> ASIDE_ADJECTIVES = Set.of("worth", "important", "interesting", "notable",
            "noteworthy", "fair", "safe", "necessary", "useful", "instructive");
    /** Most tokens between the sentence's "It" and the cue in an impersonal aside. */
    static final int MAX_IMPERSONAL_GAP = 5;

    /**
     * Whether the cue sits in an impersonal aside at the start of its sentence ("It is worth noting
     * that ...", "It should be noted that ..."): the writer's own remark, not someone's speech. "It
     * was reported that ..." is not an aside: a report happened.
     */
    private static boolean impersonal(TextLayer layer, Span cue) {
        if (layer.sentences().isEmpty()) {
            return false;
        }
        int first = layer.sentences().get(layer.sentenceAt(cue.start())).firstToken();
        int cueToken = layer.tokenAtOrAfter(cue.start());
        if (cueToken <= first + 1 || cueToken - first > MAX_IMPERSONAL_GAP + 1 || !layer.lower(first).equals("it")) {
            return false;
        }
        if (ASIDE_MODALS.contains(layer.lower(first + 1))) {
            return true;
        }
        for (int k = first + 1; k < cueToken; k++) {
            if (ASIDE_ADJECTIVES.contains(layer.lower(k))) {
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
