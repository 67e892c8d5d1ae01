package org.whosaid.readers.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The schema.org article described by a page's JSON-LD scripts, if any: headline, body, date,
 * authors and publisher. Malformed or oversized scripts are ignored.
 */
record JsonLd(String headline, String articleBody, String datePublished, List<String> authors, String publisher) {

    static final JsonLd NONE = new JsonLd(null, null, null, List.of(), null);
    private static final int MAX_SCRIPT_CHARS = 2_000_000;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build()).configure(JsonParser.Feature.ALLOW_COMMENTS, true);

    JsonLd {
        authors = List.copyOf(authors);
    }

    static JsonLd of(Document doc) {
        JsonNode best = null;
        List<JsonNode> all = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try {
                collect(MAPPER.readTree(data.strip()), all, 0);
            } catch (java.io.IOException | RuntimeException e) {
                // a broken JSON-LD block is common and harmless: use the markup instead
            }
        }
        for (JsonNode n : all) {
            if (isArticle(n) && (best == null || !best.has("articleBody") && n.has("articleBody"))) {
                best = n;
            }
        }
        if (best == null) {
            return NONE;
        }
        Set<String> authors = new LinkedHashSet<>();
        JsonNode a = best.get("author");
        if (a != null) {
            if (a.isArray()) {
                for (JsonNode x : a) {
                    addName(authors, x);
                }
            } else {
                addName(authors, a);
            }
        }
        JsonNode pub = best.get("publisher");
        return new JsonLd(Metadata.text(best.get("headline")), Metadata.text(best.get("articleBody")),
                Metadata.text(best.get("datePublished")), new ArrayList<>(authors), Metadata.text(pub));
    }

    private static void addName(Set<String> out, JsonNode n) {
        String name = Metadata.text(n);
        if (name != null && !name.isBlank() && name.length() < 100 && !name.startsWith("http")) {
            out.add(name.strip());
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 8) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                collect(x, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
            collect(n.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        for (String t : types) {
            if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report")
                    || t.equals("LiveBlogPosting") || t.equals("WebPage") && n.has("articleBody")) {
                return true;
            }
        }
        return false;
    }
}
