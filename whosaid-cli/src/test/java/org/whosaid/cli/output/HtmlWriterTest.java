package org.whosaid.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.Entity;
import org.whosaid.model.EntityKind;
import org.whosaid.model.Quote;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;

class HtmlWriterTest {

    @Test
    void writesOnePageWithASectionPerArticle() throws IOException {
        String html = write(Fixtures.ferry(), Fixtures.ship());
        Document page = Jsoup.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(page.select("section")).hasSize(2);
        assertThat(page.select("section h2").eachText()).containsExactly("Ferry to stay, mayor says", "ship.txt");
        assertWellFormed(html);
    }

    @Test
    void writesAValidPageForARunWithoutArticles() throws IOException {
        String html = write();

        assertWellFormed(html);
        assertThat(Jsoup.parse(html).select("section")).isEmpty();
    }

    @Test
    void needsNoScriptsAndLoadsNothingFromOutside() throws IOException {
        Document page = Jsoup.parse(write(Fixtures.ferry()));

        assertThat(page.select("script, link, img, iframe, [src], [style]")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("style").html()).doesNotContain("url(", "@import");
    }

    @Test
    void escapesMarkupInArticleTextTitleAndSpeakerName() throws IOException {
        String text = "Hacked <script>alert(1)</script> & co.\n\n\"We <b>never</b> did it,\" said <img src=x onerror=alert(2)>.";
        Entity villain = new Entity("e1", "<script>steal()</script>", EntityKind.PERSON, List.of(), List.of());
        Quote quote = Fixtures.quote("q1", QuoteType.DIRECT, text).fragments("We <b>never</b> did it,").cue("said")
                .speaker("<script>steal()</script>", Fixtures.span(text, "<img src=x onerror=alert(2)>"), "e1").build();
        Article article = Article.builder("a\"<id>.txt", text).url("javascript:alert(3)").outlet("<i>Outlet</i>").build();
        Analysis analysis = new Analysis(article, "<script>alert('title')</script>", List.of(), List.of(quote), List.of(villain));

        String html = write(analysis);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, b, i, a")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;steal()&lt;/script&gt;",
                "&lt;script&gt;alert('title')&lt;/script&gt;");
        assertThat(page.selectFirst("section h2").text()).isEqualTo("<script>alert('title')</script>");
        assertThat(page.selectFirst(".legend li").text()).startsWith("<script>steal()</script>");
        assertThat(page.selectFirst(".q").attr("title")).startsWith("<script>steal()</script> (<img src=x onerror=alert(2)>)");
        assertThat(page.selectFirst(".meta").text()).contains("javascript:alert(3)", "<i>Outlet</i>", "a\"<id>.txt");
        assertWellFormed(html);
    }

    @Test
    void linksOnlyWebAddresses() throws IOException {
        Document page = Jsoup.parse(write(Fixtures.ferry()));

        assertThat(page.select(".meta a").eachAttr("href")).containsExactly("https://example.org/ferry");
    }

    @Test
    void keepsEveryWordOfTheArticleInItsParagraphs() throws IOException {
        Document page = Jsoup.parse(write(Fixtures.ferry()));

        List<String> paragraphs = page.select("section .text p").eachText();
        List<String> expected = Fixtures.FERRY_TEXT.lines().filter(line -> !line.isBlank()).toList();
        assertThat(paragraphs).isEqualTo(expected);
    }

    @Test
    void nestsOverlappingAndNestedQuotesIntoWellFormedMarkup() throws IOException {
        // q1 and q2 cross each other; q3 lies inside q2; the cue sits inside q2 as well
        String text = "Alpha beta gamma delta epsilon zeta eta theta.";
        List<Quote> quotes = List.of(
                Fixtures.quote("q1", QuoteType.REPORTED, text).fragments(new Span(0, 16)).build(),
                Fixtures.quote("q2", QuoteType.PARTIAL, text).fragments(new Span(6, 35)).cue("epsilon").build(),
                Fixtures.quote("q3", QuoteType.DIRECT, text).fragments(new Span(11, 22)).build());
        String html = write(Fixtures.analysis("overlap.txt", text, quotes, List.of()));
        Document page = Jsoup.parse(html);

        assertWellFormed(html);
        assertThat(page.selectFirst("section .text p").text()).isEqualTo(text);
        assertThat(coveredText(page, "q1")).isEqualTo(text.substring(0, 16));
        assertThat(coveredText(page, "q2")).isEqualTo(text.substring(6, 35));
        assertThat(coveredText(page, "q3")).isEqualTo(text.substring(11, 22));
        assertThat(page.select(".cue").text()).isEqualTo("epsilon");
        // the words covered by all three quotes sit in three nested highlights
        Element gamma = page.select(".q").stream().filter(e -> e.ownText().equals("gamma")).findFirst().orElseThrow();
        assertThat(gamma.parents().stream().filter(e -> e.hasClass("q")).count()).isEqualTo(2);
    }

    @Test
    void splitsAQuoteThatSpansParagraphsIntoOneHighlightPerParagraph() throws IOException {
        String text = "\"First paragraph of the quote.\n\n\"Second paragraph,\" she said.";
        Quote quote = Fixtures.quote("q1", QuoteType.DIRECT, text)
                .fragments(new Span(1, text.indexOf(",\" she") + 1)).cue("said").build();
        String html = write(Fixtures.analysis("long.txt", text, List.of(quote), List.of()));
        Document page = Jsoup.parse(html);

        assertWellFormed(html);
        assertThat(page.select("section .text p")).hasSize(2);
        assertThat(page.select("section .text p .q").eachText())
                .containsExactly("First paragraph of the quote.", "\"Second paragraph,");
    }

    @Test
    void highlightsWithoutSplittingSurrogatePairs() throws IOException {
        String text = Fixtures.SHIP_TEXT;
        // a span that starts and ends inside emoji, as a buggy stage might produce
        int wave = text.indexOf("🌊");
        Quote quote = Fixtures.quote("q1", QuoteType.DIRECT, text).fragments(new Span(wave + 1, text.indexOf("🌅") + 1)).build();
        String html = write(Fixtures.analysis("ship.txt", text, List.of(quote), List.of()));

        assertWellFormed(html);
        assertThat(coveredText(Jsoup.parse(html), "q1")).startsWith("🌊").endsWith("🌅");
    }

    @Test
    void colorsEachSpeakerConsistentlyAndCountsTheirQuotesInTheLegend() throws IOException {
        Document page = Jsoup.parse(write(Fixtures.ferry()));

        List<String> legend = page.select(".legend li").eachText();
        assertThat(legend).containsExactly("Elena Kovač person · 2 quotations", "Piet Olsen person · 2 quotations",
                "unknown speaker · 1 quotation");
        String kovac = colourClass(page.selectFirst(".legend li"));
        assertThat(page.select(".q[title^=\"Elena Kovač\"]")).hasSize(3)
                .allSatisfy(q -> assertThat(q.hasClass(kovac)).isTrue());
        assertThat(page.select(".who." + kovac).eachText()).containsExactly("Mayor Elena Kovač", "Kovač");
        assertThat(page.select(".q.t-reported")).hasSize(1);
        assertThat(page.selectFirst(".summary").text()).isEqualTo("5 quotations, 2 speakers");
    }

    @Test
    void showsTheAttributionOnHover() throws IOException {
        Document page = Jsoup.parse(write(Fixtures.ferry()));

        String title = page.selectFirst(".q").attr("title");
        assertThat(title.lines().toList()).containsExactly("Elena Kovač (Mayor Elena Kovač)", "cue: said",
                "type: direct", "time: on Tuesday (2024-03-12)", "confidence: 0.912");
    }

    @Test
    void clampsSpansThatRunPastTheText() throws IOException {
        String text = "\"Short,\" he said.";
        Span pastTheEnd = new Span(1, 999);
        Quote quote = new Quote("q1", QuoteType.DIRECT, "Short,", pastTheEnd, List.of(pastTheEnd), null, null, null, null, 1);
        String html = write(Fixtures.analysis("short.txt", text, List.of(quote), List.of()));

        assertWellFormed(html);
        assertThat(Jsoup.parse(html).selectFirst(".q").text()).isEqualTo(text.substring(1));
    }

    /** The text a quote's highlights cover: its segments, joined in document order. */
    private static String coveredText(Document page, String quoteId) {
        StringBuilder sb = new StringBuilder();
        for (Element e : page.select(".q[data-quote=" + quoteId + "]")) {
            sb.append(e.wholeText());
        }
        return sb.toString();
    }

    private static String colourClass(Element e) {
        return e.classNames().stream().filter(c -> c.matches("c\\d+")).findFirst().orElseThrow();
    }

    private static final Set<String> VOID_ELEMENTS = Set.of("meta", "br", "hr", "img", "link", "input");

    /** Every start tag has its end tag, in the right order, and no stray '<' appears in text. */
    static void assertWellFormed(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            int close = html.indexOf('>', i);
            assertThat(close).as("tag at %d is closed", i).isPositive();
            String tag = html.substring(i + 1, close);
            i = close + 1;
            if (tag.startsWith("!")) {
                continue;
            }
            boolean end = tag.startsWith("/");
            String name = tag.substring(end ? 1 : 0).split("[\\s/]", 2)[0];
            assertThat(name).as("tag name in <%s>", tag).matches("[a-z][a-z0-9]*");
            if (end) {
                assertThat(open).as("</%s> closes an open element", name).isNotEmpty();
                assertThat(open.pop()).as("element closed by </%s>", name).isEqualTo(name);
            } else if (!VOID_ELEMENTS.contains(name)) {
                open.push(name);
            }
        }
        assertThat(open).as("unclosed elements").isEmpty();
    }

    private static String write(Analysis... analyses) throws IOException {
        StringWriter out = new StringWriter();
        try (AnalysisWriter writer = AnalysisWriter.open(OutputFormat.HTML, out, OutputOptions.defaults())) {
            for (Analysis analysis : analyses) {
                writer.write(analysis);
            }
        }
        return out.toString();
    }
}
