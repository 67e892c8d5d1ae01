package org.whosaid.learned;

import java.util.List;

import org.whosaid.model.Block;
import org.whosaid.model.Span;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.structure.Structure;
import org.whosaid.syntax.PosTagger;
import org.whosaid.text.QuotedSpan;
import org.whosaid.text.Sentence;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;
import org.whosaid.text.TokenKind;

/**
 * Everything the features need about one article's tokens, computed once into primitive arrays:
 * word hashes, shapes, sentence and paragraph numbers, quotation state, lexicon membership and
 * the rules' proposals. Feature extraction then only mixes numbers.
 */
final class TokenView {

    /** Rule role of a token with respect to a rule attribution. */
    static final int ROLE_NONE = 0;
    static final int ROLE_SOURCE = 1;
    static final int ROLE_CONTENT = 2;

    final String text;
    final List<Token> tokens;
    final int n;
    final long[] word;
    final long[] shape;
    final long[] suffix3;
    final long[] suffix2;
    final int[] kind;
    final boolean[] capitalized;
    final int[] sentence;
    final int[] sentencePos;
    /** Tokens after token {@code i} in its sentence, at most {@link #MAX_TOKENS_LEFT}. */
    final int[] tokensLeft;
    final boolean[] sentenceEnd;
    final int[] paragraph;
    /** First and last+1 token of each paragraph (lines separated by a newline). */
    final int[] paragraphFirst;
    final int[] paragraphEnd;
    /** Index of the top-level quotation the token lies in (marks included), or -1. */
    final int[] quote;
    final boolean[] openMark;
    /** First and last+1 token of each top-level quotation. */
    final int[] quoteFirst;
    final int[] quoteEnd;
    final boolean[] closeMark;
    /** Prefix counts over tokens [0, i): quotation marks, commas, sentence terminals. */
    final int[] marksBefore;
    final int[] commasBefore;
    final int[] terminalsBefore;
    final boolean[] lexiconCue;
    /** Tokens before token {@code i} that the lexicon knows as cues: nested speech between two tokens. */
    final int[] lexiconCuesBefore;
    final boolean[] beliefCue;
    /** 0 outside speech blocks (headline, captions...), 1 in body text. */
    final boolean[] speechBlock;
    /** The rules' attributions, and per token: 1 first token of a rule cue, 2 inside one, 0 none. */
    final List<Attribution> rules;
    final int[] ruleCue;
    /** Index into {@link #rules} of the rule attribution whose cue covers the token, or -1. */
    final int[] ruleOfCue;
    /** Hash of the token's part-of-speech tag (all 0 when the model has no POS features). */
    final long[] pos;
    /** Finite verbs (tags VBD, VBZ, VBP, MD) before token {@code i}: clauses between two tokens. */
    final int[] finiteBefore;
    /** Hash of the lower-cased word without an inflection ending ("claims", "claimed", "claiming": "claim"). */
    final long[] stem;
    /** Opening minus closing parentheses before token {@code i}. */
    final int[] parensBefore;

    /** A view without part-of-speech tags. */
    TokenView(TextLayer layer, Structure structure, CueLexicon lexicon, List<Attribution> rules) {
        this(layer, structure, lexicon, rules, null);
    }

