package org.whosaid.learned;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.structure.Structure;
import org.whosaid.syntax.PosTagger;
import org.whosaid.text.Sentence;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;
import org.whosaid.text.TokenKind;
import org.whosaid.text.WordSet;

/**
 * The learned attribution finder. A cue tagger marks cue words sentence by sentence; then, for
 * each cue, a role tagger labels the tokens around it (up to {@link #window()} tokens each side) as
 * source or content. Both are linear sequence models over hashed features (see
 * {@link FeatureFamily}), decoded with Viterbi. The output is the same {@link Attribution} records
 * the rules produce, so speakers are resolved alike.
 *
 * <p>Load once ({@link #bundled()} or {@link #read(InputStream)}) and share: immutable and
 * thread-safe. The file format is described in {@code docs/MODELS.md}.
 */
public final class LearnedModel implements AttributionFinder {

    /** Classpath location of the model that ships with whosaid. */
    public static final String BUNDLED_RESOURCE = "/org/whosaid/learned/attribution.model";

    static final int SOURCE = 0;
    static final int CONTENT = 1;

    private final int families;
    private final int window;
    private final int paragraphs;
    private final Tagger cues;
    private final Tagger roles;
    private final Features cueFeatures;
    private final Features roleFeatures;
    private final CueLexicon lexicon = CueLexicon.english();
    private final QuoteFinder rules = new QuoteFinder(lexicon);
    /** The bundled tagger when the model uses POS features, else null. */
    private final PosTagger posTagger;
    /** Second look at where content right of its cue ends; null keeps the role tagger's ends. */
    private final ContentEnds ends;

    LearnedModel(int families, int window, int paragraphs, Tagger cues, Tagger roles) {
        this(families, window, paragraphs, cues, roles, null);
    }

    LearnedModel(int families, int window, int paragraphs, Tagger cues, Tagger roles, ContentEnds ends) {
        if (window < 1 || window > 1000) {
            throw new IllegalArgumentException("window must be in 1..1000, was " + window);
        }
        if (paragraphs < -1 || paragraphs > 100) {
            throw new IllegalArgumentException("paragraphs must be in -1..100, was " + paragraphs);
        }
        if (cues.roles != 1 || roles.roles != 2) {
            throw new IllegalArgumentException("expected a 1-role cue tagger and a 2-role role tagger");
        }
        this.families = families & FeatureFamily.all();
        this.window = window;
        this.paragraphs = paragraphs;
        this.cues = cues;
        this.roles = roles;
        this.cueFeatures = new Features(this.families, cues.bits);
        this.roleFeatures = new Features(this.families, roles.bits);
        this.posTagger = (this.families & FeatureFamily.POS.bit()) != 0 ? bundledTagger() : null;
        this.ends = ends;
    }

    /** Resource, next to this class, of the part-of-speech tagger the attribution model is trained with. */
    static final String TAGGER_RESOURCE = "pos-tagger.bin";

