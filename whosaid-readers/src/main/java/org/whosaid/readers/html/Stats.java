package org.whosaid.readers.html;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text measures of every element of a subtree, computed in one pass (the traversal is iterative,
 * so deep documents do not overflow the stack; elements deeper than the cap are ignored).
 */
final class Stats {
    /** Measures of one element. */
    static final class Node {
        int textChars;
        int linkChars;
        int paraChars;
        int ownTextChars;
        int ownLinkChars;
        int commas;

        double linkDensity() {
            return textChars == 0 ? 0 : (double) linkChars / textChars;
        }
    }

    private final Map<Element, Node> nodes = new IdentityHashMap<>();

    private Stats() {
    }

    Node get(Element e) {
        return nodes.get(e);
    }

    static Stats of(Element root, int maxDepth) {
        Stats stats = new Stats();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (depth > maxDepth) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e) {
                    stats.nodes.put(e, new Node());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode t) {
                    int len = visibleLength(t.getWholeText());
                    if (len == 0) {
                        return FilterResult.CONTINUE;
                    }
                    int commas = countCommas(t.getWholeText());
                    boolean link = false;
                    boolean para = false;
                    Element parent = t.parent();
                    if (parent != null) {
                        Node pn = stats.nodes.get(parent);
                        if (pn != null) {
                            pn.ownTextChars += len;
                            if (parent.normalName().equals("a")) {
                                pn.ownLinkChars += len;
                            }
                        }
                    }
                    for (Element a = parent; a != null; a = a.parent()) {
                        String n = a.normalName();
                        if (n.equals("a")) {
                            link = true;
                        } else if (n.equals("p") || n.equals("blockquote") || n.equals("pre")) {
                            para = true;
                        }
                        Node an = stats.nodes.get(a);
                        if (an == null) {
                            continue;
                        }
                        an.textChars += len;
                        an.commas += commas;
                        if (link) {
                            an.linkChars += len;
                        }
                        if (para) {
                            an.paraChars += len;
                        }
                        if (a == root) {
                            break;
                        }
                    }
                } else if (node instanceof Element e && e.normalName().equals("a")) {
                    // links directly under an element count against its own text
                    Element parent = e.parent();
                    Node pn = parent == null ? null : stats.nodes.get(parent);
                    Node en = stats.nodes.get(e);
                    if (pn != null && en != null) {
                        pn.ownTextChars += en.textChars;
                        pn.ownLinkChars += en.textChars;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    private static int countCommas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c') {
                n++;
            }
        }
        return n;
    }
}
