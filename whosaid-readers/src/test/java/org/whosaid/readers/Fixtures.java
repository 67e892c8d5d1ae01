package org.whosaid.readers;

/** Small fictional pages and documents written for the tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A news page with navigation, a share bar, an advert, a caption, related links and comments. */
    public static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
            <title>River bridge opens | The Lowtown Courier</title>
            <meta property="og:site_name" content="The Lowtown Courier">
            <meta property="og:title" content="River bridge opens after three years">
            <meta name="author" content="Ada Fenwick">
            <link rel="canonical" href="https://courier.example/2024/05/06/river-bridge">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"River bridge opens after three years",
              "datePublished":"2024-05-06T09:00:00Z","author":{"@type":"Person","name":"Ada Fenwick"}}</script>
            </head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <div class="cookie-banner">We use cookies to improve your visit. <a href="/ok">Accept</a></div>
            <main><article>
            <h1>River bridge opens after three years</h1>
            <p class="byline">By Ada Fenwick</p>
            <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this story</a></div>
            <p>The new bridge over the Low river opened on Monday, three years after work began, and the
            first cars crossed it shortly after nine in the morning.</p>
            <figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dawn, seen from the north bank.
            <span class="credit">Photo: Tom Reed</span></figcaption></figure>
            <p>"It is a great day for the whole valley," said Mayor Ann Lark, who cut the ribbon in front of a
            crowd of several hundred people, many of whom had walked from the old ferry landing.</p>
            <div class="ad-slot">Advertisement: buy the best garden chairs today, discount for readers</div>
            <h2>Traffic expected to ease</h2>
            <p>Engineers expect the bridge to carry twelve thousand vehicles a day, which should ease the long
            queues in the town centre, according to the county council's transport report.</p>
            <p>The council said tolls would not be charged, despite the cost of the project, which rose by a
            fifth during construction because of flooding in the second winter.</p>
            </article>
            <section class="related-stories"><h3>Related</h3><ul>
            <li><a href="/a">Ferry service to close after 90 years of crossings</a></li>
            <li><a href="/b">Council approves new budget for roads and bridges</a></li></ul></section>
            <section id="comments"><h3>Comments</h3>
            <p>"This is a waste of money," wrote one reader who lives by the river and dislikes the new road.</p>
            </section></main>
            <footer><p>Copyright The Lowtown Courier. All rights reserved. Contact us about advertising.</p></footer>
            </body></html>
            """;

    public static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>The Lowtown Courier</title><link>https://courier.example/</link>
            <item><title>River bridge opens</title><link>https://courier.example/bridge</link>
              <guid>courier-1001</guid><pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate><dc:creator>Ada Fenwick</dc:creator>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The bridge opened on Monday.</p><p>"It is a great day," said Mayor Ann Lark.</p>]]></content:encoded>
            </item>
            <item><title>Fair returns</title><link>https://courier.example/fair</link>
              <pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;The spring fair returns to the market square on Saturday.&lt;/p&gt;</description>
            </item>
            <item><title>Empty item</title><link>https://courier.example/empty</link></item>
            </channel></rss>
            """;

    public static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Notes</title>
            <entry><title>Choir wins prize</title><id>tag:valley.example,2024:7</id>
              <link rel="alternate" href="https://valley.example/choir"/>
              <published>2024-04-02T08:00:00Z</published><author><name>Ben Okoro</name></author>
              <content type="html">&lt;p&gt;The town choir won first prize at the regional festival.&lt;/p&gt;</content>
            </entry></feed>
            """;
}
