package org.whosaid.syntax;

import java.util.List;
import java.util.Objects;

/** The sentences of one article in a CoNLL file (its {@code # article NAME} block). */
public record ConllArticle(String name, List<ConllSentence> sentences) {

    public ConllArticle {
        Objects.requireNonNull(name, "name");
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        int n = 0;
        for (ConllSentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}
