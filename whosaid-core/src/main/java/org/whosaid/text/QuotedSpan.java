package org.whosaid.text;

import java.util.List;

import org.whosaid.model.Span;

/**
 * Text between a pair of quotation marks. A quotation that news style re-opens at each new
 * paragraph has one piece per paragraph; an unbalanced one ends at its paragraph's end.
 *
 * @param outer  from the opening mark to the closing mark inclusive (or the paragraph end)
 * @param pieces the quoted text per paragraph, marks and surrounding whitespace excluded
 * @param closed whether a closing mark was found
 * @param depth  0 for outermost quotations, 1 for a quotation inside another, ...
 */
public record QuotedSpan(Span outer, List<Span> pieces, boolean closed, int depth, QuoteMark.Family family) {
    public QuotedSpan {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a quoted span needs a piece");
        }
    }

    /** From the first quoted character to the last. */
    public Span content() {
        return new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
    }

    public boolean spansParagraphs() {
        return pieces.size() > 1;
    }
}
