package org.whosaid.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Unmodifiable word sets for the lists the stages consult on nearly every token. A hash set kept a
 * quarter full answers faster than {@code Set.of}/{@code Set.copyOf}, whose look-ups divide and
 * compare strings on every probe.
 */
public final class WordSet {

    private WordSet() {
    }

    /** The set of {@code words}; repeats are allowed. */
    public static Set<String> of(String... words) {
        Set<String> s = new HashSet<>(4 * words.length);
        s.addAll(Arrays.asList(words));
        return Collections.unmodifiableSet(s);
    }
}
