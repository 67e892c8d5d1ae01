package org.whosaid.readers.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.whosaid.model.BlockKind;
import org.whosaid.readers.ReaderOptions;

/**
 * Finds the article in a web page: drops what is never content (scripts, forms, navigation,
 * hidden and boilerplate-named elements), scores containers by the paragraph text they hold and
 * how little of it is links, takes the best container with its related siblings, and reads it out
 * block by block. Only general rules: semantic tags, schema.org markup, text and link density,
 * class and id words; never a rule for one site.
 *
 * <p>Thread-safe; modifies the document it is given.
 */
public final class HtmlExtractor {
    private final int maxDepth;

    public HtmlExtractor(ReaderOptions options) {
        this.maxDepth = options.maxNestingDepth();
    }

    /** Tags whose content is never article text. */
    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template",
            "iframe", "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "option",
            "link", "meta", "head", "dialog", "map", "audio", "video", "picture", "source");

    /** Tags that usually frame the page rather than hold the article; removed unless they hold most of it. */
    private static final Set<String> FRAME_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu");

    /** Tags that start a new block of text. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "tr", "td", "th", "tbody", "thead", "header", "footer",
            "address", "hr", "br", "center", "details", "summary", "caption", "body");

    /** Class/id words that mark page furniture around the article, whatever else the element is called. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("comment", "comments", "share", "sharing",
            "sharebar", "social", "socials", "related", "recommended", "recommendations", "recirc", "promo",
            "promos", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
            "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup",
            "breadcrumb", "breadcrumbs", "navbar", "navigation", "outbrain", "taboola", "disqus", "tagcloud",
            "sronly", "visuallyhidden", "offscreen", "donate", "paywall", "tooltip", "jump", "trending",
            "popular", "mostread", "mostpopular");

    /** Words that mark furniture only when no content word names the element too ("rail" vs "rail body"). */
    private static final Set<String> WEAK_BOILERPLATE_WORDS = Set.of("sidebar", "footer", "nav", "menu",
            "popup", "modal", "overlay", "masthead", "toolbar", "widget", "widgets", "pagination", "pager",
            "login", "rail", "teaser", "teasers", "tags", "banner", "follow", "playlist", "dropdown", "more",
            "header", "meta", "tools", "toolbox", "print", "skip");

    /** Class/id words that mark the article itself. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "articlebody", "body", "content",
            "entry", "main", "post", "story", "text", "blog", "prose", "richtext", "copy", "storytext",
            "postbody", "entrycontent", "articlecontent", "storycontent", "bodytext");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"'\u201d\u2019)]\\s*$");

    /** Extracts the article and metadata from a parsed page. */
    public Extraction extract(Document doc, String pageUrl) {
        JsonLd ld = JsonLd.of(doc);
        Page page = Page.of(doc);
        String title = Metadata.title(page, ld);
        var published = Metadata.published(page, ld, pageUrl);
        List<String> authors = Metadata.authors(page, ld);
        String outlet = Metadata.outlet(page, ld);
        String canonical = Metadata.canonicalUrl(page, pageUrl);
        String language = Metadata.language(page);

        List<Extraction.TextBlock> blocks = new ArrayList<>();
        if (title != null) {
            blocks.add(new Extraction.TextBlock(BlockKind.HEADLINE, title));
        }
        Element body = doc.body();
        List<Extraction.TextBlock> content = body == null ? List.of() : content(body);
        int contentChars = 0;
        for (Extraction.TextBlock b : content) {
            if (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING) {
                contentChars += b.text().length();
            }
        }
        String ldBody = ld.articleBody();
        if (ldBody != null && ldBody.strip().length() > Math.max(200, 1.3 * contentChars)) {
            content = new ArrayList<>();
            for (String para : ldBody.strip().split("\\s*\\n\\s*\\n?\\s*")) {
                if (!para.isBlank()) {
                    content.add(new Extraction.TextBlock(BlockKind.PARAGRAPH, collapse(para)));
                }
            }
        }
        blocks.addAll(content);
        return new Extraction(blocks, title, published, authors, outlet, canonical, language);
    }

    /**
     * Reads every block of an HTML fragment that is all article (a feed item's content, a JSON Lines
     * {@code html} field): only scripts, forms and hidden elements are dropped.
     */
    public List<Extraction.TextBlock> fragmentBlocks(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        removeNeverContent(body);
        Stats stats = Stats.of(body, maxDepth);
        List<Extraction.TextBlock> out = new ArrayList<>();
        new BlockCollector(stats, maxDepth).collect(body, out);
        return out;
    }

    private List<Extraction.TextBlock> content(Element body) {
        removeNeverContent(body);
        Stats stats = Stats.of(body, maxDepth);
        removeFurniture(body, stats);
        stats = Stats.of(body, maxDepth);
        List<Element> roots = chooseRoots(body, stats);
        List<Extraction.TextBlock> out = new ArrayList<>();
        for (Element root : roots) {
            new BlockCollector(stats, maxDepth).collect(root, out);
        }
        return out;
    }

    private void removeNeverContent(Element body) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > maxDepth) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && (NEVER_CONTENT.contains(e.normalName()) || isHidden(e))) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        doomed.forEach(Element::remove);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    /** Removes navigation, asides and boilerplate-named elements, unless one holds most of the article. */
    private void removeFurniture(Element body, Stats stats) {
        int totalPara = Math.max(1, stats.get(body).paraChars);
        int totalPlain = Math.max(1, stats.get(body).textChars - stats.get(body).linkChars);
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > maxDepth) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                if (isArticleBodyMarkup(e)) {
                    return FilterResult.CONTINUE;
                }
                boolean furniture = FRAME_TAGS.contains(e.normalName()) || isBoilerplateNamed(e)
                        || "complementary".equals(e.attr("role")) || "navigation".equals(e.attr("role"));
                if (!furniture && isWeaklyBoilerplateNamed(e)) {
                    Stats.Node s = stats.get(e);
                    if (s != null && s.paraChars < 0.3 * totalPara && s.textChars - s.linkChars < 0.3 * totalPlain) {
                        doomed.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }
                if (furniture) {
                    Stats.Node s = stats.get(e);
                    // class words and frame tags are only hints: an element holding a good share of
                    // the page's paragraph text, mostly not links, is kept whatever its name
                    boolean holdsArticle = s != null && (s.paraChars > 0.6 * totalPara || s.linkDensity() < 0.35
                            && (s.paraChars > 0.3 * totalPara || s.textChars - s.linkChars > 0.3 * totalPlain));
                    if (!holdsArticle) {
                        doomed.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        doomed.forEach(Element::remove);
    }

    static boolean isArticleBodyMarkup(Element e) {
        String prop = e.attr("itemprop");
        return prop.equalsIgnoreCase("articleBody") || prop.equalsIgnoreCase("text") && e.normalName().equals("div");
    }

    private static boolean isBoilerplateNamed(Element e) {
        if (e.normalName().equals("article") || e.normalName().equals("main") || e.normalName().equals("p")) {
            return false;
        }
        boolean content = false;
        for (String word : words(e)) {
            if (BOILERPLATE_WORDS.contains(word)) {
                return true;
            }
            content |= CONTENT_WORDS.contains(word);
        }
        return false;
    }

    /** Named with a weak furniture word ("rail", "widget") and no content word. */
    private static boolean isWeaklyBoilerplateNamed(Element e) {
        boolean weak = false;
        for (String word : words(e)) {
            if (CONTENT_WORDS.contains(word)) {
                return false;
            }
            weak |= WEAK_BOILERPLATE_WORDS.contains(word);
        }
        return weak;
    }

    /**
     * Lower-case words of the class and id attributes ({@code "share-bar__item"} -> share, bar,
     * item), plus each attribute token with separators removed ({@code "articleBody"},
     * {@code "article-body"} -> articlebody). A hand-written scan: this runs for every element.
     */
    static List<String> words(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(8);
        addWords(cls, out);
        addWords(id, out);
        return out;
    }

    private static void addWords(String attr, List<String> out) {
        StringBuilder word = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        int n = attr.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? attr.charAt(i) : ' ';
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (alnum) {
                char lower = Character.toLowerCase(c);
                word.append(lower);
                joined.append(lower);
                continue;
            }
            if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            if (Character.isWhitespace(c) && joined.length() > 0) {
                String j = joined.toString();
                if (!out.isEmpty() && !out.get(out.size() - 1).equals(j)) {
                    out.add(j);
                }
                joined.setLength(0);
            }
        }
    }

    /** The elements to read the article from, in document order. */
    private List<Element> chooseRoots(Element body, Stats stats) {
        List<Element> marked = new ArrayList<>();
        for (Element e : body.getElementsByAttribute("itemprop")) {
            if (isArticleBodyMarkup(e) && stats.get(e) != null && stats.get(e).textChars >= 250
                    && marked.stream().noneMatch(m -> e.parents().contains(m))) {
                marked.add(e);
            }
        }
        if (!marked.isEmpty()) {
            return marked;
        }
        Map<Element, Double> scores = scoreCandidates(body, stats);
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            Stats.Node s = stats.get(c.getKey());
            double score = c.getValue() * (1 - s.linkDensity());
            c.setValue(score);
            if (score > best) {
                best = score;
                top = c.getKey();
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = widen(top, body, stats);
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        List<Element> roots = new ArrayList<>();
        double threshold = Math.max(10, best * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            Double score = scores.get(sibling);
            Stats.Node s = stats.get(sibling);
            if (s == null) {
                continue;
            }
            if (score != null && score >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p") || sibling.normalName().equals("blockquote")
                    || sibling.normalName().matches("h[2-6]")) {
                String text = sibling.text();
                double ld = s.linkDensity();
                if (text.length() > 80 && ld < 0.25 || text.length() > 0 && ld == 0 && SENTENCE_END.matcher(text).find()) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    /**
     * Moves up from the best container while an ancestor adds paragraph text that is mostly not
     * links: articles split into sections around pictures or adverts are read whole.
     */
    private static Element widen(Element top, Element body, Stats stats) {
        Element current = top;
        int steps = 0;
        while (steps < 3) {
            Element parent = current.parent();
            if (parent == null || parent == body || stats.get(parent) == null) {
                break;
            }
            Stats.Node c = stats.get(current);
            Stats.Node p = stats.get(parent);
            int addedPara = p.paraChars - c.paraChars;
            int addedText = p.textChars - c.textChars;
            int addedLinks = p.linkChars - c.linkChars;
            if (addedText < 50) {
                current = parent; // a wrapper adding nothing: look further up
                continue;
            }
            if (addedPara < Math.max(100, 0.1 * c.paraChars)
                    || (double) addedLinks / addedText > 0.12 || addedPara < 0.5 * addedText) {
                break;
            }
            current = parent;
            steps++;
        }
        return current;
    }

    /** Paragraph scores added up into their ancestors (fully, half, third...). */
    private Map<Element, Double> scoreCandidates(Element body, Stats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, div, section, article")) {
            Stats.Node s = stats.get(p);
            if (s == null) {
                continue;
            }
            String name = p.normalName();
            int chars = name.equals("p") || name.equals("pre") || name.equals("blockquote") || name.equals("td")
                    ? s.textChars : s.ownTextChars;
            if (chars < 25) {
                continue;
            }
            double ld = name.equals("p") ? s.linkDensity() : (double) s.ownLinkChars / Math.max(1, s.ownTextChars);
            if (ld > 0.5) {
                continue;
            }
            double score = 1 + s.commas + Math.min(chars / 100.0, 3);
            Element anc = p.parent();
            int level = 0;
            if (!name.equals("p") && !name.equals("pre") && !name.equals("td") && !name.equals("blockquote")) {
                anc = p; // a div holding text directly counts for itself
            }
            while (anc != null && level < 5 && stats.get(anc) != null) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(anc, initial(anc) + score * share, (a, b) -> a + score * share);
                anc = anc.parent();
                level++;
            }
        }
        return scores;
    }

    /** A container's starting score from its tag and class/id words. */
    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "main" -> 5;
            case "div", "section" -> 3;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "li", "form", "address" -> -3;
            case "body" -> -10;
            default -> 0;
        };
        for (String w : words(e)) {
            if (CONTENT_WORDS.contains(w)) {
                s += 25;
                break;
            }
        }
        if (isArticleBodyMarkup(e)) {
            s += 50;
        }
        return s;
    }

    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Reads blocks out of a subtree, marking headings, captions, credits and bylines. */
    private static final class BlockCollector {
        private final Stats stats;
        private final int maxDepth;
        private final StringBuilder current = new StringBuilder();
        private int currentLinkChars;
        private BlockKind currentKind = BlockKind.PARAGRAPH;
        private final java.util.ArrayDeque<BlockKind> kinds = new java.util.ArrayDeque<>();
        private List<Extraction.TextBlock> out;

        BlockCollector(Stats stats, int maxDepth) {
            this.stats = stats;
            this.maxDepth = maxDepth;
        }

        void collect(Element root, List<Extraction.TextBlock> sink) {
            this.out = sink;
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (depth > maxDepth) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (node instanceof TextNode t) {
                        append(t.getWholeText(), insideLink(t));
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (node != root && isLinkList(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (isBlock(e)) {
                        flush();
                        kinds.push(currentKind);
                        BlockKind k = kindOf(e);
                        // inside a caption, credit or byline, paragraphs stay what their container is
                        if (k != null && (currentKind == BlockKind.PARAGRAPH || currentKind == BlockKind.HEADING || k == BlockKind.CREDIT)) {
                            currentKind = k;
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e && isBlock(e)) {
                        flush();
                        currentKind = kinds.isEmpty() ? BlockKind.PARAGRAPH : kinds.pop();
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            flush();
        }

        /** Block tags, and inline credits ("Photo: ...") that must not run into the caption. */
        private static boolean isBlock(Element e) {
            if (BLOCK_TAGS.contains(e.normalName())) {
                return true;
            }
            if (e.className().isEmpty()) {
                return false;
            }
            List<String> words = words(e);
            return words.contains("credit") || words.contains("credits") || words.contains("copyright");
        }

        private boolean isLinkList(Element e) {
            Stats.Node s = stats.get(e);
            if (s == null || s.textChars == 0) {
                return false;
            }
            String n = e.normalName();
            boolean container = n.equals("ul") || n.equals("ol") || n.equals("div") || n.equals("section")
                    || n.equals("table") || n.equals("dl");
            return container && s.linkDensity() > 0.6 && s.paraChars < 200;
        }

        private static boolean insideLink(Node n) {
            for (Node p = n.parent(); p != null; p = p.parent()) {
                if (p instanceof Element e && e.normalName().equals("a")) {
                    return true;
                }
                if (p instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    return false;
                }
            }
            return false;
        }

        private static BlockKind kindOf(Element e) {
            String n = e.normalName();
            if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
                return BlockKind.HEADING;
            }
            if (n.equals("figcaption") || n.equals("caption")) {
                return BlockKind.CAPTION;
            }
            List<String> words = words(e);
            if (words.contains("credit") || words.contains("credits") || words.contains("copyright")
                    || words.contains("photographer")) {
                return BlockKind.CREDIT;
            }
            if (words.contains("caption") || words.contains("figcaption") || words.contains("wpcaption")) {
                return BlockKind.CAPTION;
            }
            if (words.contains("byline") || words.contains("author") || words.contains("authors")
                    || e.attr("rel").equals("author") || e.attr("itemprop").equals("author")) {
                return BlockKind.BYLINE;
            }
            if (words.contains("footnote") || words.contains("footnotes") || words.contains("endnote")) {
                return BlockKind.FOOTNOTE;
            }
            if (n.equals("figure") || n.equals("p") || n.equals("li") || n.equals("blockquote")) {
                return n.equals("figure") ? BlockKind.CAPTION : BlockKind.PARAGRAPH;
            }
            return null;
        }

        private void append(String text, boolean link) {
            int before = current.length();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                        current.append(' ');
                    }
                } else {
                    current.append(c);
                }
            }
            if (link) {
                currentLinkChars += current.length() - before;
            }
        }

        private void flush() {
            String text = current.toString().strip();
            int linkChars = currentLinkChars;
            current.setLength(0);
            currentLinkChars = 0;
            if (text.isEmpty()) {
                return;
            }
            if (linkChars > 0.6 * text.length() && text.length() < 200) {
                return; // "Read more: ..." and other link lines
            }
            out.add(new Extraction.TextBlock(currentKind, text));
        }
    }
}
