package org.whosaid.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.whosaid.model.Article;
import org.whosaid.model.Block;
import org.whosaid.model.BlockKind;
import org.whosaid.model.Span;
import org.whosaid.text.TextLayer;
import org.whosaid.text.WordSet;

/**
 * Finds an article's blocks: headline, section headings, body paragraphs, photo captions and credit
 * lines, footnotes, bylines and datelines. Each line of text is a block; its kind comes from its
 * shape (length, final punctuation, bullets, "©", agency names) and its neighbours. When the reader
 * already knew the structure (HTML), {@link Article#knownBlocks()} is used as given.
 */
public final class StructureAnalyzer {

    /** Photo and wire agencies that appear alone on a credit line. */
    private static final Set<String> AGENCIES = WordSet.of(
            "reuters", "ap", "afp", "associated press", "getty images", "getty", "epa", "tass", "ria novosti",
            "sputnik", "bloomberg", "shutterstock", "xinhua", "anadolu", "anadolu agency", "dpa", "efe",
            "ansa", "pa", "pa images", "pa media", "ap photo", "afp photo", "reuters photo", "globallookpress",
            "global look press", "itar-tass", "alamy", "istock", "imago", "picture alliance", "zuma press",
            "sipa", "corbis", "wikimedia commons", "upi", "handout", "pool", "legion-media", "ria");

    private static final int MAX_HEADING_WORDS = 14;

    private StructureAnalyzer() {
    }

