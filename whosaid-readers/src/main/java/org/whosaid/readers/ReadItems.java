package org.whosaid.readers;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items read from one input, produced lazily so that a WARC of thousands of pages is read with
 * bounded memory. Close it when done (try-with-resources); {@link #close()} never throws.
 * {@link #skipped()} counts what was passed over on purpose (e.g. WARC request records), valid
 * once iteration is over.
 */
public interface ReadItems extends Iterator<ReadItem>, Closeable {

    @Override
    void close();

    /** Reasons for records deliberately not turned into articles, with how many; empty by default. */
    default Map<String, Long> skipped() {
        return Map.of();
    }

    /** A sequential stream over the remaining items; closing the stream closes this. */
    default Stream<ReadItem> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** Items already in memory (a single text file, a failure). */
    static ReadItems of(List<? extends ReadItem> items) {
        Iterator<? extends ReadItem> it = List.copyOf(items).iterator();
        return new ReadItems() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ReadItem next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }

    static ReadItems of(ReadItem item) {
        return of(List.of(item));
    }

    static ReadItems failed(String source, String reason) {
        return of(new ReadItem.Failed(source, reason));
    }
}
