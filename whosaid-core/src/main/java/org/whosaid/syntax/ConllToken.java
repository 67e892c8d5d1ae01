package org.whosaid.syntax;

import java.util.Objects;

/**
 * One token line of a CoreNLP CoNLL file: 1-based {@code index}, {@code head} 0 for the root, and
 * character offsets into the article text (end exclusive).
 */
public record ConllToken(int index, String word, String lemma, int start, int end, String tag,
        String ner, int head, String label) {

    public ConllToken {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(label, "label");
        if (index < 1) {
            throw new IllegalArgumentException("token index must be >= 1, got " + index);
        }
        if (head < 0) {
            throw new IllegalArgumentException("head must be >= 0, got " + head);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + "-" + end);
        }
        if (word.isEmpty() || tag.isEmpty() || label.isEmpty()) {
            throw new IllegalArgumentException("word, tag and label must not be empty");
        }
    }
}
