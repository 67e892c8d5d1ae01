package org.whosaid.readers;

import java.util.Objects;

import org.whosaid.model.Article;

/**
 * What reading an input yields, one item per article: either the article or the reason it could
 * not be read. Bad input is data here, never an exception, so that one bad page or record does not
 * stop a batch.
 */
public sealed interface ReadItem permits ReadItem.Loaded, ReadItem.Failed {

    /** Where the item came from: a path, URL, {@code path#record-N} or {@code path:line}. */
    String source();

    /** An article read successfully. */
    record Loaded(Article article) implements ReadItem {
        public Loaded {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /**
     * An input, record or line that gave no article.
     *
     * @param source where it came from
     * @param reason a short human reason, e.g. "binary file" or "invalid UTF-8 at byte 1234"
     */
    record Failed(String source, String reason) implements ReadItem {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return source + ": " + reason;
        }
    }
}
