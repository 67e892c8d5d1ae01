package org.whosaid.readers.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.whosaid.model.BlockKind;

/**
 * What {@link HtmlExtractor} finds in a page: the article's blocks in reading order and its
 * metadata (any of which may be null or empty).
 */
public record Extraction(
        List<TextBlock> blocks,
        String title,
        LocalDate published,
        List<String> authors,
        String outlet,
        String canonicalUrl,
        String language) {

    public Extraction {
        blocks = List.copyOf(blocks);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** One block of extracted text and what it is. */
    public record TextBlock(BlockKind kind, String text) {
        public TextBlock {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The article body only (headings and paragraphs, no headline, byline or captions), blank-line separated. */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : blocks) {
            if (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(b.text());
            }
        }
        return sb.toString();
    }
}