    public static Structure analyze(Article article, TextLayer layer) {
        String text = article.text();
        if (!article.knownBlocks().isEmpty()) {
            List<Block> known = new ArrayList<>(article.knownBlocks());
            known.sort((a, b) -> a.span().compareTo(b.span()));
            Span headline = known.stream().filter(b -> b.kind() == BlockKind.HEADLINE)
                    .map(Block::span).findFirst().orElse(null);
            return new Structure(known, headline);
        }
        List<Span> lines = lines(text);
        List<Block> blocks = new ArrayList<>(lines.size());
        Span headline = null;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String s = line.of(text);
            BlockKind kind = classify(s, i == 0, article, layer, line);
            if (kind == BlockKind.CAPTION && !blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == BlockKind.CAPTION
                    && isShortName(stripBullet(s))) {
                kind = BlockKind.CREDIT; // "• Porthaven Herald" under a caption: the photo's source
            }
            if (kind == BlockKind.HEADLINE) {
                headline = line;
            }
            if (kind == BlockKind.PARAGRAPH) {
                int dateline = datelineEnd(s);
                if (dateline > 0) {
                    int datelineEnd = line.start() + dateline;
                    while (datelineEnd > line.start() && Character.isWhitespace(text.charAt(datelineEnd - 1))) {
                        datelineEnd--;
                    }
                    blocks.add(new Block(BlockKind.DATELINE, new Span(line.start(), datelineEnd)));
                    int bodyStart = line.start() + dateline;
                    while (bodyStart < line.end() && Character.isWhitespace(text.charAt(bodyStart))) {
                        bodyStart++;
                    }
                    if (bodyStart < line.end()) {
                        blocks.add(new Block(BlockKind.PARAGRAPH, new Span(bodyStart, line.end())));
                    }
                    continue;
                }
            }
            blocks.add(new Block(kind, line));
        }
        return new Structure(blocks, headline);
    }

    /** Non-blank lines, trimmed of surrounding whitespace. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r' && text.charAt(end) != '\u2029') {
                end++;
            }
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            i = end + 1;
        }
        return out;
    }

    private static BlockKind classify(String line, boolean first, Article article, TextLayer layer, Span span) {
        char c0 = line.charAt(0);
        String bare = stripBullet(line);
        if (bare.startsWith("\u00a9") || startsWithAny(bare, "(c) ", "Photo:", "Photo by", "Photograph:", "Image:", "Credit:", "Picture:",
                "Photo credit", "Source:", "Video:", "Illustration:")) {
            return BlockKind.CREDIT;
        }
        if (c0 == '*' || c0 == '\u2020' || c0 == '\u2021') {
            return BlockKind.FOOTNOTE;
        }
        if (isBullet(c0)) {
            String lower = trimPunct(bare).toLowerCase(Locale.ROOT);
            if (AGENCIES.contains(lower) || lower.endsWith("/ handout") || lower.endsWith("/handout")
                    || isCreditList(lower)) {
                return BlockKind.CREDIT;
            }
            return BlockKind.CAPTION;
        }
        // every test below only needs to know whether the count is small, so long paragraphs stop early
        int words = countWords(bare, MAX_HEADING_WORDS + 1);
        if (words <= 6 && AGENCIES.contains(trimPunct(bare).toLowerCase(Locale.ROOT))) {
            return BlockKind.CREDIT;
        }
        if (isByline(bare, words)) {
            return BlockKind.BYLINE;
        }
        boolean sentenceCount1 = countSentences(layer, span) <= 1;
        if (first) {
            boolean matchesTitle = article.title() != null && article.title().strip().equals(line.strip());
            if (matchesTitle || sentenceCount1 && line.length() <= 250) {
                return BlockKind.HEADLINE;
            }
            return BlockKind.PARAGRAPH;
        }
        if (words <= MAX_HEADING_WORDS && !endsLikeSentence(line) && !isSignedQuotation(line)) {
            return BlockKind.HEADING;
        }
        return BlockKind.PARAGRAPH;
    }

    private static int countSentences(TextLayer layer, Span span) {
        int a = layer.sentenceAt(span.start());
        int b = layer.sentenceAt(Math.max(span.start(), span.end() - 1));
        return b - a + 1;
    }

    /** {@code “...” ― Name}: a quotation signed by its speaker, body text however short. */
    private static boolean isSignedQuotation(String line) {
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u2015' || c == '\u2014' || c == '\u2013' || c == '-') {
                int j = i - 1;
                while (j > 0 && line.charAt(j) == ' ') {
                    j--;
                }
                char before = line.charAt(j);
                if (before == '\u201d' || before == '"' || before == '\u00bb') {
                    return true;
                }
            }
        }
        return false;
    }

    /** At most four words, each capitalised: a name, not a description. */
    private static boolean isShortName(String s) {
        String t = trimPunct(s);
        if (t.isEmpty() || countWords(t, 5) > 4) {
            return false;
        }
        for (String w : t.split(" ")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCreditList(String lower) {
        // "courtesy zoe garbarino / us army / handout", "john smith / reuters"
        if (!lower.contains("/")) {
            return false;
        }
        for (String part : lower.split("/", 8)) {
            String p = part.strip();
            if (AGENCIES.contains(p) || p.startsWith("courtesy")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isByline(String line, int words) {
        if (words > 8 || !(line.startsWith("By ") || line.startsWith("BY "))) {
            return false;
        }
        return !endsLikeSentence(line) || line.endsWith(".") && words <= 5;
    }

    /** Length of a dateline prefix such as "DALLAS (AP) — " or "WASHINGTON — ", else 0. */
    static int datelineEnd(String line) {
        int limit = Math.min(line.length(), 80);
        int i = 0;
        int upper = 0;
        while (i < limit) {
            char c = line.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                break;
            } else if (c == '\u2014' || c == '\u2013' || c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
                if (upper >= 3 && i > 0 && line.charAt(i - 1) == ' ') {
                    int end = i + 1;
                    while (end < line.length() && (line.charAt(end) == '-' || line.charAt(end) == ' ')) {
                        end++;
                    }
                    return end;
                }
                return 0;
            } else if (c == '(') {
                // "(AP)", "(Reuters)": an agency in parentheses may hold lower case letters
                int close = line.indexOf(')', i);
                if (close < 0 || close - i > 30) {
                    return 0;
                }
                i = close + 1;
                continue;
            }
            i++;
        }
        return 0;
    }

    private static boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019\u00bb)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = line.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';' || c == ',';
    }

    private static boolean isBullet(char c) {
        return c == '\u2022' || c == '\u00b7' || c == '\u25aa' || c == '\u25cf' || c == '\u2023' || c == '\u25e6';
    }

    private static String stripBullet(String line) {
        int i = 0;
        while (i < line.length() && (isBullet(line.charAt(i)) || Character.isWhitespace(line.charAt(i)))) {
            i++;
        }
        return line.substring(i);
    }

    private static String trimPunct(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Whether {@code s} starts with one of the prefixes, ignoring case as {@link String#regionMatches} does. */
    private static boolean startsWithAny(String s, String... prefixes) {
        if (s.isEmpty()) {
            return false;
        }
        // the first character's case forms are worked out once, not once per prefix: most lines
        // fail every prefix on that character
        char c = s.charAt(0);
        char upper = Character.toUpperCase(c);
        char lower = Character.toLowerCase(upper);
        for (String p : prefixes) {
            char pc = p.charAt(0);
            char pUpper = Character.toUpperCase(pc);
            boolean firstMatches = c == pc || upper == pUpper || lower == Character.toLowerCase(pUpper);
            if (firstMatches && s.regionMatches(true, 0, p, 0, p.length())) {
                return true;
            }
        }
        return false;
    }

    /** The number of whitespace-separated words in {@code s}, or {@code cap} when it has at least that many. */
    private static int countWords(String s, int cap) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in && ++words >= cap) {
                return cap;
            }
            in = letter;
        }
        return words;
    }

}
