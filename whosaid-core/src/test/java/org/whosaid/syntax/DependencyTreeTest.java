package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DependencyTreeTest {

    @Test
    void acceptsATreeAndFindsItsRoot() {
        DependencyTree t = new DependencyTree(new int[] {1, -1, 1}, new String[] {"nsubj", "root", "dobj"});
        assertThat(t.root()).isEqualTo(1);
        assertThat(t.head(2)).isEqualTo(1);
    }

    @Test
    void rejectsTwoRoots() {
        assertThatThrownBy(() -> new DependencyTree(new int[] {-1, -1}, new String[] {"root", "root"}))
                .hasMessageContaining("two roots");
    }

    @Test
    void rejectsCycles() {
        assertThatThrownBy(() -> new DependencyTree(new int[] {-1, 2, 1}, new String[] {"root", "dep", "dep"}))
                .hasMessageContaining("cycle");
    }

    @Test
    void rejectsSelfLoopsAndHeadsOutOfRange() {
        assertThatThrownBy(() -> new DependencyTree(new int[] {-1, 1}, new String[] {"root", "dep"}))
                .hasMessageContaining("invalid head");
        assertThatThrownBy(() -> new DependencyTree(new int[] {-1, 7}, new String[] {"root", "dep"}))
                .hasMessageContaining("invalid head");
    }
}
