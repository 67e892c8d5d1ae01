package org.whosaid.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A labelled dependency tree over the tokens of one sentence: every token has exactly one head
 * (a 0-based token index, or -1 for the single root) and a label such as {@code nsubj} or
 * {@code ccomp} (the root's is {@code root}); there are no cycles. The constructor checks all of it.
 */
public final class DependencyTree {

    private final int[] heads;
    private final String[] labels;
    private final int root;

    public DependencyTree(int[] heads, String[] labels) {
        Objects.requireNonNull(heads, "heads");
        Objects.requireNonNull(labels, "labels");
        if (heads.length != labels.length) {
            throw new IllegalArgumentException(heads.length + " heads but " + labels.length + " labels");
        }
        this.heads = heads.clone();
        this.labels = labels.clone();
        this.root = checkTree(this.heads);
        for (int i = 0; i < this.labels.length; i++) {
            if (this.labels[i] == null || this.labels[i].isEmpty()) {
                throw new IllegalArgumentException("token " + i + " has no label");
            }
        }
    }

    private static int checkTree(int[] heads) {
        int n = heads.length;
        int root = -1;
        for (int i = 0; i < n; i++) {
            int h = heads[i];
            if (h < -1 || h >= n || h == i) {
                throw new IllegalArgumentException("token " + i + " has invalid head " + h);
            }
            if (h == -1) {
                if (root >= 0) {
                    throw new IllegalArgumentException("two roots: tokens " + root + " and " + i);
                }
                root = i;
            }
        }
        if (n > 0 && root < 0) {
            throw new IllegalArgumentException("no root");
        }
        // 0 = unvisited, 1 = on the current path, 2 = known to reach the root
        byte[] state = new byte[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j >= 0 && state[j] == 0) {
                state[j] = 1;
                j = heads[j];
            }
            if (j >= 0 && state[j] == 1) {
                throw new IllegalArgumentException("cycle through token " + j);
            }
            for (j = i; j >= 0 && state[j] == 1; j = heads[j]) {
                state[j] = 2;
            }
        }
        return root;
    }

    public int size() {
        return heads.length;
    }

    /** The head of token {@code i}, or -1 when {@code i} is the root. */
    public int head(int i) {
        return heads[i];
    }

    public String label(int i) {
        return labels[i];
    }

    /** The root token, or -1 for an empty sentence. */
    public int root() {
        return root;
    }

    public int[] heads() {
        return heads.clone();
    }

    public List<String> labels() {
        return List.of(labels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DependencyTree t && Arrays.equals(heads, t.heads) && Arrays.equals(labels, t.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(heads) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DependencyTree[");
        for (int i = 0; i < heads.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(i).append("<-").append(labels[i]).append('-').append(heads[i]);
        }
        return sb.append(']').toString();
    }
}
