package org.whosaid.structure;

import java.util.List;

import org.whosaid.model.Block;
import org.whosaid.model.BlockKind;
import org.whosaid.model.Span;

/**
 * The structure stage's output: the article's blocks in text order and its headline, if any.
 */
public record Structure(List<Block> blocks, Span headline) {

    public Structure {
        blocks = List.copyOf(blocks);
    }

    /** The block containing {@code offset}, or null when it lies between blocks. */
    public Block blockAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = blocks.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return blocks.get(mid);
            }
        }
        return null;
    }

    /** Whether quotations at {@code offset} can be attributed (it lies in body text). */
    public boolean carriesSpeech(int offset) {
        Block b = blockAt(offset);
        return b == null || b.kind().carriesSpeech();
    }

    public boolean isKind(int offset, BlockKind kind) {
        Block b = blockAt(offset);
        return b != null && b.kind() == kind;
    }
}
