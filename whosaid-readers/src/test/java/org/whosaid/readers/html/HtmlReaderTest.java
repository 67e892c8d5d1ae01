package org.whosaid.readers.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.model.Block;
import org.whosaid.model.BlockKind;
import org.whosaid.readers.Fixtures;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReaderOptions;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader(ReaderOptions.defaults());

    private Article read(String html) {
        ReadItem item = reader.read(Origin.of("page", "page.html"), html.getBytes(StandardCharsets.UTF_8));
        assertThat(item).isInstanceOf(ReadItem.Loaded.class);
        return ((ReadItem.Loaded) item).article();
    }

    private static List<String> textsOf(Article a, BlockKind kind) {
        return a.knownBlocks().stream().filter(b -> b.kind() == kind).map(b -> b.span().of(a.text())).toList();
    }

    @Test
    void keepsArticleParagraphsAndDropsNavigationAdsSharingRelatedAndComments() {
        Article a = read(Fixtures.NEWS_PAGE);
        assertThat(a.text()).contains("The new bridge over the Low river opened on Monday",
                "\"It is a great day for the whole valley,\" said Mayor Ann Lark",
                "Engineers expect the bridge", "tolls would not be charged");
        assertThat(a.text()).doesNotContain("Home", "cookies", "Share on social media", "garden chairs",
                "Ferry service to close", "waste of money", "All rights reserved");
    }

    @Test
    void separatesParagraphsWithBlankLinesAndMarksBlockKinds() {
        Article a = read(Fixtures.NEWS_PAGE);
        assertThat(textsOf(a, BlockKind.HEADLINE)).containsExactly("River bridge opens after three years");
        assertThat(textsOf(a, BlockKind.HEADING)).contains("Traffic expected to ease");
        assertThat(textsOf(a, BlockKind.CAPTION)).anyMatch(t -> t.startsWith("The bridge at dawn"));
        assertThat(textsOf(a, BlockKind.CREDIT)).containsExactly("Photo: Tom Reed");
        assertThat(textsOf(a, BlockKind.BYLINE)).containsExactly("By Ada Fenwick");
        assertThat(textsOf(a, BlockKind.PARAGRAPH)).hasSize(4);
        for (Block b : a.knownBlocks()) {
            String text = b.span().of(a.text());
            assertThat(text).isEqualTo(text.strip()).doesNotContain("\n\n");
        }
        assertThat(a.text()).contains("three years\n\nBy Ada Fenwick\n\nThe new bridge");
    }

    @Test
    void readsMetadataFromMetaTagsAndJsonLd() {
        Article a = read(Fixtures.NEWS_PAGE);
        assertThat(a.title()).isEqualTo("River bridge opens after three years");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(a.authors()).containsExactly("Ada Fenwick");
        assertThat(a.outlet()).isEqualTo("The Lowtown Courier");
        assertThat(a.url()).isEqualTo("https://courier.example/2024/05/06/river-bridge");
        assertThat(a.language()).isEqualTo("en-GB");
    }

    @Test
    void takesTheDateFromTheUrlWhenThePageHasNone() {
        String page = "<html><body><article><p>" + "Plain words about the harbour and its boats. ".repeat(5)
                + "</p></article></body></html>";
        ReadItem item = reader.read(new Origin("x", "x", "https://news.example/2023/11/30/harbour", null),
                page.getBytes(StandardCharsets.UTF_8));
        assertThat(((ReadItem.Loaded) item).article().published()).isEqualTo(LocalDate.of(2023, 11, 30));
    }

    @Test
    void usesJsonLdArticleBodyWhenTheMarkupHoldsLittleText() {
        String body = "The library reopened after repairs to its roof, which had leaked for years. ".repeat(6);
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body + "\"}</script></head><body><div id=app><p>Loading…</p></div></body></html>";
        assertThat(read(page).text()).contains("The library reopened after repairs");
    }

    @Test
    void survivesDeeplyNestedMarkupWithinTheDepthCap() {
        String page = "<html><body>" + "<div>".repeat(5000) + "<p>Deep text that is very deep indeed, said nobody.</p>"
                + "</div>".repeat(5000) + "<p>Shallow paragraph that anyone can read, said the editor.</p></body></html>";
        ReadItem item = reader.read(Origin.of("deep", "deep.html"), page.getBytes(StandardCharsets.UTF_8));
        assertThat(item).isInstanceOf(ReadItem.Loaded.class);
    }

    @Test
    void reportsAPageWithoutText() {
        ReadItem item = reader.read(Origin.of("e", "e.html"),
                "<html><body><nav><a href=/>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(item).isEqualTo(new ReadItem.Failed("e.html", "no article text found in the page"));
    }
}