    /**
     * The part-of-speech tagger of the {@code pos} features, shipped beside the attribution model:
     * the model learned the mistakes of the tagger it was trained with, so it keeps that tagger
     * when the syntax package's tagger is retrained (loaded on each call: keep the result).
     */
    static PosTagger bundledTagger() {
        try (java.io.InputStream in = LearnedModel.class.getResourceAsStream(TAGGER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled model " + TAGGER_RESOURCE + " of the attribution model is missing"
                        + " from the class path");
            }
            return PosTagger.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the attribution model's tagger " + TAGGER_RESOURCE, e);
        }
    }

    /** This model with another content-end ranker (null: none). */
    LearnedModel withEnds(ContentEnds newEnds) {
        return new LearnedModel(families, window, paragraphs, cues, roles, newEnds);
    }

    /** The content-end ranker, or null. */
    ContentEnds ends() {
        return ends;
    }

    /** Whether the model takes a second look at where content right of its cue ends ({@code docs/MODELS.md}). */
    public boolean ranksContentEnds() {
        return ends != null;
    }

    /** The model bundled with whosaid, read from the classpath. */
    public static LearnedModel bundled() {
        try (InputStream in = LearnedModel.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled model " + BUNDLED_RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled model " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws ModelFormatException when the stream is not a model, is corrupt or has another version
     */
    public static LearnedModel read(InputStream in) throws IOException {
        return ModelFormat.read(in);
    }

    /** Writes this model; the bytes depend only on the model, so equal models give equal files. */
    public void write(OutputStream out) throws IOException {
        ModelFormat.write(this, out);
    }

    /** The feature families this model was trained with. */
    public Set<FeatureFamily> families() {
        EnumSet<FeatureFamily> s = EnumSet.noneOf(FeatureFamily.class);
        for (FeatureFamily f : FeatureFamily.values()) {
            if ((families & f.bit()) != 0) {
                s.add(f);
            }
        }
        return s;
    }

    int familyBits() {
        return families;
    }

    /** Most tokens on each side of a cue that the role tagger labels (before growing to whole quotations). */
    public int window() {
        return window;
    }

    /**
     * How many paragraphs either side of the cue's own the role tagger's window may reach (0: the
     * cue's paragraph only), or -1 when only {@link #window()} bounds it.
     */
    public int paragraphs() {
        return paragraphs;
    }

    Tagger cueTagger() {
        return cues;
    }

    Tagger roleTagger() {
        return roles;
    }

    /** Whether the model reads the rules' proposals (then they run first). */
    public boolean usesRules() {
        return (families & FeatureFamily.RULES.bit()) != 0;
    }

    @Override
    public List<Attribution> find(TextLayer layer, Structure structure) {
        List<Attribution> proposals = usesRules() ? rules.find(layer, structure) : List.of();
        return find(layer, structure, proposals);
    }

    /** Like {@link #find(TextLayer, Structure)}, reusing rule proposals already computed. */
    public List<Attribution> find(TextLayer layer, Structure structure, List<Attribution> ruleProposals) {
        Objects.requireNonNull(ruleProposals, "ruleProposals");
        TokenView v = new TokenView(layer, structure, lexicon, usesRules() ? ruleProposals : List.of(), posTagger);
        Scratch scratch = new Scratch();
        scratch.ensure(Math.min(v.n, 2 * window + 64), Features.ROLE_SLOTS, roles.labels);
        List<int[]> cueSpans = findCues(layer, v, scratch);
        boolean[] cueToken = ends == null ? null : cueTokens(v, cueSpans);
        List<Attribution> out = new ArrayList<>(cueSpans.size());
        for (int[] cue : cueSpans) {
            Attribution a = roleLabel(v, cue[0], cue[1], scratch, cueToken);
            if (a != null) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(Attribution::contentSpan));
        return List.copyOf(out);
    }

    /** Cue token ranges {start, end}, tagged sentence by sentence. */
    List<int[]> findCues(TextLayer layer, TokenView v, Scratch scratch) {
        List<int[]> found = new ArrayList<>();
        for (Sentence s : layer.sentences()) {
            if (!v.speechBlock[s.firstToken()] && !v.speechBlock[s.endToken() - 1]) {
                continue; // captions, credits, headings and footnotes are never attributed
            }
            int a = s.firstToken();
            int len = Math.min(s.endToken(), v.n) - a;
            if (len <= 0) {
                continue;
            }
            scratch.ensure(len, Features.CUE_SLOTS, cues.labels);
            int[] feats = scratch.feats;
            for (int t = 0; t < len; t++) {
                cueFeatures.cue(v, a + t, feats, t * Features.CUE_SLOTS);
            }
            cues.tag(feats, Features.CUE_SLOTS, len, null, scratch);
            for (LabelDecoder.Segment seg : LabelDecoder.segments(scratch.labels, len, cues.labels)) {
                found.add(new int[] {a + seg.start(), a + seg.end()});
            }
        }
        return found;
    }

    /** Longest stretch a window grows to so as not to cut a quotation (tokens). */
    static final int MAX_QUOTE_EXTENSION = 600;

    /**
     * First token of the role tagger's window around a cue starting at {@code cs}: {@code window}
     * tokens back or the start of the paragraph {@code paragraphs} before the cue's (-1: no
     * paragraph bound), whichever is nearer; further back when that would cut a quotation (long
     * quotations precede their cue).
     */
    static int windowStart(TokenView v, int cs, int window, int paragraphs) {
        int from = Math.max(0, cs - window);
        if (paragraphs >= 0) {
            from = Math.max(from, v.paragraphFirst[Math.max(0, v.paragraph[cs] - paragraphs)]);
        }
        int q = v.quote[from];
        if (q >= 0 && from > 0) {
            from = Math.max(v.quoteFirst[q], Math.max(0, cs - MAX_QUOTE_EXTENSION));
        }
        return from;
    }

    /** End (exclusive) of the window after a cue ending at {@code ce}, bounded and grown likewise. */
    static int windowEnd(TokenView v, int ce, int window, int paragraphs) {
        int to = Math.min(v.n, ce + window);
        if (paragraphs >= 0) {
            int p = Math.min(v.paragraphEnd.length - 1, v.paragraph[ce - 1] + paragraphs);
            to = Math.max(ce, Math.min(to, v.paragraphEnd[p]));
        }
        if (to < v.n && to > 0) {
            int q = v.quote[to - 1];
            if (q >= 0) {
                to = Math.min(v.quoteEnd[q], Math.min(v.n, ce + MAX_QUOTE_EXTENSION));
            }
        }
        return to;
    }

    private static boolean[] cueTokens(TokenView v, List<int[]> cueSpans) {
        boolean[] cue = new boolean[v.n];
        for (int[] c : cueSpans) {
            java.util.Arrays.fill(cue, c[0], c[1], true);
        }
        return cue;
    }

    private Attribution roleLabel(TokenView v, int cs, int ce, Scratch scratch, boolean[] cueToken) {
        int from = windowStart(v, cs, window, paragraphs);
        int len = tagRoles(v, cs, ce, from, scratch);
        if (ends != null) {
            ends.apply(v, cs, ce, from, len, scratch.labels, scratch.emit, roles, scratch.outsideOnly, cueToken);
        }
        return toAttribution(v, cs, ce, from, LabelDecoder.segments(scratch.labels, len, roles.labels));
    }

    /**
     * Runs the role tagger over the window of the cue on tokens {@code [cs, ce)} that starts at
     * token {@code from}; labels, emissions and the cue's outside-only marks land in
     * {@code scratch}. Returns the window's length.
     */
    private int tagRoles(TokenView v, int cs, int ce, int from, Scratch scratch) {
        int len = windowEnd(v, ce, window, paragraphs) - from;
        scratch.ensure(len, Features.ROLE_SLOTS, roles.labels);
        for (int t = 0; t < len; t++) {
            int i = from + t;
            roleFeatures.role(v, cs, ce, i, scratch.feats, t * Features.ROLE_SLOTS);
            scratch.outsideOnly[t] = i >= cs && i < ce;
        }
        roles.tag(scratch.feats, Features.ROLE_SLOTS, len, scratch.outsideOnly, scratch);
        return len;
    }

    /**
     * Training cases for the content-end ranker from one annotated article, labelled by this model:
     * for each cue it finds whose content lies right of it, the candidate ends and which one gives
     * the annotated content of an attribution with an overlapping cue (cues with no such candidate
     * give no case).
     */
    List<ContentEnds.Example> endExamples(TextLayer layer, Structure structure, List<TrainingDocument.Gold> gold) {
        List<Attribution> proposals = usesRules() ? rules.find(layer, structure) : List.of();
        TokenView v = new TokenView(layer, structure, lexicon, proposals, posTagger);
        Scratch scratch = new Scratch();
        List<ContentEnds.Example> out = new ArrayList<>();
        List<int[]> cueSpans = findCues(layer, v, scratch);
        boolean[] cueToken = cueTokens(v, cueSpans);
        for (int[] cue : cueSpans) {
            int cs = cue[0];
            int ce = cue[1];
            Span cueSpan = new Span(v.tokens.get(cs).start(), v.tokens.get(ce - 1).end());
            List<List<Span>> wanted = new ArrayList<>();
            for (TrainingDocument.Gold g : gold) {
                if (g.cue().stream().anyMatch(c -> c.start() < cueSpan.end() && cueSpan.start() < c.end())) {
                    wanted.add(trimmed(g.content(), v.text));
                }
            }
            if (wanted.isEmpty()) {
                continue;
            }
            int from = windowStart(v, cs, window, paragraphs);
            int len = tagRoles(v, cs, ce, from, scratch);
            ContentEnds.Candidates c = ContentEnds.candidates(v, cs, ce, from, len, scratch.labels, scratch.emit, roles,
                    scratch.outsideOnly, cueToken);
            if (c == null || c.ends().length < 2) {
                continue;
            }
            int[] y = new int[len];
            for (int k = 0; k < c.ends().length; k++) {
                ContentEnds.relabel(scratch.labels, scratch.outsideOnly, c.start(), c.end(), c.ends()[k], len, y);
                Attribution a = toAttribution(v, cs, ce, from, LabelDecoder.segments(y, len, roles.labels));
                if (a != null && wanted.contains(trimmed(a.content(), v.text))) {
                    out.add(new ContentEnds.Example(c, k));
                    break;
                }
            }
        }
        return out;
    }

    /** Pieces without white space or punctuation at their edges, for comparing content. */
    private static List<Span> trimmed(List<Span> pieces, String text) {
        List<Span> out = new ArrayList<>(pieces.size());
        for (Span p : pieces) {
            Span t = p.trimmed(text);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Most tokens from "whose" to the end of a source for the relative clause to be the source. */
    static final int MAX_WHOSE_SOURCE_TOKENS = 4;

    /**
     * Where a source labelled {@code [a, b)} starts: at "whose" when it ends in a short relative
     * clause's subject ("people from other countries whose authorities [refused]" is "whose
     * authorities"), else at {@code a}.
     */
    private static int relativeStart(TokenView v, int a, int b) {
        for (int k = Math.max(a + 1, b - MAX_WHOSE_SOURCE_TOKENS); k < b - 1; k++) {
            int start = v.tokens.get(k).start();
            if (v.tokens.get(k).length() == 5 && v.text.regionMatches(true, start, "whose", 0, 5)) {
                return k;
            }
        }
        return a;
    }

    /** Turns one cue's segments into an attribution; null when no content was labelled. */
    static Attribution toAttribution(TokenView v, int cs, int ce, int offset, List<LabelDecoder.Segment> segments) {
        List<Span> content = new ArrayList<>();
        Span source = null;
        int sourceDistance = Integer.MAX_VALUE;
        boolean anyQuoted = false;
        boolean allQuoted = true;
        int cueEnd = ce;
        for (LabelDecoder.Segment seg : segments) {
            int a = offset + seg.start();
            int b = offset + seg.end();
            if (seg.role() == CONTENT) {
                int[] trimmed = trim(v, a, b);
                if (trimmed == null) {
                    continue;
                }
                if (trimmed[1] <= cs && isOpeningAdverbial(v, trimmed[0], trimmed[1])) {
                    continue; // "At the same time, according to X, ...": the phrase frames the report
                }
                if (trimmed[0] == ce && trimmed[1] - trimmed[0] > 1 && isCuePreposition(v, ce)) {
                    // "accused him of ...", "spoke about ...": the preposition belongs to the cue
                    cueEnd = ce + 1;
                    trimmed[0]++;
                }
                content.add(new Span(v.tokens.get(trimmed[0]).start(), v.tokens.get(trimmed[1] - 1).end()));
                for (int i = trimmed[0]; i < trimmed[1]; i++) {
                    if (v.kind[i] == TokenKind.WORD.ordinal() || v.kind[i] == TokenKind.NUMBER.ordinal()) {
                        boolean quoted = v.quote[i] >= 0;
                        anyQuoted |= quoted;
                        allQuoted &= quoted;
                    }
                }
            } else if (seg.role() == SOURCE) {
                int d = b <= cs ? cs - b : a >= ce ? a - ce : 0;
                if (d < sourceDistance) {
                    sourceDistance = d;
                    source = new Span(v.tokens.get(relativeStart(v, a, b)).start(), v.tokens.get(b - 1).end());
                }
            }
        }
        if (content.isEmpty()) {
            return null;
        }
        boolean belief = false;
        for (int i = cs; i < ce; i++) {
            belief |= v.beliefCue[i];
        }
        QuoteType type = belief ? QuoteType.BELIEF
                : allQuoted ? QuoteType.DIRECT : anyQuoted ? QuoteType.PARTIAL : QuoteType.REPORTED;
        Token first = v.tokens.get(cs);
        Token last = v.tokens.get(cueEnd - 1);
        return new Attribution(type, content, new Span(first.start(), last.end()), source, null, null, 0.7);
    }

    /**
     * Prepositions that PolNeAR puts in the cue when they follow it ("spoke about", "called for",
     * "accused him of": about 95% of the time in train), unlike "to" (mostly an infinitive that
     * opens the content) and "as".
     */
    private static final Set<String> CUE_PREPOSITIONS = WordSet.of("about", "against", "at", "for", "from", "in",
            "into", "of", "on", "over", "with");

    /** Words that open a sentence-initial adverbial phrase ("At the same time", "In June"). */
    private static final Set<String> OPENING_PREPOSITIONS = WordSet.of("at", "in", "on", "for", "by", "after", "before",
            "during", "since", "until", "with", "without", "despite", "amid", "meanwhile", "from", "under", "over");

    /**
     * Whether {@code [a, b)} is the short object of a preposition that opens its sentence: an
     * adverbial phrase, not reported content.
     */
    private static boolean isOpeningAdverbial(TokenView v, int a, int b) {
        if (a == 0 || b - a > 4 || v.sentencePos[a - 1] != 0 || v.sentence[a - 1] != v.sentence[a]) {
            return false;
        }
        Token p = v.tokens.get(a - 1);
        return p.length() <= 10 && OPENING_PREPOSITIONS.contains(v.text.substring(p.start(), p.end())
                .toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isCuePreposition(TokenView v, int i) {
        Token t = v.tokens.get(i);
        return t.length() <= 7 && v.quote[i] < 0
                && CUE_PREPOSITIONS.contains(v.text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Drops quotation marks and punctuation at a content piece's edges, but keeps a quotation mark
     * whose partner lies inside the piece ("“A” to B" stays balanced); null if nothing is left.
     */
    private static int[] trim(TokenView v, int a, int b) {
        while (a < b && isEdge(v, a) && !(v.openMark[a] && v.quote[a] >= 0 && v.quoteEnd[v.quote[a]] <= b)) {
            a++;
        }
        while (b > a && isEdge(v, b - 1) && !(v.closeMark[b - 1] && v.quote[b - 1] >= 0
                && v.quoteFirst[v.quote[b - 1]] >= a)) {
            b--;
        }
        if (a >= b) {
            return null;
        }
        // a quotation that opens just outside the piece and closes inside it: take its mark in
        if (a > 0 && v.openMark[a - 1] && v.quote[a - 1] >= 0 && v.quoteEnd[v.quote[a - 1]] <= b) {
            a--;
        }
        return new int[] {a, b};
    }

    private static boolean isEdge(TokenView v, int i) {
        int k = v.kind[i];
        return k == TokenKind.QUOTE.ordinal() || k == TokenKind.PUNCT.ordinal() && v.tokens.get(i).length() == 1
                && ",;:-".indexOf(v.text.charAt(v.tokens.get(i).start())) >= 0;
    }
}
