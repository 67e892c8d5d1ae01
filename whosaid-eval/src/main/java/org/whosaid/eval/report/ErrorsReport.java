package org.whosaid.eval.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.whosaid.eval.score.Attribution;
import org.whosaid.eval.score.ErrorCause;
import org.whosaid.eval.score.ErrorEntry;
import org.whosaid.eval.score.Pieces;
import org.whosaid.eval.score.Role;
import org.whosaid.model.Span;

/**
 * Writes every miss and false alarm grouped by cause, most frequent cause first, each with the
 * sentence around it, so that the next improvement can be chosen from data. In the context the
 * gold content is marked ⟦…⟧ and the predicted content ⟨…⟩ (where they differ).
 */
public final class ErrorsReport {

    /** Context is cut at sentence ends, but never reaches further than this from the attribution. */
    static final int MAX_CONTEXT = 300;

    private ErrorsReport() {
    }

    public static String render(String title, List<ErrorEntry> errors) {
        Map<ErrorCause, List<ErrorEntry>> byCause = new EnumMap<>(ErrorCause.class);
        for (ErrorEntry e : errors) {
            byCause.computeIfAbsent(e.cause(), k -> new ArrayList<>()).add(e);
        }
        List<Map.Entry<ErrorCause, List<ErrorEntry>>> groups = new ArrayList<>(byCause.entrySet());
        groups.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        StringBuilder b = new StringBuilder();
        b.append("# ").append(title).append("\n\n");
        b.append("Gold content is marked ⟦…⟧ in the context, predicted content ⟨…⟩.\n\n");
        Table counts = new Table("cause", "count");
        for (Map.Entry<ErrorCause, List<ErrorEntry>> g : groups) {
            counts.row(g.getKey().description(), Integer.toString(g.getValue().size()));
        }
        b.append(counts.markdown()).append('\n');
        for (Map.Entry<ErrorCause, List<ErrorEntry>> g : groups) {
            b.append("## ").append(g.getKey().description()).append(" (").append(g.getValue().size()).append(")\n\n");
            for (ErrorEntry e : g.getValue()) {
                entry(b, e);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void entry(StringBuilder b, ErrorEntry e) {
        b.append("- **").append(e.documentId()).append("**\n");
        if (e.gold() != null) {
            b.append("  - gold ").append(describe(e.gold(), e.text())).append('\n');
        }
        if (e.predicted() != null) {
            b.append("  - predicted ").append(describe(e.predicted(), e.text())).append('\n');
        }
        b.append("  - context: ").append(context(e)).append("\n");
    }

    private static String describe(Attribution a, String text) {
        StringBuilder b = new StringBuilder("(").append(a.type().label()).append(")");
        for (Role r : Role.values()) {
            Pieces p = a.role(r);
            b.append(' ').append(r.label()).append(": ");
            b.append(p.isEmpty() ? "–" : "«" + oneLine(clip(p.textOf(text), 200)) + "» " + p.spans());
        }
        return b.toString();
    }

    private record Mark(Span span, char open, char close) { }

    static String context(ErrorEntry e) {
        String text = e.text();
        Span focus = null;
        for (Attribution a : new Attribution[] {e.gold(), e.predicted()}) {
            if (a == null) {
                continue;
            }
            for (Role r : Role.values()) {
                Span x = a.role(r).extent();
                if (x != null) {
                    focus = focus == null ? x : focus.union(x);
                }
            }
        }
        int from = sentenceStart(text, focus.start());
        int to = sentenceEnd(text, focus.end());
        Pieces gold = e.gold() == null ? Pieces.EMPTY : e.gold().content();
        Pieces pred = e.predicted() == null ? Pieces.EMPTY : e.predicted().content();
        List<Mark> marks = new ArrayList<>();
        for (Span g : gold.spans()) {
            marks.add(new Mark(g, '⟦', '⟧'));
        }
        if (!gold.equals(pred)) {
            for (Span x : pred.spans()) {
                marks.add(new Mark(x, '⟨', '⟩'));
            }
        }
        // outer spans open first and close last, so nested marks read properly
        marks.sort((x, y) -> x.span().start() != y.span().start() ? Integer.compare(x.span().start(), y.span().start())
                : Integer.compare(y.span().end(), x.span().end()));
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            for (Mark m : marks) {
                if (m.span().start() == i) {
                    b.append(m.open());
                }
            }
            b.append(text.charAt(i));
            for (int k = marks.size() - 1; k >= 0; k--) {
                if (marks.get(k).span().end() == i + 1) {
                    b.append(marks.get(k).close());
                }
            }
        }
        return (from > 0 ? "…" : "") + oneLine(b.toString()) + (to < text.length() ? "…" : "");
    }

    private static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - MAX_CONTEXT);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (Character.isWhitespace(c) && endsSentence(text, i))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int at) {
        int limit = Math.min(text.length(), at + MAX_CONTEXT);
        for (int i = Math.max(at, 1); i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (Character.isWhitespace(c) && endsSentence(text, i))) {
                return i;
            }
        }
        return limit;
    }

    /** Whether the whitespace at {@code i} follows a sentence end: ". " or a closing quote after it (".\" "). */
    private static boolean endsSentence(String text, int i) {
        char prev = text.charAt(i - 1);
        if (isStop(prev)) {
            return true;
        }
        return (prev == '”' || prev == '"' || prev == '’') && i >= 2 && isStop(text.charAt(i - 2));
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace("\n", " ¶ ");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
