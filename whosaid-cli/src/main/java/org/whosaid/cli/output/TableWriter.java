package org.whosaid.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.whosaid.model.Analysis;
import org.whosaid.model.Quote;
import org.whosaid.model.Speaker;

/**
 * A plain-text table per article: a header line, one row per quotation (speaker, type, quote) cut to
 * the terminal width, and a summary line. Article text can hold control characters, including the
 * escape that starts a terminal command, so every cell is cleaned before it is printed.
 */
final class TableWriter implements AnalysisWriter {
    static final String ELLIPSIS = "…";
    static final String GAP = "  ";
    static final int TYPE_WIDTH = "reported".length();
    static final String UNKNOWN_SPEAKER = "(unknown)";

    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String CYAN = "\u001b[36m";
    private static final String RESET = "\u001b[0m";

    private final Writer out;
    private final int width;
    private final boolean colour;
    private boolean first = true;

    TableWriter(Writer out, OutputOptions options) {
        this.out = out;
        this.width = options.width();
        this.colour = options.colour();
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        if (!first) {
            out.write('\n');
        }
        first = false;
        out.write(style(BOLD, fit(header(analysis), width)));
        out.write('\n');

        List<Quote> quotes = analysis.quotes();
        if (!quotes.isEmpty()) {
            int speakerWidth = speakerWidth(quotes);
            int quoteWidth = width - speakerWidth - TYPE_WIDTH - 2 * GAP.length();
            out.write(style(DIM, row("SPEAKER", speakerWidth, "TYPE", "QUOTE", quoteWidth)));
            out.write('\n');
            for (Quote quote : quotes) {
                String speaker = pad(fit(speakerCell(quote.speaker()), speakerWidth), speakerWidth);
                out.write(style(CYAN, speaker));
                out.write(GAP);
                out.write(pad(quote.type().label(), TYPE_WIDTH));
                out.write(GAP);
                out.write(fit(clean(quote.text()), quoteWidth));
                out.write('\n');
            }
        }
        out.write(style(DIM, fit(summary(analysis), width)));
        out.write('\n');
        out.flush();
    }

    private static String row(String speaker, int speakerWidth, String type, String quote, int quoteWidth) {
        return pad(speaker, speakerWidth) + GAP + pad(type, TYPE_WIDTH) + GAP + fit(quote, quoteWidth);
    }

    static String header(Analysis analysis) {
        StringBuilder line = new StringBuilder("== ").append(clean(analysis.article().id()));
        if (analysis.title() != null && !analysis.title().isBlank()) {
            line.append(": ").append(clean(analysis.title()));
        }
        if (analysis.article().published() != null) {
            line.append(" (").append(analysis.article().published()).append(')');
        }
        return line.toString();
    }

    static String summary(Analysis analysis) {
        int quotes = analysis.quotes().size();
        int speakers = countSpeakers(analysis.quotes());
        return "-- " + quotes + (quotes == 1 ? " quote, " : " quotes, ")
                + speakers + (speakers == 1 ? " speaker" : " speakers");
    }

    /** Distinct speakers: by entity when resolved, else by name; quotes without a speaker add none. */
    static int countSpeakers(List<Quote> quotes) {
        Set<String> seen = new HashSet<>();
        for (Quote quote : quotes) {
            Speaker speaker = quote.speaker();
            if (speaker != null) {
                seen.add(speaker.entityId() != null ? "e:" + speaker.entityId() : "n:" + speaker.name());
            }
        }
        return seen.size();
    }

    /**
     * The speaker column takes what its longest cell needs, but never more than a third of the line,
     * and never less than the header, so that quotes keep most of the width.
     */
    private int speakerWidth(List<Quote> quotes) {
        int longest = "SPEAKER".length();
        for (Quote quote : quotes) {
            longest = Math.max(longest, displayLength(speakerCell(quote.speaker())));
        }
        return Math.min(longest, width / 3);
    }

    /** The canonical name, with the mention in parentheses when it says something the name does not. */
    static String speakerCell(Speaker speaker) {
        if (speaker == null) {
            return UNKNOWN_SPEAKER;
        }
        String name = clean(speaker.name());
        String mention = clean(speaker.mention());
        if (mention.isEmpty() || words(name).containsAll(words(mention))) {
            return name;
        }
        return name + " (" + mention + ")";
    }

    /** Lower-cased words, so that "Trump" counts as part of "Donald Trump" but "he" not of "Stephen". */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** One line of printable text: whitespace runs become one space, control characters go. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code text} cut to at most {@code columns} screen columns, ending in an ellipsis when cut. */
    static String fit(String text, int columns) {
        if (displayLength(text) <= columns) {
            return text;
        }
        if (columns <= 0) {
            return "";
        }
        int used = 0;
        int keep = 0;
        while (keep < text.length()) {
            int cp = text.codePointAt(keep);
            int w = columns(cp);
            if (used + w > columns - 1) {
                break;
            }
            used += w;
            keep += Character.charCount(cp);
        }
        return text.substring(0, keep).stripTrailing() + ELLIPSIS;
    }

    static String pad(String text, int columns) {
        int missing = columns - displayLength(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** Screen columns {@code text} takes in a terminal with a monospace font. */
    static int displayLength(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += columns(cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    /**
     * Screen columns of one code point: none for combining marks, two for the East Asian wide and
     * emoji blocks, one otherwise. An approximation of wcwidth that keeps CJK and emoji rows aligned.
     */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F680 && cp <= 0x1F6FF)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
