package org.whosaid.syntax;

import java.util.ArrayList;
import java.util.List;

/** One sentence of a CoNLL file: tokens numbered 1..n, every head within the sentence. */
public record ConllSentence(List<ConllToken> tokens) {

    public ConllSentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a sentence needs at least one token");
        }
        for (int i = 0; i < tokens.size(); i++) {
            ConllToken t = tokens.get(i);
            if (t.index() != i + 1) {
                throw new IllegalArgumentException("token " + (i + 1) + " is numbered " + t.index());
            }
            if (t.head() > tokens.size()) {
                throw new IllegalArgumentException("token " + t.index() + " has head " + t.head()
                        + " beyond the sentence's " + tokens.size() + " tokens");
            }
        }
    }

    public int size() {
        return tokens.size();
    }

    public List<String> words() {
        List<String> out = new ArrayList<>(tokens.size());
        for (ConllToken t : tokens) {
            out.add(t.word());
        }
        return out;
    }

    public String[] tags() {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).tag();
        }
        return out;
    }

    /** Heads as 0-based token indices, -1 for the root (the convention of {@link DependencyTree}). */
    public int[] heads() {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).head() - 1;
        }
        return out;
    }

    public String[] labels() {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).label();
        }
        return out;
    }
}
