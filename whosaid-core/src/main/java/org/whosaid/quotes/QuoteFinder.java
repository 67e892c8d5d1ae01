package org.whosaid.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.whosaid.model.BlockKind;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;
import org.whosaid.structure.Structure;
import org.whosaid.text.QuotePairer;
import org.whosaid.text.QuotedSpan;
import org.whosaid.text.Sentence;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;
import org.whosaid.text.TokenKind;
import org.whosaid.text.WordSet;

/**
 * Finds direct, partial and reported quotations and attributed beliefs, each with its cue and the
 * mention of its source. Rules work per cue word: the cue's subject is the source; the quotation
 * that closes just before the subject (a trailer, {@code "...," the analyst said}) or opens just
 * after the cue (a leader, {@code X said: "..."}) is direct content; otherwise the clause after
 * the cue ({@code X said that ...}) or before it ({@code ..., experts say}) is reported content,
 * partial when it holds quoted words. "According to X", "As X noted", "In X's opinion" have rules
 * of their own. Quoted words with no cue (scare quotes, titles) are not speech.
 *
 * <p>Immutable and thread-safe; each call works on its own state.
 */
public final class QuoteFinder implements AttributionFinder {

    private final CueLexicon lexicon;

    public QuoteFinder(CueLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** Finds every attribution of an article, in text order. */
    @Override
    public List<Attribution> find(TextLayer layer, Structure structure) {
        return new Run(layer, structure, lexicon).run();
    }

    /** Per-article working state. */
    private static final class Run {
        final String text;
        final List<Token> tokens;
        final String[] lower;
        final TextLayer layer;
        final Structure structure;
        final CueLexicon lexicon;
        /** For each token, the index of the depth-0 quoted span it lies in (marks included), or -1. */
        final int[] quoteOf;
        final List<QuotedSpan> quotes;
        final boolean[] quoteUsed;
        /** Token index of each quoted span's opening and closing mark (-1 when unclosed). */
        final int[] openTok;
        final int[] closeTok;
        final List<Attribution> out = new ArrayList<>();
        /** Tokens already inside some attribution's content or frame. */
        final boolean[] covered;
        /** Whether the text breaks lines with anything but LF (CR, U+2028, U+2029): rare, and slower to find. */
        final boolean rareLineBreaks;
        /** The cue verb being worked on: a verb coordinated with it in the same tense ends its content. */
        String cueVerb = "";
        /** First token of the cue sentence of the last attribution added, and its source. */
        int lastSentence = -1;
        Span lastSource;

        Run(TextLayer layer, Structure structure, CueLexicon lexicon) {
            this.layer = layer;
            this.text = layer.text();
            this.tokens = layer.tokens();
            this.structure = structure;
            this.lexicon = lexicon;
            int n = tokens.size();
            lower = new String[n];
            for (int i = 0; i < n; i++) {
                lower[i] = layer.lower(i);
            }
            List<QuotedSpan> top = new ArrayList<>();
            for (QuotedSpan q : layer.quotations()) {
                if (q.depth() == 0) {
                    top.add(q);
                }
            }
            quotes = top;
            quoteUsed = new boolean[top.size()];
            openTok = new int[top.size()];
            closeTok = new int[top.size()];
            quoteOf = new int[n];
            java.util.Arrays.fill(quoteOf, -1);
            for (int qi = 0; qi < top.size(); qi++) {
                Span outer = top.get(qi).outer();
                int a = layer.tokenAtOrAfter(outer.start());
                int b = a;
                while (b < n && tokens.get(b).start() < outer.end()) {
                    quoteOf[b] = qi;
                    b++;
                }
                openTok[qi] = a;
                closeTok[qi] = top.get(qi).closed() && b > a ? b - 1 : -1;
            }
            covered = new boolean[n];
            rareLineBreaks = text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
        }

        List<Attribution> run() {
            List<Sentence> sentences = layer.sentences();
            for (int si = 0; si < sentences.size(); si++) {
                Sentence s = sentences.get(si);
                if (!structure.carriesSpeech(s.span().start()) && !structure.carriesSpeech(s.span().end() - 1)) {
                    continue;
                }
                sentence(si, s);
            }
            dashBylines();
            speakerLabels();
            continuations();
            out.sort(Comparator.comparing(Attribution::contentSpan));
            return List.copyOf(out);
        }

        // ---------------------------------------------------------------- per sentence

        private void sentence(int si, Sentence s) {
            int a = s.firstToken();
            int b = s.endToken();
            for (int i = a; i < b; i++) {
                if (covered[i]) {
                    continue;
                }
                if (lower[i].equals("according") && i + 1 < b && lower[i + 1].equals("to")) {
                    if (accordingTo(si, s, i)) {
                        continue;
                    }
                }
                if (quoteOf[i] >= 0 || tokens.get(i).kind() != TokenKind.WORD) {
                    continue;
                }
                if (lower[i].equals("opinion") || lower[i].equals("view") || lower[i].equals("words")) {
                    if (inOpinion(s, i)) {
                        continue;
                    }
                }
                if (isCue(i, a)) {
                    cue(si, s, i);
                }
            }
        }

        /** Whether token {@code i} is used as a cue verb here (not a noun, not passive, not capitalised). */
        private boolean isCue(int i, int sentenceStart) {
            String w = lower[i];
            if (!lexicon.isCueVerb(w)) {
                return false;
            }
            if (i > sentenceStart && capitalized(tokens.get(i))) {
                return false;
            }
            if (i > sentenceStart) {
                String prev = lower[i - 1];
                boolean headBefore = Words.HEAD_CAPABLE.contains(prev) && !Words.AMBIGUOUS_CUES.contains(w);
                if (Words.NOUN_PRECEDERS.contains(prev) && !headBefore || prev.equals("-") || prev.equals("so")) {
                    return false;
                }
                boolean afterBe = prev.equals("was") || prev.equals("were") || prev.equals("been") || prev.equals("being")
                        || prev.equals("is") || prev.equals("are");
                if (afterBe && w.endsWith("ing") && !prev.equals("being")) {
                    return true; // progressive: "is seeking to", "were hoping that"
                }
                if (afterBe && !passiveCue(i)) {
                    return false;
                }
            }
            if (w.endsWith("ing") && !(i > sentenceStart && lower[i - 1].equals(","))) {
                return false; // participles introduce speech only after a comma: ", saying that"
            }
            if (Words.AMBIGUOUS_CUES.contains(w)) {
                if (i == sentenceStart) {
                    return false;
                }
                String prev = lower[i - 1];
                boolean subjectBefore = Words.SUBJECT_PRONOUNS.contains(prev)
                        || capitalized(tokens.get(i - 1)) && !Words.looksLikeNationality(tokens.get(i - 1).text(text))
                                && i - 1 > sentenceStart
                        || Words.ADVERBS_AND_AUXILIARIES.contains(prev) && i - 2 >= sentenceStart
                                && (Words.SUBJECT_PRONOUNS.contains(lower[i - 2]) || capitalized(tokens.get(i - 2)))
                        || isClosingMark(i - 1) || prev.equals(",")
                        || (prev.equals("is") || prev.equals("are") || prev.equals("was") || prev.equals("were"))
                                && isInfinitive(i + 1, tokens.size()); // "is expected to"
                if (!subjectBefore) {
                    return false;
                }
                if (w.endsWith("ing") && !prev.equals(",")) {
                    return false;
                }
            }
            return true;
        }

        private boolean passiveCue(int i) {
            // "was quoted as saying", "was first reported by", "is expected to"
            int j = i + 1;
            return j < tokens.size() && (lower[j].equals("by") || lower[j].equals("as") || isInfinitive(j, tokens.size()));
        }

        private boolean isClosingMark(int i) {
            int q = quoteOf[i];
            return q >= 0 && closeTok[q] == i;
        }

        private boolean isOpeningMark(int i) {
            int q = quoteOf[i];
            return q >= 0 && openTok[q] == i;
        }

        // ---------------------------------------------------------------- cue verbs

        private void cue(int si, Sentence s, int v) {
            cueVerb = lower[v];
            int a = s.firstToken();
            int b = s.endToken();
            int cueEnd = cueEnd(v, b); // exclusive
            boolean belief = lexicon.kindOf(lower[v]) == CueLexicon.CueKind.BELIEF;

            // subject to the left, skipping adverbs and auxiliaries
            int subjEnd = v;
            while (subjEnd > a && isAdverbOrAuxiliary(subjEnd - 1)) {
                subjEnd--;
            }
            // PolNeAR's cue spans the auxiliaries and adverbs before the verb ("has also said"),
            // but not a reflexive or a time word ("himself said", "today said")
            int cueStart = subjEnd;
            while (cueStart < v && Words.OUTSIDE_CUE.contains(lower[cueStart])) {
                cueStart++;
            }
            Span cueSpan = span(cueStart, cueEnd);
            int subjStart = subjectStart(a, subjEnd);
            Span source = subjStart < subjEnd ? span(subjStart, subjEnd) : null;
            boolean pronounSubjectIt = source != null && subjEnd - subjStart == 1
                    && (lower[subjStart].equals("it") || lower[subjStart].equals("there") || lower[subjStart].equals("this"));
            if (pronounSubjectIt && (lower[subjStart].equals("there") || lower[subjStart].equals("this"))) {
                return;
            }
            // "X said ..., adding that ..." / "X said ... and added that ...": the source is the main clause's
            boolean coordinated = source == null && subjEnd > a
                    && (lower[subjEnd - 1].equals("and") || lower[subjEnd - 1].equals("but"));
            if ((coordinated || lexicon.isParticiple(lower[v]) && v > a && lower[v - 1].equals(","))
                    && lastSentence == a && lastSource != null) {
                participleCue(s, v, cueSpan, cueEnd, lastSource, belief);
                return;
            }

            // appositive subject: "X, the head of Y, said" / "the head of Y, X, said"
            if (source == null && subjEnd - 1 > a && lower[subjEnd - 1].equals(",")) {
                int[] appo = appositive(a, subjEnd - 1);
                if (appo != null) {
                    subjStart = appo[0];
                    source = span(appo[0], appo[1]);
                }
            }

            // 1. trailer: "...," SUBJ said.   /  "...," said SUBJ.
            int beforeSubj = (source != null ? subjStart : subjEnd) - 1;
            if (beforeSubj >= 0 && lower[beforeSubj].equals(",") && beforeSubj - 1 >= 0 && isClosingMark(beforeSubj - 1)) {
                beforeSubj--;
            }
            // a quotation closed in an earlier paragraph is not this cue's ("...." ¶ He said: ¶ "...")
            if (beforeSubj >= 0 && isClosingMark(beforeSubj) && !belief && !lineBreakAfter(beforeSubj)) {
                int q = quoteOf[beforeSubj];
                Span src = source;
                if (src == null) {
                    int[] np = rightNounPhrase(cueEnd, b);
                    src = np == null ? null : span(np[0], withAppositive(np[1], b));
                }
                if (src != null && !quoteUsed[q] && speechBlock(quotes.get(q))) {
                    int open = openTok[q];
                    Sentence first = layer.sentences().get(layer.sentenceAt(tokens.get(open).start()));
                    if (skipConnectives(first.firstToken(), open) == open) {
                        addDirect(q, cueSpan, src, s, v, 0.9);
                        markCovered(a, participleStop(cueEnd, b));
                        return;
                    }
                    // quoted words inside a longer clause: "Calling on X to “pick up” ..., Y said.";
                    // but in "On “Fox News Sunday,” X said his plan ..." the cue has content of its own
                    if (source == null || endsTrailer(v, cueEnd, b)) {
                        reportedBefore(si, s, a, beforeSubj, cueSpan, src, belief, v);
                        return;
                    }
                }
            }

            // 2. leader: SUBJ said: "..."
            int j = skipHearerAndAdjuncts(v, cueEnd, b);
            if (j < b && (lower[j].equals(":") || lower[j].equals(",")) && j + 1 < b && isOpeningMark(j + 1) && source != null) {
                int q = quoteOf[j + 1];
                if (!quoteUsed[q] && quoteFillsRest(q) && !belief) {
                    addDirect(q, cueSpan, source, s, v, 0.9);
                    markCovered(a, b);
                    return;
                }
            }
            // 2b. leader ending its paragraph: SUBJ said: ¶ "..." (the quotation is the next block)
            if (j + 1 == b && lower[j].equals(":") && b < tokens.size() && isOpeningMark(b) && source != null
                    && !belief) {
                int q = quoteOf[b];
                if (!quoteUsed[q] && speechBlock(quotes.get(q))) {
                    addDirect(q, cueSpan, source, s, v, 0.85);
                    markCovered(a, b);
                    return;
                }
            }


            // participle cue: "..., stating that ..." -> the subject of the clause it hangs from
            boolean participle = lexicon.isParticiple(lower[v]);
            if (participle && (source == null || v > a && lower[v - 1].equals(","))) {
                source = clauseSubject(a, v);
                subjStart = -1;
                if (source == null) {
                    return;
                }
            }

            // inverted subject after the verb: "..., said the analyst."
            if (source == null) {
                int[] np = rightNounPhrase(cueEnd, b);
                if (np != null && (v == a || lower[v - 1].equals(",") || isClosingMark(v - 1))) {
                    j = withAppositive(np[1], b);
                    source = span(np[0], j);
                    int stop = participleStop(j, b);
                    if (afterIsOnlyAdjuncts(j, stop)) {
                        reportedBefore(si, s, a, v - 1, cueSpan, source, belief, v, -1, stop);
                    } else if (v > a && lower[v - 1].equals(",")) {
                        int comma = adjunctsThenComma(j, b);
                        if (comma >= 0) {
                            reportedBefore(si, s, a, v - 1, cueSpan, source, belief, v, comma + 1, b);
                        }
                    }
                }
                return;
            }

            // "As X noted in an interview, CONTENT."
            // (also when the subject is no plain noun phrase: "As one user @harbourwatch pointed out, ...")
            boolean asOpens = lower[a].equals("as") && v - a <= MAX_AS_CLAUSE_TOKENS && !commaBetween(a, v);
            if (asOpens && subjStart != a + 1 && (source == null || source.start() != tokens.get(a).start())) {
                source = span(a + 1, subjEnd);
                subjStart = a + 1;
            }
            if (subjStart > a && lower[subjStart - 1].equals("as") || subjStart == a + 1 && lower[a].equals("as")
                    || source != null && source.start() == tokens.get(a).start() && lower[a].equals("as")) {
                int comma = -1;
                for (int k = cueEnd; k < b && k < cueEnd + 12; k++) {
                    if (lower[k].equals(",") && quoteOf[k] < 0) {
                        comma = k;
                        break;
                    }
                }
                if (comma >= 0) {
                    int cs = comma + 1;
                    int ce = contentEnd(cs, b);
                    if (ce - cs >= 2) {
                        if (lower[source.start() == tokens.get(a).start() ? a : subjStart].equals("as")) {
                            source = new Span(tokens.get(a + 1).start(), source.end());
                        }
                        addReported(cs, ce, cueSpan, source, s, belief, v);
                        markCovered(a, b);
                        return;
                    }
                }
            }

            // 3. reported content after the cue: SUBJ said (that) ...
            int contentStart = contentStartAfter(v, cueEnd, b);
            int contentEnd = contentEnd(contentStart, b);
            if (contentStart >= 0 && contentEnd - contentStart >= 2) {
                addReported(contentStart, contentEnd, cueSpan, source, s, belief, v);
                markCovered(Math.max(a, subjStart >= 0 ? subjStart : v), contentEnd);
                return;
            }
            if (belief) {
                return;
            }
            // 4. reported content before the cue: ..., SUBJ said.  /  A, SUBJ said, B.  /  ..., as SUBJ noted.
            boolean asClause = subjStart > a + 1 && lower[subjStart - 1].equals("as") && lower[subjStart - 2].equals(",");
            int lead = asClause ? subjStart - 1 : subjStart;
            if (lead > a && lower[lead - 1].equals(",")) {
                int stop = participleStop(cueEnd, b);
                int comma = asClause ? -1 : adjunctsThenComma(cueEnd, b);
                if (comma >= 0) {
                    reportedBefore(si, s, a, subjStart - 1, cueSpan, source, false, v, comma + 1, b);
                    return;
                }
                if (afterIsOnlyAdjuncts(cueEnd, stop)) {
                    reportedBefore(si, s, a, lead - 1, cueSpan, source, false, v, -1, stop);
                    return;
                }
            }
            // 5. a cue clause with no content refers to the sentence before: "X wrote about it on Twitter."
            // (not "..., as X noted": that one points at its own sentence)
            if (afterIsOnlyAdjuncts(cueEnd, b) && subjStart >= a && b - a <= 20 && !asClause) {
                contentFromPreviousSentence(si, s, cueSpan, source, v);
            }
        }

        /** A participle cue whose source is the main clause's: ", adding that ...", ", saying: \"...\"". */
        private void participleCue(Sentence s, int v, Span cueSpan, int cueEnd, Span source, boolean belief) {
            int b = s.endToken();
            int j = cueEnd;
            if (j + 1 < b && (lower[j].equals(",") || lower[j].equals(":")) && isOpeningMark(j + 1) && !belief) {
                int q = quoteOf[j + 1];
                if (!quoteUsed[q]) {
                    addDirect(q, cueSpan, source, s, v, 0.8);
                    markCovered(v, b);
                    return;
                }
            }
            int cs = contentStartAfter(v, cueEnd, b);
            int ce = contentEnd(cs, b);
            if (cs >= 0 && ce - cs >= 2) {
                addReported(cs, ce, cueSpan, source, s, belief, v);
                markCovered(v, ce);
            }
        }

        /** The comma before a participle cue after {@code from} (", adding ..."), or {@code b}. */
        private int participleStop(int from, int b) {
            for (int k = from; k + 1 < b; k++) {
                if (lower[k].equals(",") && quoteOf[k] < 0 && lexicon.isParticiple(lower[k + 1])) {
                    return k;
                }
            }
            return b;
        }

        private void contentFromPreviousSentence(int si, Sentence s, Span cueSpan, Span source, int v) {
            if (si == 0) {
                return;
            }
            Sentence prev = layer.sentences().get(si - 1);
            if (structure.carriesSpeech(prev.span().start()) && !covered[prev.firstToken()]) {
                int ps = skipConnectives(prev.firstToken(), prev.endToken());
                int pe = trimEnd(ps, prev.endToken());
                if (pe - ps >= 3) {
                    addReported(ps, pe, cueSpan, source, s, false, v);
                    markCovered(prev.firstToken(), prev.endToken());
                    markCovered(s.firstToken(), s.endToken());
                }
            }
        }

        /** "about this", "this", "so", "it": words that point back instead of saying something. */
        private boolean isBackReference(int cs, int ce) {
            for (int k = cs; k < ce; k++) {
                String w = lower[k];
                if (!(w.equals("about") || w.equals("this") || w.equals("that") || w.equals("it") || w.equals("so")
                        || w.equals("on") || w.equals("of") || w.equals("as") || w.equals("much") || w.equals("such"))) {
                    return false;
                }
            }
            return true;
        }

        /** Skips connectives and a short leading adjunct: "At the same time,", "In addition,". */
        private int skipLeadingAdjunct(int a, int end) {
            int i = skipConnectives(a, end);
            if (i < end && (Words.PREPOSITIONS.contains(lower[i]) || Words.CONNECTIVES.contains(lower[i]))) {
                for (int k = i + 1; k < end && k <= i + 5; k++) {
                    if (quoteOf[k] >= 0 || lexicon.isCueVerb(lower[k])) {
                        break;
                    }
                    if (lower[k].equals(",")) {
                        return k + 1;
                    }
                }
            }
            return i;
        }

        private void reportedBefore(int si, Sentence s, int a, int commaTok, Span cueSpan, Span source,
                boolean belief, int v) {
            reportedBefore(si, s, a, commaTok, cueSpan, source, belief, v, -1, s.endToken());
        }

        /**
         * The content ends at {@code commaTok} before the cue clause; when {@code resume >= 0} it goes
         * on after the cue clause ("A, he said, B"). Tokens up to {@code coverEnd} are covered.
         */
        private void reportedBefore(int si, Sentence s, int a, int commaTok, Span cueSpan, Span source,
                boolean belief, int v, int resume, int coverEnd) {
            int cs = skipLeadingAdjunct(skipDateline(a, commaTok), commaTok);
            int ce = trimEnd(cs, commaTok);
            if (ce - cs <= 3 && isBackReference(cs, ce)) {
                // "About this, X wrote on Twitter.": the content is the sentence before
                contentFromPreviousSentence(si, s, cueSpan, source, v);
                return;
            }
            if (ce - cs < 2) {
                return;
            }
            // a fully quoted stretch before the cue is a direct quotation
            if (isOpeningMark(cs) && isClosingMark(ce - 1) && quoteOf[cs] == quoteOf[ce - 1] && !belief) {
                int q = quoteOf[cs];
                if (!quoteUsed[q] && resume < 0) {
                    addDirect(q, cueSpan, source, s, v, 0.9);
                    markCovered(s.firstToken(), coverEnd);
                    return;
                }
            }
            if (resume >= 0 && !ADVERBIAL_OPENERS.contains(lower[resume])) {
                // "A, X said, as they ...": an adverbial clause about the saying, not more content
                int re = contentEnd(resume, s.endToken());
                if (re > resume) {
                    addReported(cs, ce, resume, re, cueSpan, source, s, belief, v);
                    markCovered(s.firstToken(), re);
                    return;
                }
            }
            addReported(cs, ce, cueSpan, source, s, belief, v);
            markCovered(s.firstToken(), coverEnd);
        }

        /**
         * After a cue, a short stretch of adjuncts ("on Thursday", "in an interview") and a comma
         * followed by more words: the comma's index, or -1.
         */
        private int adjunctsThenComma(int from, int b) {
            for (int k = from; k < b && k < from + 10; k++) {
                if (lower[k].equals(",")) {
                    int e = trimEnd(k + 1, b);
                    return e - (k + 1) >= 2 && !lexicon.isParticiple(lower[k + 1]) ? k : -1;
                }
                if (quoteOf[k] >= 0 || lower[k].equals("that") || lower[k].equals(":")
                        || tokens.get(k).kind() == TokenKind.TERMINAL || lexicon.isCueVerb(lower[k])) {
                    return -1;
                }
            }
            return -1;
        }

        /** The cue's extent: the verb plus a particle ("pointed out") or "as saying". */
        private int cueEnd(int v, int b) {
            int e = v + 1;
            if (e < b && (lower[v].equals("pointed") || lower[v].equals("point")) && lower[e].equals("out")) {
                return e + 1;
            }
            if (e + 1 < b && lower[e].equals("as") && lower[e + 1].equals("saying")) {
                return e + 2;
            }
            if (e < b && (lower[v].startsWith("call") && (lower[e].equals("on") || lower[e].equals("for")))) {
                return e + 1;
            }
            return e;
        }

        /** Words between a subject and its verb: auxiliaries, listed adverbs and other "-ly" adverbs. */
        private boolean isAdverbOrAuxiliary(int k) {
            String w = lower[k];
            return Words.ADVERBS_AND_AUXILIARIES.contains(w)
                    || w.length() > 4 && w.endsWith("ly") && !capitalized(tokens.get(k))
                            && !Words.NOT_ADVERBS.contains(w);
        }

        /** Start of the subject noun phrase that ends at {@code end} (exclusive), or {@code end} if none. */
        private int subjectStart(int sentenceStart, int end) {
            if (end > sentenceStart && Words.RELATIVE_PRONOUNS.contains(lower[end - 1])) {
                return end - 1; // "Trump, who said ...": PolNeAR's source is the relative pronoun
            }
            int i = end;
            int count = 0;
            while (i > sentenceStart && count < 12) {
                int t = i - 1;
                String w = lower[t];
                Token tok = tokens.get(t);
                if (quoteOf[t] >= 0) {
                    break;
                }
                if (tok.kind() == TokenKind.PUNCT) {
                    if (w.equals(")")) {
                        // "Sen. Jane Roe (D-Ore.) said": step over a short parenthesis
                        int open = t - 1;
                        while (open > sentenceStart && open > t - 8 && !lower[open].equals("(")
                                && !lower[open].equals(")") && quoteOf[open] < 0) {
                            open--;
                        }
                        if (open > sentenceStart && lower[open].equals("(")) {
                            count += i - open;
                            i = open;
                            continue;
                        }
                        break;
                    }
                    // "-" and "." inside names; "@" of a handle ("one user @harbourwatch said")
                    boolean handle = w.equals("@") && t + 1 < end && tokens.get(t + 1).start() == tok.end();
                    if (w.equals("-") || w.equals(".") || handle) {
                        i--;
                        count++;
                        continue;
                    }
                    break;
                }
                if (tok.kind() == TokenKind.TERMINAL || tok.kind() == TokenKind.QUOTE) {
                    break;
                }
                if (Words.NP_STOP.contains(w) || lexicon.isCueVerb(w) && !capitalized(tok) && t != end - 1) {
                    break;
                }
                if (w.equals("and")) {
                    // "Russia and China said": only between capitalised words
                    if (!(t - 1 >= sentenceStart && capitalized(tokens.get(t - 1))
                            && capitalized(tokens.get(t + 1)))) {
                        break;
                    }
                }
                i--;
                count++;
            }
            // drop leading words that cannot start a noun phrase
            while (i < end && (lower[i].equals("of") || lower[i].equals("and") || lower[i].equals("’s") || lower[i].equals("'s")
                    || i < end - 1 && isAdverbOrAuxiliary(i) && !capitalized(tokens.get(i)))) {
                i++; // nor an adverb: "now she says" -> "she"
            }
            if (i < end) {
                // a subject must end in something nominal
                String last = lower[end - 1];
                if (Words.NOUN_PRECEDERS.contains(last) && !last.equals("'s") && !last.equals("’s")
                        && !Words.HEAD_CAPABLE.contains(last)) {
                    return end;
                }
            }
            return i;
        }

        /** A noun phrase starting at {@code from}: "the analyst", "Trump", "political analyst X". */
        private int[] rightNounPhrase(int from, int b) {
            int i = from;
            int count = 0;
            while (i < b && count < 10) {
                Token tok = tokens.get(i);
                String w = lower[i];
                if (tok.kind() != TokenKind.WORD && !(w.equals("-") || tok.kind() == TokenKind.NUMBER)) {
                    break;
                }
                if (Words.NP_STOP.contains(w) && !(w.equals("of") && i > from)) {
                    break;
                }
                if (i > from && lexicon.isCueVerb(w) && !capitalized(tok)) {
                    break;
                }
                if (i > from && w.length() > 4 && w.endsWith("ed") && !capitalized(tok)
                        && !Words.NOUN_PRECEDERS.contains(lower[i - 1])) {
                    break; // "the head of the White House signed ..."
                }
                i++;
                count++;
            }
            if (i == from) {
                return null;
            }
            boolean nominalStart = capitalized(tokens.get(from)) || Words.NOUN_PRECEDERS.contains(lower[from])
                    || Words.SUBJECT_PRONOUNS.contains(lower[from]) || i - from <= 3;
            return nominalStart ? new int[] {from, i} : null;
        }

        /**
         * The end of an inverted subject with its appositive, which PolNeAR's source includes
         * ("said Jane Roe, a professor at X who ..."): the sentence end when a comma after the noun
         * phrase opens a description; {@code npEnd} otherwise.
         */
        private int withAppositive(int npEnd, int b) {
            if (npEnd + 1 >= b || !lower[npEnd].equals(",")) {
                return npEnd;
            }
            int k = npEnd + 1;
            String w = lower[k];
            Token t = tokens.get(k);
            boolean opensDescription = w.equals("a") || w.equals("an") || w.equals("the") || w.equals("who")
                    || w.equals("whose") || t.kind() == TokenKind.NUMBER
                    || t.kind() == TokenKind.WORD && !capitalized(t) && !Words.NP_STOP.contains(w)
                            && !Words.SUBJECT_PRONOUNS.contains(w) && !Words.CONNECTIVES.contains(w)
                            && !lexicon.isCueVerb(w);
            if (!opensDescription) {
                return npEnd;
            }
            int e = trimEnd(k, b);
            if (e - k > 40) {
                return npEnd;
            }
            for (int m = k; m < e; m++) {
                if (quoteOf[m] >= 0 || lower[m].equals(":") || lower[m].equals(";")
                        || lower[m].equals(",") && m + 1 < e && lexicon.isParticiple(lower[m + 1])) {
                    return npEnd;
                }
            }
            return e;
        }

        /** "NP1, NP2," before a verb: returns the span from NP1's start to NP2's end. */
        private int[] appositive(int sentenceStart, int commaTok) {
            int k = commaTok - 1;
            int count = 0;
            while (k >= sentenceStart && !lower[k].equals(",") && count < 30) {
                if (quoteOf[k] >= 0 || tokens.get(k).kind() == TokenKind.TERMINAL) {
                    return null;
                }
                k--;
                count++;
            }
            if (k < sentenceStart || count == 0 || count >= 30) {
                return null;
            }
            int np1End = k;
            int np1Start = np1End;
            while (np1Start > sentenceStart && !lower[np1Start - 1].equals(",") && np1End - np1Start < 15
                    && quoteOf[np1Start - 1] < 0 && !lower[np1Start - 1].equals("that")) {
                np1Start--;
            }
            np1Start = skipConnectives(np1Start, np1End);
            if (np1Start < np1End && lower[np1Start].equals("as")) {
                np1Start++;
            }
            if (np1Start >= np1End || np1End - np1Start >= 15) {
                return null;
            }
            // "As Andrei Sidorov, head of ..., noted" -> the subject phrase begins after "As"
            if (commaTok - np1End == 2 && Words.SENTENCE_ADVERBS.contains(lower[np1End + 1])) {
                return new int[] {np1Start, np1End}; // "Cruz, meanwhile, warned": no apposition
            }
            String second = lower[np1End + 1];
            if (second.length() > 4 && second.endsWith("ing") || Words.PREPOSITIONS.contains(second)) {
                // "Trump, speaking to a veterans group, said" / "Ruiz, in a statement, said": no apposition
                return new int[] {np1Start, np1End};
            }
            return new int[] {np1Start, commaTok};
        }

        /** The subject of the clause a participle hangs from: the nearest subject left of a verb. */
        private Span clauseSubject(int sentenceStart, int participle) {
            // scan left for a "the/a/Capitalised ... verb" pattern: take the first noun phrase of the clause
            int i = sentenceStart;
            // skip leading adjuncts up to the last comma before the participle's clause
            int lastComma = -1;
            for (int k = sentenceStart; k < participle - 1; k++) {
                if (lower[k].equals(",") && quoteOf[k] < 0) {
                    // only commas before the main clause's subject count: stop at the first verb-looking word
                    lastComma = k;
                    break;
                }
            }
            if (lastComma >= 0 && lastComma + 1 < participle && startsWithAdjunct(sentenceStart)) {
                i = lastComma + 1;
                // a second leading adjunct: "So, in March, the head ..."
                for (int k = i; k < participle - 1 && k < i + 8; k++) {
                    if (lower[k].equals(",") && startsWithAdjunct(i)) {
                        i = k + 1;
                        break;
                    }
                }
            }
            int[] np = rightNounPhrase(i, participle);
            return np == null ? null : span(np[0], np[1]);
        }

        private boolean startsWithAdjunct(int i) {
            String w = lower[i];
            return Words.PREPOSITIONS.contains(w) || Words.CONNECTIVES.contains(w) || w.equals("a") || w.equals("so")
                    || tokens.get(i).kind() == TokenKind.NUMBER;
        }

        /** After the cue and an optional hearer ("told reporters") and adjuncts, the next token. */
        private int skipHearerAndAdjuncts(int v, int cueEnd, int b) {
            int j = cueEnd;
            if (Words.TELL_VERBS.contains(lower[v]) && j < b) {
                int[] np = rightNounPhrase(j, b);
                if (np != null) {
                    j = np[1];
                }
            }
            int guard = 0;
            while (j < b && guard++ < 15 && !lower[j].equals(":") && !lower[j].equals(",") && quoteOf[j] < 0
                    && !lower[j].equals("that") && tokens.get(j).kind() != TokenKind.TERMINAL) {
                j++;
            }
            return j;
        }

        /** Start of reported content after a cue, or -1. */
        private int contentStartAfter(int v, int cueEnd, int b) {
            int j = cueEnd;
            if (j >= b) {
                return -1;
            }
            if (Words.TELL_VERBS.contains(lower[v])) {
                int[] np = rightNounPhrase(j, b);
                if (np != null && np[1] - np[0] <= 4) {
                    if (isInfinitive(np[1], b)) {
                        return j; // "asked the crowd to stand": the hearer belongs to the content
                    }
                    j = np[1];
                }
            }
            if (isInfinitive(j, b)) {
                return j; // "declined to comment", "plans to run"
            }
            // look ahead for "that" or ":" within a short adjunct stretch
            int limit = Math.min(b, j + 16);
            for (int k = j; k < limit; k++) {
                String w = lower[k];
                if (w.equals("that") && k > j - 1 && !(k + 1 < b && (lower[k + 1].equals(",") || tokens.get(k + 1).kind() == TokenKind.TERMINAL))) {
                    // "said on Twitter that", "said Thursday that", "told CNN on Monday that"
                    boolean adjunctsOnly = k == j || Words.PREPOSITIONS.contains(lower[j]) || lower[j].equals(",")
                            || ChannelAndTime.timeAt(lower, j, k) > j || ChannelAndTime.channelAt(lower, j, k) > j
                            || ChannelAndTime.weekday(lower[j]) != null;
                    if (adjunctsOnly) {
                        return k; // PolNeAR's content includes the complementiser: "said [that ...]"
                    }
                    break;
                }
                if (w.equals(":")) {
                    return k + 1;
                }
                if (tokens.get(k).kind() == TokenKind.TERMINAL || lexicon.isCueVerb(w) && k > j || quoteOf[k] >= 0) {
                    break;
                }
            }
            String w = lower[j];
            if (w.equals(",") || tokens.get(j).kind() == TokenKind.TERMINAL) {
                return -1;
            }
            // "said Friday afternoon, as ...": a time and a comma are no content; the content is before
            int time = ChannelAndTime.timeAt(lower, j, b);
            if (time <= j && ChannelAndTime.weekday(w) != null) {
                time = j + 1;
                while (time < b && (lower[time].equals("morning") || lower[time].equals("afternoon")
                        || lower[time].equals("evening") || lower[time].equals("night"))) {
                    time++;
                }
            }
            if (time > j && (time >= b || lower[time].equals(",") || tokens.get(time).kind() == TokenKind.TERMINAL)) {
                return -1;
            }
            if (Words.PREPOSITIONS.contains(w) && !lower[v].startsWith("call")) {
                // "said after the convention he would ...": a short adjunct, then a clause of its own
                for (int k = j + 1; k < b && k <= j + MAX_ADJUNCT_TOKENS; k++) {
                    if (lower[k].equals(",") || quoteOf[k] >= 0 || tokens.get(k).kind() == TokenKind.TERMINAL) {
                        break;
                    }
                    if (k > j + 1 && Words.SUBJECT_PRONOUNS.contains(lower[k]) && !lower[k].equals("who")
                            && !lower[k].equals("you") && !lower[k].equals("it") && k + 1 < b
                            && !Words.PREPOSITIONS.contains(lower[k + 1]) && !lower[k + 1].equals(",")) {
                        return k;
                    }
                }
                return -1; // only adjuncts: "wrote on Twitter", "said in February."
            }
            if (lower[v].equals("according")) {
                return -1;
            }
            return j;
        }

        /** Whether the words after a comma inside reported content start a clause outside it ("according to"). */
        private boolean endsContentAfterComma(int k, int b) {
            String w = lower[k];
            return w.equals("according") && k + 1 < b && lower[k + 1].equals("to");
        }

        /**
         * Whether two verb forms are both third-person present or both not ("said ... and added",
         * not "noted ... Trump calls ... and announces", whose verb belongs to the content).
         */
        private static boolean sameTense(String cue, String other) {
            return presentThirdPerson(cue) == presentThirdPerson(other);
        }

        private static boolean presentThirdPerson(String w) {
            return w.endsWith("s") && !w.endsWith("ss");
        }

        /** Whether "to" + a verb starts at {@code k}. */
        private boolean isInfinitive(int k, int b) {
            if (k + 1 >= b || !lower[k].equals("to")) {
                return false;
            }
            Token t = tokens.get(k + 1);
            String w = lower[k + 1];
            return t.kind() == TokenKind.WORD && !capitalized(t) && !Words.NOUN_PRECEDERS.contains(w)
                    && !Words.OBJECT_PRONOUNS.contains(w) && !Words.NP_STOP.contains(w) || w.equals("be") || w.equals("have")
                    || w.equals("do");
        }

        /** End of content starting at {@code start}: the sentence end, minus trailing punctuation. */
        private int contentEnd(int start, int b) {
            if (start < 0) {
                return -1;
            }
            // stop before a trailing cue clause ", he added"
            for (int k = start + 2; k < b - 1; k++) {
                if (lower[k].equals(",") && quoteOf[k] < 0) {
                    int[] np = rightNounPhrase(k + 1, b);
                    if (np != null && np[1] < b && lexicon.isSpeechVerb(lower[np[1]]) && afterIsOnlyAdjuncts(np[1] + 1, b)) {
                        return trimEnd(start, k);
                    }
                    if (k + 1 < b && lexicon.isParticiple(lower[k + 1])) {
                        return trimEnd(start, k);
                    }
                }
                // "X said A and added B": a verb coordinated with the cue ends the content
                if ((lower[k].equals("and") || lower[k].equals("but")) && quoteOf[k] < 0 && k + 1 < b
                        && lexicon.isCueVerb(lower[k + 1]) && !lower[k + 1].endsWith("ing")
                        && !Words.AMBIGUOUS_CUES.contains(lower[k + 1]) && sameTense(cueVerb, lower[k + 1])) {
                    return trimEnd(start, k);
                }
                // a comma before "according to", "but", a participle clause ends reported content
                if (lower[k].equals(",") && quoteOf[k] < 0 && k + 1 < b && endsContentAfterComma(k + 1, b)) {
                    return trimEnd(start, k);
                }
                // "X said A, but Y said B": a coordinated clause with a cue of its own ends the content
                if ((lower[k].equals(",") || lower[k].equals(";")) && quoteOf[k] < 0 && k + 1 < b) {
                    int c = k + 1;
                    if (Words.CLAUSE_CONJUNCTIONS.contains(lower[c])) {
                        c++;
                        // "..., and when pressed on it, Y replied ...": step over a leading subordinate clause
                        if (c < b && SUBORDINATORS.contains(lower[c])) {
                            int comma = c + 1;
                            while (comma < b && comma <= c + MAX_SUBORDINATE_TOKENS && !lower[comma].equals(",")
                                    && quoteOf[comma] < 0) {
                                comma++;
                            }
                            if (comma < b && lower[comma].equals(",")) {
                                c = comma + 1;
                            }
                        }
                    }
                    int[] np = rightNounPhrase(c, b);
                    if (np != null && c > k + 1 || np != null && lower[k].equals(";")) {
                        int verb = np[1];
                        while (verb < b && verb < np[1] + 3 && isAdverbOrAuxiliary(verb)) {
                            verb++;
                        }
                        if (verb < b && lexicon.isCueVerb(lower[verb]) && !Words.AMBIGUOUS_CUES.contains(lower[verb])) {
                            return trimEnd(start, k);
                        }
                    }
                }
            }
            return trimEnd(start, b);
        }

        /** Trims trailing terminal punctuation, commas and footnote marks outside quotations. */
        private int trimEnd(int start, int end) {
            int e = end;
            while (e > start) {
                Token t = tokens.get(e - 1);
                String w = lower[e - 1];
                boolean insideQuote = quoteOf[e - 1] >= 0 && !isClosingMark(e - 1) && !isOpeningMark(e - 1);
                if (!insideQuote && (t.kind() == TokenKind.TERMINAL || w.equals(",") || w.equals("*") || w.equals(";")
                        || w.equals(":") || w.equals("-") || w.equals("\u2014"))) {
                    e--;
                } else {
                    break;
                }
            }
            return e;
        }

        private int skipConnectives(int a, int end) {
            int i = a;
            while (i < end && (Words.CONNECTIVES.contains(lower[i]) || lower[i].equals(","))) {
                i++;
            }
            return i;
        }

        private boolean afterIsOnlyAdjuncts(int from, int b) {
            int e = trimEnd(from, b);
            if (e <= from) {
                return true;
            }
            if (e - from > 12) {
                return false;
            }
            for (int k = from; k < e; k++) {
                if (lower[k].equals("that") || lower[k].equals(":") || quoteOf[k] >= 0) {
                    return false;
                }
            }
            String w = lower[from];
            return Words.PREPOSITIONS.contains(w) || w.equals("reporters") || w.equals("journalists")
                    || w.equals(",") || Words.OBJECT_PRONOUNS.contains(w) || capitalized(tokens.get(from))
                    || w.equals("the") || w.equals("a") || w.equals("an");
        }

        private boolean quoteFillsRest(int q) {
            int close = closeTok[q];
            if (close < 0) {
                return true;
            }
            int end = tokens.get(close).end();
            Sentence last = layer.sentences().get(layer.sentenceAt(end - 1));
            int rest = trimEnd(close + 1, last.endToken());
            return rest <= close + 1;
        }

        private boolean speechBlock(QuotedSpan q) {
            return structure.carriesSpeech(q.outer().start());
        }

        // ---------------------------------------------------------------- according to / opinion

        private boolean accordingTo(int si, Sentence s, int i) {
            int a = s.firstToken();
            int b = s.endToken();
            int npStart = i + 2;
            int npEnd = npStart;
            while (npEnd < b && !lower[npEnd].equals(",") && tokens.get(npEnd).kind() != TokenKind.TERMINAL
                    && quoteOf[npEnd] < 0 && npEnd - npStart < 25) {
                npEnd++;
            }
            if (npEnd == npStart) {
                return false;
            }
            Span cueSpan = span(i, i + 2);
            Span source = span(npStart, npEnd);
            int startAfterConnectives = skipConnectives(a, i);
            boolean leading = startAfterConnectives == i || lower[i - 1].equals(",") && leadingAdjunctsOnly(a, i - 1);
            if (leading && npEnd < b && lower[npEnd].equals(",")) {
                int cs = npEnd + 1;
                int ce = contentEnd(cs, b);
                if (ce - cs >= 2) {
                    addReported(cs, ce, cueSpan, source, s, false, i);
                    markCovered(a, b);
                    return true;
                }
            } else if (i > a && lower[i - 1].equals(",")) {
                int cs = skipConnectives(a, i - 1);
                int ce = trimEnd(cs, i - 1);
                if (ce - cs >= 2) {
                    addReported(cs, ce, cueSpan, source, s, false, i);
                    markCovered(a, b);
                    return true;
                }
            }
            return false;
        }

        private boolean leadingAdjunctsOnly(int a, int end) {
            if (end - a > 8) {
                return false;
            }
            for (int k = a; k < end; k++) {
                if (lexicon.isCueVerb(lower[k]) || quoteOf[k] >= 0) {
                    return false;
                }
            }
            return true;
        }

        /** "In his opinion, ...", "In Asafov's view, ...", "In the opinion of X, ...". */
        private boolean inOpinion(Sentence s, int i) {
            int a = s.firstToken();
            int b = s.endToken();
            int inTok = -1;
            for (int k = i - 1; k >= a && k >= i - 6; k--) {
                if (lower[k].equals("in")) {
                    inTok = k;
                    break;
                }
            }
            if (inTok < 0) {
                return false;
            }
            Span source;
            int after;
            if (i + 1 < b && lower[i + 1].equals("of")) {
                int e = i + 2;
                while (e < b && !lower[e].equals(",") && e - i < 12) {
                    e++;
                }
                if (e >= b || e == i + 2) {
                    return false;
                }
                source = span(i + 2, e);
                after = e;
            } else {
                int srcStart = inTok + 1;
                int srcEnd = i;
                if (srcEnd - 1 > srcStart && (lower[srcEnd - 1].equals("’s") || lower[srcEnd - 1].equals("'s"))) {
                    srcEnd--;
                }
                if (srcEnd <= srcStart || srcEnd - srcStart > 6) {
                    return false;
                }
                String first = lower[srcStart];
                if (!(first.equals("his") || first.equals("her") || first.equals("their") || first.equals("its")
                        || capitalized(tokens.get(srcStart)) || first.equals("the"))) {
                    return false;
                }
                if (srcEnd - srcStart == 1 && (first.equals("my") || first.equals("our"))) {
                    return false;
                }
                source = span(srcStart, srcEnd);
                after = i + 1;
            }
            if (after >= b || !lower[after].equals(",")) {
                return false;
            }
            int cs = after + 1;
            int ce = contentEnd(cs, b);
            if (ce - cs < 2) {
                return false;
            }
            addReported(cs, ce, span(inTok, i + 1), source, s, false, i);
            markCovered(a, b);
            return true;
        }

        // ---------------------------------------------------------------- building attributions

        /**
         * {@code “...” ― Sonya Herridge}: a quotation signed with a dash and a name at the end of its
         * line, as in reader-reaction lists and epigraphs. The dash is the cue.
         */
        private void dashBylines() {
            int n = tokens.size();
            for (int q = 0; q < quotes.size(); q++) {
                int close = closeTok[q];
                if (quoteUsed[q] || close < 0 || !speechBlock(quotes.get(q))) {
                    continue;
                }
                int k = close + 1;
                if (k < n && lower[k].equals(",")) {
                    k++;
                }
                if (k >= n || !isDash(lower[k]) || QuotePairer.containsNewline(text, tokens.get(close).end(), tokens.get(k).start())) {
                    continue;
                }
                int dash = k++;
                int nameStart = k;
                while (k < n && k - nameStart < 6 && tokens.get(k).kind() == TokenKind.WORD
                        && Character.isUpperCase(text.charAt(tokens.get(k).start()))
                        && !QuotePairer.containsNewline(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
                    k++;
                }
                int end = k < n && lower[k].equals(".") ? k + 1 : k;
                boolean lineEnds = end >= n || QuotePairer.containsNewline(text, tokens.get(end - 1).end(), tokens.get(end).start());
                if (k - nameStart < 1 || !lineEnds) {
                    continue;
                }
                Sentence s = layer.sentences().get(layer.sentenceAt(tokens.get(dash).start()));
                addDirect(q, span(dash, dash + 1), span(nameStart, k), s, dash, 0.8);
            }
        }

        /** Words that label a line without naming who speaks ("Note:", "Photo:", "Q:"). */
        private static final java.util.Set<String> NON_SPEAKER_LABELS = WordSet.of("note", "notes", "update",
                "updated", "editor", "editors", "correction", "clarification", "photo", "photos", "image", "video",
                "watch", "read", "related", "source", "sources", "credit", "credits", "disclosure", "caption", "listen",
                "see", "also", "more", "share", "tags", "topics", "subscribe", "advertisement", "sign", "follow", "email",
                "contact", "live", "breaking", "exclusive", "opinion", "analysis", "review", "transcript", "full",
                "text", "warning", "spoiler", "tip", "pictured", "above", "below", "top", "file", "bottom", "left",
                "right", "here", "this", "that", "the", "a", "an", "and", "but", "or", "when", "what", "why", "how",
                "where", "who", "day", "week", "time", "date", "part", "chapter", "step", "question", "answer",
                "previously", "contributing", "reporting", "additional", "written", "produced", "edited", "byline");

        /**
         * {@code WALLACE: Let's start with...} and headlines such as {@code Poll: Voters Abandon...}: a
         * line that opens with a short capitalised label and a colon gives the rest of the line to
         * the label, as in interview transcripts. There is no cue. Labels that name no speaker
         * ("Note:", "Photo:", a single letter as in "Q:") are left alone.
         */
        private static final int MIN_LABELLED_WORDS = 5;
        /** Most words of a speaker label in the body ("Sen. Jane Roe:") and in a headline. */
        private static final int MAX_LABEL_WORDS = 4;
        private static final int MAX_HEADLINE_LABEL_WORDS = 8;
        /** Fewest words after a headline's label ("Obama on Climate: The Trends Are ‘Terrifying’"). */
        private static final int MIN_HEADLINE_LABELLED_WORDS = 2;

        private void speakerLabels() {
            int n = tokens.size();
            int done = -1;
            // visit the first token of each line: look for line breaks, not at every token
            for (int lineStart = 0; lineStart >= 0; lineStart = nextLine(lineStart)) {
                int k = layer.tokenAtOrAfter(lineStart);
                if (k <= done || k >= n) {
                    continue;
                }
                done = k;
                int first = k < n && tokens.get(k).kind() == TokenKind.QUOTE ? k + 1 : k;
                // a headline labels its speaker more freely: "Obama on Climate Change: ...",
                // "Elizabeth Warren Hammers Wells Fargo CEO: ‘...’"
                boolean headline = first < n && structure.isKind(tokens.get(first).start(), BlockKind.HEADLINE)
                        && Character.isUpperCase(text.charAt(tokens.get(first).start()));
                int maxLabel = headline ? MAX_HEADLINE_LABEL_WORDS : MAX_LABEL_WORDS;
                int colon = first;
                while (colon < n && colon - first < maxLabel && tokens.get(colon).kind() == TokenKind.WORD
                        && (headline || Character.isUpperCase(text.charAt(tokens.get(colon).start())))) {
                    colon++;
                }
                if (colon == first || colon >= n || !lower[colon].equals(":") || !speakerLabel(first, colon)
                        || !structure.carriesSpeech(tokens.get(first).start())) {
                    continue;
                }
                int cs = colon + 1;
                int ce = cs;
                int words = 0;
                int capitalised = 0;
                int commas = 0;
                while (ce < n && !QuotePairer.containsNewline(text, tokens.get(ce - 1).end(), tokens.get(ce).start())) {
                    if (tokens.get(ce).kind() == TokenKind.WORD) {
                        words++;
                        capitalised += Character.isUpperCase(text.charAt(tokens.get(ce).start())) ? 1 : 0;
                    }
                    commas += lower[ce].equals(",") ? 1 : 0;
                    ce++;
                }
                if (commas >= 3 && capitalised * 10 >= words * 6) {
                    continue; // a list of names ("Contributors: A, B, C and D"), not something said
                }
                while (ce > cs && tokens.get(ce - 1).kind() != TokenKind.WORD && tokens.get(ce - 1).kind() != TokenKind.NUMBER) {
                    ce--;
                }
                // "Label: ‘A’": the marks around the whole line are not content
                if (cs < ce && isOpeningMark(cs) && closeTok[quoteOf[cs]] >= ce) {
                    cs++;
                }
                if (words < (headline ? MIN_HEADLINE_LABELLED_WORDS : MIN_LABELLED_WORDS) || ce <= cs || covered[cs]
                        || tokens.get(cs).kind() == TokenKind.NUMBER) {
                    continue;
                }
                Sentence s = layer.sentences().get(layer.sentenceAt(tokens.get(first).start()));
                addReported(cs, ce, null, span(first, colon), s, false, -1);
                markCovered(cs, ce);
                done = ce - 1;
            }
        }

        /**
         * Offset just after the next line break at or after {@code from} (the same characters as
         * {@link QuotePairer#containsNewline}), or -1 when there is none.
         */
        private int nextLine(int from) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            if (rareLineBreaks) {
                for (int i = from; i < end; i++) {
                    if (QuotePairer.containsNewline(text, i, i + 1)) {
                        return i + 1;
                    }
                }
            }
            return nl < 0 ? -1 : nl + 1;
        }

        private boolean speakerLabel(int from, int to) {
            if (to - from == 1 && tokens.get(from).length() == 1) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (NON_SPEAKER_LABELS.contains(lower[k])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isDash(String w) {
            return w.equals("\u2015") || w.equals("\u2014") || w.equals("\u2013") || w.equals("-") || w.equals("--");
        }

        private void addDirect(int q, Span cue, Span source, Sentence s, int cueTok, double confidence) {
            quoteUsed[q] = true;
            remember(s, source);
            QuotedSpan qs = quotes.get(q);
            List<Span> pieces = new ArrayList<>(trimPieces(qs.pieces()));
            int closing = closeTok[q];
            Sentence cueSentence = layer.sentences().get(layer.sentenceAt(tokens.get(cueTok).start()));
            int next = cueSentence.endToken();
            int resumed = closing >= 0 && closing < cueTok ? resumedQuote(cueTok) : -1;
            if (resumed >= 0) {
                // "...," he said (at a rally in Ohio), "..."
                int q2 = quoteOf[resumed];
                quoteUsed[q2] = true;
                pieces.addAll(trimPieces(quotes.get(q2).pieces()));
            } else if (closing >= 0 && closing < cueTok && next < tokens.size() && isOpeningMark(next)) {
                // "...," he said. "..." : the quotation goes on after the cue sentence, unless the next
                // quotation is only part of a sentence that goes on ("“A,” X said. “B” to C, she
                // said"): then it belongs to that sentence's own attribution
                int q2 = quoteOf[next];
                Span gap = new Span(tokens.get(cueSentence.endToken() - 1).end(), tokens.get(next).start());
                if (!quoteUsed[q2] && !gap.of(text).contains("\n") && !hasOwnCue(q2) && quoteFillsRest(q2)) {
                    quoteUsed[q2] = true;
                    pieces.addAll(trimPieces(quotes.get(q2).pieces()));
                    markCovered(next, closeTok[q2] >= 0 ? closeTok[q2] + 1 : next + 1);
                }
            }
            Span content = new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
            Span[] frame = channelAndTime(s, pieces);
            out.add(new Attribution(QuoteType.DIRECT, pieces, cue, source, frame[0], frame[1], confidence));
        }

        /** Most tokens between a trailer's cue and the comma before the quotation it resumes. */
        private static final int MAX_RESUME_GAP = 16;

        /**
         * The opening mark of a quotation that resumes after a trailer ("...," he said on Friday,
         * "..."): the first quotation mark after the cue, before any sentence end or other cue,
         * right after a comma and within {@link #MAX_RESUME_GAP} tokens; -1 if there is none or it
         * is taken.
         */
        private int resumedQuote(int cueTok) {
            int limit = Math.min(tokens.size(), cueTok + 1 + MAX_RESUME_GAP);
            for (int k = cueTok + 1; k < limit; k++) {
                if (tokens.get(k).kind() == TokenKind.TERMINAL || isClosingMark(k)
                        || lexicon.isCueVerb(lower[k]) || lexicon.isParticiple(lower[k])) {
                    return -1; // "..., suggesting ...: “...”" resumes nothing: the quotation is the other cue's
                }
                if (isOpeningMark(k)) {
                    return lower[k - 1].equals(",") && !quoteUsed[quoteOf[k]] ? k : -1;
                }
            }
            return -1;
        }

        private boolean hasOwnCue(int q) {
            int close = closeTok[q];
            if (close < 0) {
                return false;
            }
            Sentence s = layer.sentences().get(layer.sentenceAt(tokens.get(close).start()));
            for (int k = close + 1; k < s.endToken() && k < close + 8; k++) {
                if (lexicon.isSpeechVerb(lower[k])) {
                    return true;
                }
            }
            return false;
        }

        private void remember(Sentence s, Span source) {
            lastSentence = s.firstToken();
            lastSource = source;
        }

        private void addReported(int cs, int ce, Span cue, Span source, Sentence s, boolean belief, int cueTok) {
            addReported(cs, ce, -1, -1, cue, source, s, belief, cueTok);
        }

        /** Reported content {@code [cs, ce)}, and a second piece {@code [cs2, ce2)} when cs2 >= 0. */
        private void addReported(int cs, int ce, int cs2, int ce2, Span cue, Span source, Sentence s,
                boolean belief, int cueTok) {
            remember(s, source);
            Span content = span(cs, ce);
            int quoted = 0;
            int quotedTokens = 0;
            for (int k = cs; k < ce || cs2 >= 0 && k >= cs2 && k < ce2; k = k + 1 == ce && cs2 >= 0 ? cs2 : k + 1) {
                int q = quoteOf[k];
                if (q >= 0) {
                    quotedTokens++;
                    if (openTok[q] == k) {
                        quoteUsed[q] = true;
                        if (!isScareQuote(q)) {
                            quoted++;
                        }
                    }
                }
            }
            QuoteType type;
            if (belief && source != null && source.of(text).equalsIgnoreCase("you")) {
                return; // "You think of it as a wagon": the generic reader, not someone's belief
            }
            if (belief) {
                type = QuoteType.BELIEF;
            } else if (cs2 < 0 && quoted == 1 && isOpeningMark(cs) && quotedTokens >= ce - cs - 1) {
                type = QuoteType.DIRECT;
                int q = quoteOf[cs];
                List<Span> pieces = trimPieces(quotes.get(q).pieces());
                Span[] frame = channelAndTime(s, pieces);
                out.add(new Attribution(type, pieces, cue, source, frame[0], frame[1], 0.85));
                return;
            } else if (quoted > 0) {
                type = QuoteType.PARTIAL;
            } else {
                type = QuoteType.REPORTED;
            }
            List<Span> pieces = cs2 >= 0 ? List.of(content, span(cs2, ce2)) : List.of(content);
            Span[] frame = channelAndTime(s, pieces);
            double confidence = type == QuoteType.PARTIAL ? 0.8 : type == QuoteType.BELIEF ? 0.6 : 0.7;
            out.add(new Attribution(type, pieces, cue, source, frame[0], frame[1], confidence));
        }

        /** One word, or a capitalised name ("Islamic State"): a scare quote or a title, not speech. */
        private boolean isScareQuote(int q) {
            int words = 0;
            boolean allCapitalised = true;
            int end = closeTok[q] >= 0 ? closeTok[q] : Math.min(tokens.size(), openTok[q] + 12);
            for (int k = openTok[q] + 1; k < end; k++) {
                if (tokens.get(k).kind() == TokenKind.WORD || tokens.get(k).kind() == TokenKind.NUMBER) {
                    words++;
                    allCapitalised &= capitalized(tokens.get(k));
                }
            }
            return words <= 1 || allCapitalised && words <= 4;
        }

        /** Direct quotations drop the comma that the closing mark followed ("our country, ”"). */
        private List<Span> trimPieces(List<Span> pieces) {
            List<Span> outPieces = new ArrayList<>(pieces.size());
            for (Span p : pieces) {
                int e = p.end();
                while (e > p.start() && (text.charAt(e - 1) == ',' || Character.isWhitespace(text.charAt(e - 1)))) {
                    e--;
                }
                if (e > p.start()) {
                    outPieces.add(new Span(p.start(), e));
                }
            }
            return outPieces.isEmpty() ? pieces : outPieces;
        }

        /** Quotations that go on in the next paragraph without a cue inherit the speaker before them. */
        private void continuations() {
            for (int q = 0; q < quotes.size(); q++) {
                if (quoteUsed[q] || !speechBlock(quotes.get(q))) {
                    continue;
                }
                int open = openTok[q];
                Sentence s = layer.sentences().get(layer.sentenceAt(tokens.get(open).start()));
                if (s.firstToken() != open || !quoteFillsRest(q) || quotes.get(q).content().length() < 40) {
                    continue;
                }
                // the previous attribution must be a direct quotation ending in the previous paragraph
                Attribution prev = null;
                for (int k = 0; k < out.size(); k++) {
                    Attribution at = out.get(k);
                    if (at.contentSpan().end() <= quotes.get(q).outer().start()
                            && (prev == null || at.contentSpan().end() > prev.contentSpan().end())) {
                        prev = at;
                    }
                }
                if (prev == null || prev.type() != QuoteType.DIRECT) {
                    continue;
                }
                String between = text.substring(prev.contentSpan().end(), quotes.get(q).outer().start());
                if (between.length() > 200 || newlines(between) > 3) {
                    continue;
                }
                quoteUsed[q] = true;
                List<Span> pieces = trimPieces(quotes.get(q).pieces());
                out.add(new Attribution(QuoteType.DIRECT, pieces, null, prev.source(), null, null, 0.6));
            }
        }

        private static int newlines(String s) {
            int c = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    c++;
                }
            }
            return c;
        }

        // ---------------------------------------------------------------- channel and time

        private Span[] channelAndTime(Sentence s, List<Span> content) {
            return ChannelAndTime.find(tokens, lower, s.firstToken(), s.endToken(),
                    k -> insideAny(content, tokens.get(k)) || quoteOf[k] >= 0);
        }

        // ---------------------------------------------------------------- helpers

        private static boolean insideAny(List<Span> spans, Token t) {
            for (int i = 0; i < spans.size(); i++) { // indexed: no iterator per token on this hot path
                Span sp = spans.get(i);
                if (t.start() >= sp.start() && t.end() <= sp.end()) {
                    return true;
                }
            }
            return false;
        }

        /** As {@link Words#isCapitalized} on the token's text, without copying it. */
        private boolean capitalized(Token t) {
            return Character.isUpperCase(text.charAt(t.start()));
        }

        private Span span(int fromToken, int toTokenExclusive) {
            return new Span(tokens.get(fromToken).start(), tokens.get(toTokenExclusive - 1).end());
        }

        /**
         * Whether what follows a trailer's cue ends it: nothing, a comma, adjuncts ("said on
         * Friday.") or a few words, rather than a clause of its own ("said the ferry would run").
         */
        private boolean endsTrailer(int v, int cueEnd, int b) {
            if (cueEnd >= b || lower[cueEnd].equals(",")) {
                return true;
            }
            int start = contentStartAfter(v, cueEnd, b);
            return start < 0 || contentEnd(start, b) - start < MIN_OWN_CONTENT_TOKENS;
        }

        /** Words that open an adverbial clause after a trailer: "A, X said, as they left". */
        private static final java.util.Set<String> ADVERBIAL_OPENERS = WordSet.of("as", "while", "when", "after",
                "before", "because", "since", "although", "though");

        /** Longest dateline ("WASHINGTON ―", "NEW YORK, N.Y. —") skipped at the start of content. */
        private static final int MAX_DATELINE_TOKENS = 6;

        /** The token after a dateline at {@code a} (capitals, then a dash), or {@code a} if there is none. */
        private int skipDateline(int a, int end) {
            for (int k = a; k < end && k < a + MAX_DATELINE_TOKENS; k++) {
                String t = tokens.get(k).text(text);
                if (k > a && (t.equals("―") || t.equals("—") || t.equals("–") || t.equals("--"))) {
                    return k + 1;
                }
                boolean capitals = t.length() > 1 && t.chars().noneMatch(Character::isLowerCase)
                        && t.chars().anyMatch(Character::isUpperCase);
                if (!capitals && !t.equals(",")) {
                    return a;
                }
            }
            return a;
        }

        /** Words that open a subordinate clause before a main clause ("when pressed, she replied"). */
        private static final java.util.Set<String> SUBORDINATORS = WordSet.of("when", "while", "as", "after", "before",
                "if", "once", "asked", "pressed");
        /** Most tokens of such a clause. */
        private static final int MAX_SUBORDINATE_TOKENS = 20;

        /** Most tokens of an adjunct between a cue and the subject of its content ("said after the convention he"). */
        private static final int MAX_ADJUNCT_TOKENS = 6;

        /** Fewest tokens after a cue that make a clause of its own rather than a trailer's adjunct. */
        private static final int MIN_OWN_CONTENT_TOKENS = 4;

        /** Most tokens from a sentence-opening "As" to its cue ("As one analyst put it, ..."). */
        private static final int MAX_AS_CLAUSE_TOKENS = 10;

        private boolean commaBetween(int from, int to) {
            for (int k = from; k < to; k++) {
                if (lower[k].equals(",")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a line break separates token {@code k} from the next token. */
        private boolean lineBreakAfter(int k) {
            if (k + 1 >= tokens.size()) {
                return false;
            }
            int from = tokens.get(k).end();
            int to = tokens.get(k + 1).start();
            for (int c = from; c < to; c++) {
                char ch = text.charAt(c);
                if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029') {
                    return true;
                }
            }
            return false;
        }

        private void markCovered(int from, int to) {
            for (int k = Math.max(0, from); k < to && k < covered.length; k++) {
                covered[k] = true;
            }
        }
    }
}
