package org.whosaid.readers.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.readers.Fixtures;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.ReaderOptions;
import org.whosaid.readers.html.HtmlReader;

class FeedReaderTest {
    private final HtmlReader html = new HtmlReader(ReaderOptions.defaults());

    private List<ReadItem> read(String feed) {
        List<ReadItem> out = new ArrayList<>();
        try (ReadItems items = FeedReader.read(Origin.of("feed", "feed.xml"), feed.getBytes(StandardCharsets.UTF_8), html)) {
            items.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void turnsEachRssItemIntoAnArticlePreferringContentEncoded() {
        List<ReadItem> items = read(Fixtures.RSS);
        assertThat(items).hasSize(3);
        Article first = ((ReadItem.Loaded) items.get(0)).article();
        assertThat(first.id()).isEqualTo("courier-1001");
        assertThat(first.text()).isEqualTo("The bridge opened on Monday.\n\n\"It is a great day,\" said Mayor Ann Lark.");
        assertThat(first.title()).isEqualTo("River bridge opens");
        assertThat(first.url()).isEqualTo("https://courier.example/bridge");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(first.authors()).containsExactly("Ada Fenwick");
        assertThat(first.outlet()).isEqualTo("The Lowtown Courier");
        Article second = ((ReadItem.Loaded) items.get(1)).article();
        assertThat(second.text()).isEqualTo("The spring fair returns to the market square on Saturday.");
        assertThat(second.id()).isEqualTo("https://courier.example/fair");
        assertThat(items.get(2)).isInstanceOf(ReadItem.Failed.class);
        assertThat(((ReadItem.Failed) items.get(2)).source()).contains("#item-3");
    }

    @Test
    void readsAtomEntries() {
        Article a = ((ReadItem.Loaded) read(Fixtures.ATOM).get(0)).article();
        assertThat(a.id()).isEqualTo("tag:valley.example,2024:7");
        assertThat(a.url()).isEqualTo("https://valley.example/choir");
        assertThat(a.text()).isEqualTo("The town choir won first prize at the regional festival.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(a.authors()).containsExactly("Ben Okoro");
    }

    @Test
    void doesNotResolveExternalEntities() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>t</title><description>before &x; after</description></item></channel></rss>";
        List<ReadItem> items = read(evil);
        assertThat(items).hasSize(1);
        if (items.get(0) instanceof ReadItem.Loaded l) {
            assertThat(l.article().text()).doesNotContain("root:");
        }
    }
}
