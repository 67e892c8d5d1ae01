package org.whosaid.syntax;

import java.util.List;
import java.util.Objects;

/**
 * The sentences of one article in a CoNLL file (its {@code # article NAME} block) and its
 * coreference chains ({@code # coref} lines), each a list of mentions with the representative first.
 */
public record ConllArticle(String name, List<ConllSentence> sentences, List<List<Mention>> chains) {

    /**
     * One mention: 1-based sentence number, 1-based first token and end token (exclusive), and head
     * token, as CoreNLP writes them ({@code sentence:start-end:head}).
     */
    public record Mention(int sentence, int start, int end, int head) {
        public Mention {
            if (sentence < 1 || start < 1 || end <= start || head < start || head >= end) {
                throw new IllegalArgumentException("bad mention " + sentence + ":" + start + "-" + end + ":" + head);
            }
        }
    }

    public ConllArticle {
        Objects.requireNonNull(name, "name");
        sentences = List.copyOf(sentences);
        chains = chains.stream().map(List::copyOf).toList();
    }

    /** An article without coreference chains. */
    public ConllArticle(String name, List<ConllSentence> sentences) {
        this(name, sentences, List.of());
    }

    /** The tokens of a mention, or an empty list when it points outside the article. */
    public List<ConllToken> tokens(Mention m) {
        if (m.sentence() > sentences.size()) {
            return List.of();
        }
        List<ConllToken> tokens = sentences.get(m.sentence() - 1).tokens();
        return m.end() - 1 > tokens.size() ? List.of() : tokens.subList(m.start() - 1, m.end() - 1);
    }

    public int tokenCount() {
        int n = 0;
        for (ConllSentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}
