package org.whosaid.model;

import java.util.List;
import java.util.Objects;

/**
 * What the pipeline found in one article: its block structure, every attributed quotation in text
 * order, and the speakers they resolve to.
 *
 * @param title the headline: the article's own title, or the first line when it reads as one
 */
public record Analysis(Article article, String title, List<Block> blocks, List<Quote> quotes, List<Entity> entities) {
    public Analysis {
        Objects.requireNonNull(article, "article");
        blocks = List.copyOf(blocks);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
    }
}
