package org.whosaid.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.Block;
import org.whosaid.model.Entity;
import org.whosaid.model.Quote;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;

/**
 * One self-contained HTML page for a whole run: a {@code <section>} per article with a legend of its
 * speakers and its text, every quotation highlighted in its speaker's colour, the cue underlined and
 * the attribution in a hover title. No scripts and no external resources, so the page can be mailed
 * or archived as it is.
 *
 * <p>Quotations may overlap or nest (a partial quote inside a reported one). Marks are opened and
 * closed with a stack at every boundary, and a mark cut by another's end is closed and reopened, so
 * the elements always nest properly.
 */
final class HtmlWriter implements AnalysisWriter {
    /** Distinct light colours; speakers beyond the last reuse them in order. */
    static final String[] PALETTE = {
        "#ffd166", "#9bf6ff", "#caffbf", "#ffc6ff", "#bdb2ff", "#ffadad",
        "#a0c4ff", "#fdffb6", "#ffd6a5", "#b9fbc0", "#f1c0e8", "#cfbaf0",
    };
    static final String UNKNOWN_CLASS = "cx";

    private final Writer out;
    private boolean started;
    private int sections;

    HtmlWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        start();
        sections++;
        new Section(analysis, sections).write();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        start();
        if (sections == 0) {
            out.write("<p class=\"empty\">No articles.</p>\n");
        }
        out.write("</main>\n</body>\n</html>\n");
        out.flush();
    }

    private void start() throws IOException {
        if (started) {
            return;
        }
        started = true;
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>whosaid: quotations and their speakers</title>\n<style>\n");
        out.write(css());
        out.write("</style>\n</head>\n<body>\n<main>\n");
    }

    static String css() {
        StringBuilder css = new StringBuilder();
        css.append("body{font:16px/1.6 Georgia,serif;color:#222;background:#fff;margin:0}\n")
                .append("main{max-width:46em;margin:0 auto;padding:1em}\n")
                .append("section{border-top:3px solid #444;margin:2em 0;padding-top:.5em}\n")
                .append("h2{font:bold 1.3em/1.3 sans-serif;margin:.3em 0}\n")
                .append(".meta,.summary,.legend{font:13px/1.5 sans-serif;color:#555}\n")
                .append(".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}\n")
                .append(".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;")
                .append("vertical-align:-.1em;background:var(--c);border:1px solid #0003}\n")
                .append(".kind{color:#888}\n")
                .append(".q{background:var(--c);box-decoration-break:clone;-webkit-box-decoration-break:clone}\n")
                .append(".q.t-reported,.q.t-belief{background:none;box-shadow:inset 0 -.45em 0 var(--c)}\n")
                .append(".q .q{outline:1px solid #0005}\n")
                .append(".q:hover{outline:2px solid #333}\n")
                .append(".who{font-weight:bold;border-bottom:3px solid var(--c)}\n")
                .append(".cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}\n")
                .append(".b-headline{font:bold 1.15em sans-serif}\n")
                .append(".b-heading{font-weight:bold}\n")
                .append(".b-caption,.b-credit,.b-footnote,.b-byline,.b-dateline{font-size:.85em;color:#666}\n");
        for (int i = 0; i < PALETTE.length; i++) {
            css.append(".c").append(i).append("{--c:").append(PALETTE[i]).append("}\n");
        }
        css.append('.').append(UNKNOWN_CLASS).append("{--c:#ddd}\n");
        return css.toString();
    }

    /** A highlighted range: its tag, and where it opens and closes (UTF-16 offsets). */
    record Mark(int start, int end, int order, String openTag) {
    }

    /** A speaker in the legend: who, in which colour, how often quoted. */
    private static final class LegendEntry {
        final String label;
        final String kind;
        final String colourClass;
        int quotes;

        LegendEntry(String label, String kind, String colourClass) {
            this.label = label;
            this.kind = kind;
            this.colourClass = colourClass;
        }
    }

    /** Renders one article; lives only while it is written. */
    private final class Section {
        private final Analysis analysis;
        private final Article article;
        private final String text;
        private final int number;
        private final Map<String, LegendEntry> legend = new LinkedHashMap<>();
        private int unattributed;

        Section(Analysis analysis, int number) {
            this.analysis = analysis;
            this.article = analysis.article();
            this.text = article.text();
            this.number = number;
        }

        void write() throws IOException {
            List<Mark> marks = marks();
            out.write("<section id=\"article-" + number + "\">\n<h2>");
            String title = analysis.title();
            out.write(Html.text(title == null || title.isBlank() ? article.id() : title));
            out.write("</h2>\n");
            writeMeta();
            writeLegend();
            out.write("<div class=\"text\">\n");
            writeParagraphs(marks);
            out.write("</div>\n");
            int quotes = analysis.quotes().size();
            out.write("<p class=\"summary\">" + quotes + (quotes == 1 ? " quotation, " : " quotations, ")
                    + legend.size() + (legend.size() == 1 ? " speaker" : " speakers") + "</p>\n");
            out.write("</section>\n");
        }

        private void writeMeta() throws IOException {
            List<String> parts = new ArrayList<>();
            parts.add(Html.text(article.id()));
            if (!article.source().equals(article.id())) {
                parts.add(Html.text(article.source()));
            }
            if (article.published() != null) {
                parts.add(Html.text(article.published().toString()));
            }
            if (article.outlet() != null) {
                parts.add(Html.text(article.outlet()));
            }
            if (article.url() != null) {
                String url = article.url();
                String lower = url.toLowerCase(Locale.ROOT);
                // only web links become links; "javascript:" and the like stay inert text
                if (lower.startsWith("https://") || lower.startsWith("http://")) {
                    parts.add("<a href=\"" + Html.attribute(url) + "\" rel=\"noreferrer\">" + Html.text(url) + "</a>");
                } else {
                    parts.add(Html.text(url));
                }
            }
            out.write("<p class=\"meta\">" + String.join(" · ", parts) + "</p>\n");
        }

        private void writeLegend() throws IOException {
            if (legend.isEmpty() && unattributed == 0) {
                out.write("<p class=\"legend\">No quotations found.</p>\n");
                return;
            }
            out.write("<ul class=\"legend\">\n");
            for (LegendEntry entry : legend.values()) {
                writeLegendItem(entry.colourClass, entry.label, entry.kind, entry.quotes);
            }
            if (unattributed > 0) {
                writeLegendItem(UNKNOWN_CLASS, "unknown speaker", null, unattributed);
            }
            out.write("</ul>\n");
        }

        private void writeLegendItem(String colourClass, String label, String kind, int quotes) throws IOException {
            out.write("<li class=\"" + colourClass + "\"><span class=\"swatch\"></span>" + Html.text(label));
            if (kind != null) {
                out.write(" <span class=\"kind\">" + kind + "</span>");
            }
            out.write(" · " + quotes + (quotes == 1 ? " quotation" : " quotations") + "</li>\n");
        }

        /** Every highlight of the article, and the legend as a side effect, in text order. */
        private List<Mark> marks() {
            Map<String, Entity> entities = new LinkedHashMap<>();
            for (Entity entity : analysis.entities()) {
                entities.putIfAbsent(entity.id(), entity);
            }
            List<Mark> marks = new ArrayList<>();
            int order = 0;
            for (Quote quote : analysis.quotes()) {
                String colour = colourOf(quote.speaker(), entities);
                String typeClass = "t-" + quote.type().label();
                String title = Html.attribute(hoverText(quote));
                String open = "<span class=\"q " + typeClass + " " + colour + "\" data-quote=\""
                        + Html.attribute(quote.id()) + "\" title=\"" + title + "\">";
                for (Span fragment : quote.fragments()) {
                    marks.add(mark(fragment, order++, open));
                }
                if (quote.cue() != null) {
                    marks.add(mark(quote.cue().span(), order++,
                            "<span class=\"cue\" title=\"" + Html.attribute("cue: " + quote.cue().text()) + "\">"));
                }
                if (quote.speaker() != null) {
                    marks.add(mark(quote.speaker().span(), order++, "<span class=\"who " + colour + "\" title=\""
                            + Html.attribute(speakerLabel(quote.speaker())) + "\">"));
                }
            }
            // two quotes often share a mention or a cue ("..., he said, adding that ..."): mark it once
            Set<String> seen = new HashSet<>();
            marks.removeIf(m -> !seen.add(m.start() + ":" + m.end() + m.openTag()));
            marks.removeIf(m -> m.start() >= m.end());
            // outer marks first, so that a mark nested in another opens inside it
            marks.sort(Comparator.comparingInt(Mark::start)
                    .thenComparing(Comparator.comparingInt(Mark::end).reversed())
                    .thenComparingInt(Mark::order));
            return marks;
        }

        /** A mark clamped to the text, never splitting a surrogate pair. */
        private Mark mark(Span span, int order, String openTag) {
            int start = snap(Math.min(span.start(), text.length()), false);
            int end = snap(Math.min(span.end(), text.length()), true);
            return new Mark(start, Math.max(start, end), order, openTag);
        }

        private int snap(int offset, boolean up) {
            if (offset > 0 && offset < text.length()
                    && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
                return up ? offset + 1 : offset - 1;
            }
            return offset;
        }

        private String colourOf(Speaker speaker, Map<String, Entity> entities) {
            if (speaker == null) {
                unattributed++;
                return UNKNOWN_CLASS;
            }
            Entity entity = speaker.entityId() == null ? null : entities.get(speaker.entityId());
            String key = entity != null ? "e:" + entity.id() : "n:" + speaker.name();
            LegendEntry entry = legend.computeIfAbsent(key, k -> new LegendEntry(
                    entity != null ? entity.name() : speaker.name(),
                    entity != null ? entity.kind().label() : null,
                    "c" + (legend.size() % PALETTE.length)));
            entry.quotes++;
            return entry.colourClass;
        }

        /** Rendered line by line: each non-blank line of the text is a paragraph. */
        private void writeParagraphs(List<Mark> marks) throws IOException {
            List<Block> blocks = new ArrayList<>(analysis.blocks().isEmpty() ? article.knownBlocks() : analysis.blocks());
            blocks.sort(Comparator.comparing(Block::span));
            int nextBlock = 0;
            int nextMark = 0;
            List<Mark> active = new ArrayList<>();
            int n = text.length();
            int lineStart = 0;
            while (lineStart < n) {
                int lineEnd = lineStart;
                while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                    lineEnd++;
                }
                if (!text.substring(lineStart, lineEnd).isBlank()) {
                    while (nextBlock < blocks.size() && blocks.get(nextBlock).span().end() <= lineStart) {
                        nextBlock++;
                    }
                    Block block = nextBlock < blocks.size() && blocks.get(nextBlock).span().start() < lineEnd
                            ? blocks.get(nextBlock) : null;
                    while (nextMark < marks.size() && marks.get(nextMark).start() < lineEnd) {
                        active.add(marks.get(nextMark++));
                    }
                    final int from = lineStart;
                    active.removeIf(m -> m.end() <= from);
                    out.write(block == null ? "<p>" : "<p class=\"b-" + block.kind().name().toLowerCase(Locale.ROOT) + "\">");
                    writeLine(lineStart, lineEnd, active);
                    out.write("</p>\n");
                }
                lineStart = lineEnd + 1;
            }
        }

        /**
         * Writes {@code text[from, to)} with the marks that cover part of it, cut to the line. At each
         * boundary the marks ending there close; any mark above them on the stack closes too and
         * reopens right after, so that tags always nest.
         */
        private void writeLine(int from, int to, List<Mark> covering) throws IOException {
            List<Mark> marks = new ArrayList<>(covering.size());
            for (Mark m : covering) {
                int start = Math.max(m.start(), from);
                int end = Math.min(m.end(), to);
                if (start < end) {
                    marks.add(new Mark(start, end, m.order(), m.openTag()));
                }
            }
            marks.sort(Comparator.comparingInt(Mark::start)
                    .thenComparing(Comparator.comparingInt(Mark::end).reversed())
                    .thenComparingInt(Mark::order));
            int[] boundaries = boundaries(from, to, marks);
            List<Mark> stack = new ArrayList<>();
            int next = 0;
            for (int b = 0; b < boundaries.length; b++) {
                int at = boundaries[b];
                closeEndingAt(at, stack);
                while (next < marks.size() && marks.get(next).start() == at) {
                    Mark m = marks.get(next++);
                    stack.add(m);
                    out.write(m.openTag());
                }
                if (b + 1 < boundaries.length) {
                    Html.text(out, text, at, boundaries[b + 1]);
                }
            }
        }

        private void closeEndingAt(int at, List<Mark> stack) throws IOException {
            int lowest = -1;
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i).end() <= at) {
                    lowest = i;
                    break;
                }
            }
            if (lowest < 0) {
                return;
            }
            List<Mark> reopen = new ArrayList<>();
            while (stack.size() > lowest) {
                Mark m = stack.remove(stack.size() - 1);
                out.write("</span>");
                if (m.end() > at) {
                    reopen.add(0, m);
                }
            }
            for (Mark m : reopen) {
                stack.add(m);
                out.write(m.openTag());
            }
        }
    }

    /** The sorted distinct offsets where some mark starts or ends, plus the line's own ends. */
    static int[] boundaries(int from, int to, List<Mark> marks) {
        int[] points = new int[marks.size() * 2 + 2];
        int count = 0;
        points[count++] = from;
        points[count++] = to;
        for (Mark m : marks) {
            points[count++] = m.start();
            points[count++] = m.end();
        }
        Arrays.sort(points, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || points[i] != points[distinct - 1]) {
                points[distinct++] = points[i];
            }
        }
        return Arrays.copyOf(points, distinct);
    }

    /** The canonical name, and the mention when it differs: "Donald Trump (the American leader)". */
    static String speakerLabel(Speaker speaker) {
        return speaker.mention().equals(speaker.name()) ? speaker.name() : speaker.name() + " (" + speaker.mention() + ")";
    }

    /** The hover text of a quotation: who, through which words, what kind, where and when. */
    static String hoverText(Quote quote) {
        StringBuilder sb = new StringBuilder();
        sb.append(quote.speaker() == null ? "unknown speaker" : speakerLabel(quote.speaker()));
        if (quote.cue() != null) {
            sb.append("\ncue: ").append(quote.cue().text());
        }
        sb.append("\ntype: ").append(quote.type().label());
        if (quote.channel() != null) {
            sb.append("\nchannel: ").append(quote.channel());
        }
        if (quote.time() != null) {
            sb.append("\ntime: ").append(quote.time().text());
            if (quote.time().value() != null) {
                sb.append(" (").append(quote.time().value()).append(')');
            }
        }
        sb.append("\nconfidence: ").append(JsonLinesWriter.round3(quote.confidence()));
        return sb.toString();
    }
}
