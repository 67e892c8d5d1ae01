package org.whosaid.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article to analyse: its text and what is known about it. Readers build these from text files,
 * web pages, archives and feeds; only {@code id} and {@code text} are required.
 *
 * @param id         stable identifier (file name, URL or record id)
 * @param source     where it was read from (a path, URL or "-"), for reporting
 * @param text       the article text; all output offsets point into it
 * @param title      the headline when known from metadata, else null (the pipeline then takes the
 *                   first line when it looks like a headline)
 * @param published  publication date, or null; relative times are resolved against it
 * @param url        canonical URL, or null
 * @param outlet     site or publisher name, or null
 * @param authors    bylines from metadata, possibly empty
 * @param language   BCP 47 language tag, or null when unknown
 * @param knownBlocks block structure already known from markup (HTML); empty means "infer it"
 */
public record Article(
        String id,
        String source,
        String text,
        String title,
        LocalDate published,
        String url,
        String outlet,
        List<String> authors,
        String language,
        List<Block> knownBlocks) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null ? id : source;
        authors = authors == null ? List.of() : List.copyOf(authors);
        knownBlocks = knownBlocks == null ? List.of() : List.copyOf(knownBlocks);
        for (Block b : knownBlocks) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " ends after the text (" + text.length() + ")");
            }
        }
    }

    /** An article with nothing known but its text. */
    public static Article of(String id, String text) {
        return builder(id, text).build();
    }

    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    public Builder toBuilder() {
        return new Builder(id, text).source(source).title(title).published(published).url(url)
                .outlet(outlet).authors(authors).language(language).knownBlocks(knownBlocks);
    }

    /** Builds an {@link Article}; unset fields are null or empty. */
    public static final class Builder {
        private final String id;
        private final String text;
        private String source;
        private String title;
        private LocalDate published;
        private String url;
        private String outlet;
        private List<String> authors = List.of();
        private String language;
        private List<Block> knownBlocks = List.of();

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder source(String source) { this.source = source; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder published(LocalDate published) { this.published = published; return this; }
        public Builder url(String url) { this.url = url; return this; }
        public Builder outlet(String outlet) { this.outlet = outlet; return this; }
        public Builder authors(List<String> authors) { this.authors = authors; return this; }
        public Builder language(String language) { this.language = language; return this; }
        public Builder knownBlocks(List<Block> knownBlocks) { this.knownBlocks = knownBlocks; return this; }

        public Article build() {
            return new Article(id, source, text, title, published, url, outlet, authors, language, knownBlocks);
        }
    }
}
