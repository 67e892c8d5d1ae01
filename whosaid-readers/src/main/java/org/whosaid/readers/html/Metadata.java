package org.whosaid.readers.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads page metadata from meta tags, JSON-LD, time elements and the URL; first good source wins. */
final class Metadata {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})[-_]?(\\d{2})[-_]?(\\d{2})[/_.-]");

    private Metadata() {
    }

    static String title(Page page, JsonLd ld) {
        String t = firstNonBlank(page.meta("og:title"), page.meta("twitter:title"), ld.headline());
        if (t == null) {
            Element h1 = page.doc().selectFirst("h1");
            t = h1 == null ? null : h1.text();
        }
        if (isBlank(t)) {
            t = page.doc().title();
        }
        return isBlank(t) ? null : t.strip();
    }

    static LocalDate published(Page page, JsonLd ld, String url) {
        List<String> candidates = new ArrayList<>();
        candidates.add(page.meta("article:published_time"));
        candidates.add(ld.datePublished());
        for (String name : List.of("datePublished", "pubdate", "publishdate", "publish-date", "date",
                "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                "og:published_time", "article.published", "originalpublicationdate")) {
            candidates.add(page.meta(name));
        }
        Element itemprop = page.doc().selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            candidates.add(firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text()));
        }
        Element time = page.doc().selectFirst("time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String c : candidates) {
            LocalDate d = parseDate(c, ISO_DATE);
            if (d != null) {
                return d;
            }
        }
        if (url != null) {
            LocalDate d = parseDate(url, URL_DATE);
            return d != null ? d : parseDate(url, URL_DATE_COMPACT);
        }
        return null;
    }

    private static LocalDate parseDate(String s, Pattern p) {
        if (isBlank(s)) {
            return null;
        }
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return d.getYear() >= 1900 && d.getYear() <= 2200 ? d : null;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static List<String> authors(Page page, JsonLd ld) {
        Set<String> out = new LinkedHashSet<>(ld.authors());
        if (out.isEmpty()) {
            for (String name : List.of("author", "article:author", "sailthru.author", "parsely-author", "dc.creator")) {
                String v = page.meta(name);
                if (!isBlank(v) && !v.startsWith("http")) {
                    for (String part : v.split("\\s*(?:,|\\band\\b)\\s*")) {
                        if (!part.isBlank() && part.length() < 80) {
                            out.add(part.strip());
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (Element e : page.doc().select("[rel=author], [itemprop=author] [itemprop=name]")) {
                String t = e.text().strip();
                if (!t.isEmpty() && t.length() < 80) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    static String outlet(Page page, JsonLd ld) {
        String s = firstNonBlank(page.meta("og:site_name"), ld.publisher(), page.meta("application-name"),
                page.meta("twitter:site"));
        return isBlank(s) ? null : s.strip();
    }

    static String canonicalUrl(Page page, String pageUrl) {
        Element link = page.doc().selectFirst("link[rel=canonical][href]");
        String c = link == null ? null : link.absUrl("href");
        if (isBlank(c) && link != null) {
            c = link.attr("href");
        }
        c = firstNonBlank(c, page.meta("og:url"), pageUrl);
        return isBlank(c) ? null : c.strip();
    }

    static String language(Page page) {
        Element html = page.doc().selectFirst("html");
        String lang = html == null ? null : html.attr("lang");
        if (isBlank(lang)) {
            Element m = page.doc().selectFirst("meta[http-equiv=content-language]");
            lang = m == null ? null : m.attr("content");
        }
        if (isBlank(lang)) {
            lang = page.meta("og:locale");
        }
        if (isBlank(lang)) {
            return null;
        }
        String tag = lang.strip().replace('_', '-').split("[,;\\s]")[0];
        Locale l = Locale.forLanguageTag(tag);
        return l.getLanguage().isEmpty() ? null : l.toLanguageTag();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!isBlank(v)) {
                return v;
            }
        }
        return null;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Date from a JSON-LD value, tolerating objects and arrays. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("name") ? n.get("name") : n.get("@value"));
        }
        return n.asText();
    }

    static LocalDate tryParse(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
