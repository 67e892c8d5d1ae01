package org.whosaid.readers.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A parsed page with its {@code <meta>} values indexed once: looking each name up by walking the
 * whole document was the extractor's largest cost on big pages.
 */
record Page(Document doc, Map<String, String> metas) {

    static Page of(Document doc) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String v = m.attr("content");
            if (!key.isEmpty() && !v.isBlank()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), v); // the first non-blank value wins
            }
        }
        return new Page(doc, Map.copyOf(metas));
    }

    /** Content of {@code <meta property=name>} or {@code <meta name=name>}, case-insensitive, or null. */
    String meta(String name) {
        return metas.get(name.toLowerCase(Locale.ROOT));
    }
}