    /**
     * A view of the layer's tokens; {@code tagger}, when not null, tags each sentence once on our
     * own tokens (no second tokenization) for the POS feature family.
     */
    TokenView(TextLayer layer, Structure structure, CueLexicon lexicon, List<Attribution> rules, PosTagger tagger) {
        this.text = layer.text();
        this.tokens = layer.tokens();
        this.n = tokens.size();
        this.rules = rules;
        word = new long[n];
        shape = new long[n];
        suffix3 = new long[n];
        suffix2 = new long[n];
        kind = new int[n];
        capitalized = new boolean[n];
        sentence = new int[n];
        sentencePos = new int[n];
        tokensLeft = new int[n];
        sentenceEnd = new boolean[n];
        paragraph = new int[n];
        quote = new int[n];
        openMark = new boolean[n];
        closeMark = new boolean[n];
        marksBefore = new int[n + 1];
        commasBefore = new int[n + 1];
        terminalsBefore = new int[n + 1];
        lexiconCue = new boolean[n];
        lexiconCuesBefore = new int[n + 1];
        beliefCue = new boolean[n];
        speechBlock = new boolean[n];
        ruleCue = new int[n];
        ruleOfCue = new int[n];
        pos = new long[n];
        finiteBefore = new int[n + 1];
        parensBefore = new int[n + 1];
        stem = new long[n];
        int para = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > 0 && hasNewline(tokens.get(i - 1).end(), t.start())) {
                para++;
            }
            paragraph[i] = para;
            kind[i] = t.kind().ordinal();
            hashes(i, t);
            char c0 = text.charAt(t.start());
            capitalized[i] = Character.isUpperCase(c0);
            if (t.kind() == TokenKind.WORD) {
                String lower = layer.lower(i);
                lexiconCue[i] = lexicon.isCueVerb(lower);
                beliefCue[i] = lexicon.kindOf(lower) == CueLexicon.CueKind.BELIEF;
            }
            boolean comma = t.kind() == TokenKind.PUNCT && t.length() == 1 && (c0 == ',' || c0 == ';');
            marksBefore[i + 1] = marksBefore[i] + (t.kind() == TokenKind.QUOTE ? 1 : 0);
            commasBefore[i + 1] = commasBefore[i] + (comma ? 1 : 0);
            terminalsBefore[i + 1] = terminalsBefore[i] + (t.kind() == TokenKind.TERMINAL ? 1 : 0);
            lexiconCuesBefore[i + 1] = lexiconCuesBefore[i] + (lexiconCue[i] ? 1 : 0);
            parensBefore[i + 1] = parensBefore[i] + (t.length() != 1 ? 0 : c0 == '(' ? 1 : c0 == ')' ? -1 : 0);
            Block b = structure.blockAt(t.start());
            speechBlock[i] = b == null || b.kind().carriesSpeech();
        }
        paragraphFirst = new int[n == 0 ? 0 : para + 1];
        paragraphEnd = new int[paragraphFirst.length];
        for (int i = n - 1; i >= 0; i--) {
            paragraphFirst[paragraph[i]] = i;
        }
        for (int i = 0; i < n; i++) {
            paragraphEnd[paragraph[i]] = i + 1;
        }
        List<Sentence> sentences = layer.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sent = sentences.get(s);
            for (int i = sent.firstToken(); i < sent.endToken() && i < n; i++) {
                sentence[i] = s;
                sentencePos[i] = i - sent.firstToken();
            }
            if (sent.endToken() - 1 < n) {
                sentenceEnd[sent.endToken() - 1] = true;
            }
            if (tagger != null) {
                tagSentence(tagger, sent.firstToken(), Math.min(sent.endToken(), n));
            }
        }
        for (int i = 0; i < n; i++) {
            finiteBefore[i + 1] = finiteBefore[i] + (isFinite(pos[i]) ? 1 : 0);
        }
        for (int i = n - 2; i >= 0; i--) {
            tokensLeft[i] = sentence[i + 1] == sentence[i] ? Math.min(MAX_TOKENS_LEFT, tokensLeft[i + 1] + 1) : 0;
        }
        java.util.Arrays.fill(quote, -1);
        int top = 0;
        for (QuotedSpan q : layer.quotations()) {
            top += q.depth() == 0 ? 1 : 0;
        }
        quoteFirst = new int[top];
        quoteEnd = new int[top];
        int qi = 0;
        for (QuotedSpan q : layer.quotations()) {
            if (q.depth() != 0) {
                continue;
            }
            Span outer = q.outer();
            int a = layer.tokenAtOrAfter(outer.start());
            int b = a;
            while (b < n && tokens.get(b).start() < outer.end()) {
                quote[b] = qi;
                b++;
            }
            quoteFirst[qi] = Math.min(a, n);
            quoteEnd[qi] = b;
            if (a < n && tokens.get(a).kind() == TokenKind.QUOTE) {
                openMark[a] = true;
            }
            if (q.closed() && b > a && tokens.get(b - 1).kind() == TokenKind.QUOTE) {
                closeMark[b - 1] = true;
            }
            qi++;
        }
        java.util.Arrays.fill(ruleOfCue, -1);
        for (int r = 0; r < rules.size(); r++) {
            Span cue = rules.get(r).cue();
            if (cue == null) {
                continue;
            }
            int a = layer.tokenAtOrAfter(cue.start());
            for (int i = a; i < n && tokens.get(i).start() < cue.end(); i++) {
                ruleCue[i] = i == a ? 1 : 2;
                if (ruleOfCue[i] < 0) {
                    ruleOfCue[i] = r;
                }
            }
        }
    }

    /** The rule role of token {@code i} in rule attribution {@code r}. */
    int ruleRole(int r, int i) {
        if (r < 0) {
            return ROLE_NONE;
        }
        Attribution a = rules.get(r);
        Token t = tokens.get(i);
        if (a.source() != null && a.source().start() < t.end() && t.start() < a.source().end()) {
            return ROLE_SOURCE;
        }
        for (Span c : a.content()) {
            if (c.start() < t.end() && t.start() < c.end()) {
                return ROLE_CONTENT;
            }
        }
        return ROLE_NONE;
    }

    /** Tags tokens [from, to) as one sentence and stores the tags' hashes. */
    private void tagSentence(PosTagger tagger, int from, int to) {
        if (to <= from) {
            return;
        }
        List<String> words = new java.util.ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            words.add(text.substring(t.start(), t.end()));
        }
        String[] tags = tagger.tag(words);
        for (int i = from; i < to; i++) {
            pos[i] = posHash(tags[i - from]);
        }
    }

    private static long posHash(String tag) {
        // String.hashCode is specified, so the features stay the same across JVMs
        return 0x2545F4914F6CDD1DL * (tag.hashCode() + 0x100000000L);
    }

    private static final long VBD = posHash("VBD");
    private static final long VBZ = posHash("VBZ");
    private static final long VBP = posHash("VBP");
    private static final long MD = posHash("MD");

    private static boolean isFinite(long tag) {
        return tag == VBD || tag == VBZ || tag == VBP || tag == MD;
    }

    /** Cap of {@link #tokensLeft}. */
    static final int MAX_TOKENS_LEFT = 8;
    private static final String[] ENDINGS = {"ing", "ed", "es", "s", "e"};

    private boolean hasNewline(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Word, shape and suffix hashes straight from the characters, without building strings. */
    private void hashes(int i, Token t) {
        long w = 0xcbf29ce484222325L;
        long sh = 0x84222325cbf29ce4L;
        char lastClass = 0;
        int shapeRun = 0;
        int start = t.start();
        int end = t.end();
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            char lc = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
            w = (w ^ lc) * 0x100000001b3L;
            char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (cls == lastClass) {
                shapeRun++;
            } else {
                shapeRun = 0;
            }
            if (shapeRun < 2) {
                sh = (sh ^ cls) * 0x100000001b3L;
            }
            lastClass = cls;
        }
        word[i] = w;
        shape[i] = sh;
        int stemEnd = end;
        for (String ending : ENDINGS) {
            int e = ending.length();
            if (end - start - e >= 3 && text.regionMatches(true, end - e, ending, 0, e)) {
                stemEnd = end - e;
                break;
            }
        }
        long st = 0x6a09e667f3bcc909L;
        for (int k = start; k < stemEnd; k++) {
            st = (st ^ Character.toLowerCase(text.charAt(k))) * 0x100000001b3L;
        }
        stem[i] = st;
        suffix3[i] = suffix(start, end, 3);
        suffix2[i] = suffix(start, end, 2);
    }

    private long suffix(int start, int end, int len) {
        long h = 0x9ae16a3b2f90404fL + len;
        for (int k = Math.max(start, end - len); k < end; k++) {
            h = (h ^ Character.toLowerCase(text.charAt(k))) * 0x100000001b3L;
        }
        return h;
    }
}
