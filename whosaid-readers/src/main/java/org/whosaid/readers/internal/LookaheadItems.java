package org.whosaid.readers.internal;

import java.util.NoSuchElementException;

import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReadItems;

/**
 * {@link ReadItems} over a source that yields its items one step at a time, where a step may yield
 * nothing (a blank line, a skipped record): subclasses say when the source is exhausted and how to
 * take one step; this class keeps the one item of look-ahead that {@code hasNext} needs.
 */
public abstract class LookaheadItems implements ReadItems {

    private ReadItem pending;

    /** Whether the source has no more steps. */
    protected abstract boolean exhausted();

    /** Takes one step: the next item, or null when this step yielded none. */
    protected abstract ReadItem advance();

    @Override
    public final boolean hasNext() {
        while (pending == null && !exhausted()) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public final ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadItem item = pending;
        pending = null;
        return item;
    }

    /** Drops the item read ahead; for {@link #close()}. */
    protected final void discardPending() {
        pending = null;
    }
}
