package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WeightTableTest {

    private static final int CLASSES = 12;

    /** Rows of every length from empty to all classes. */
    private static int[][] rows(Random random, int count) {
        int[][] rows = new int[count][];
        for (int f = 0; f < count; f++) {
            int n = f % (CLASSES + 1);
            int[] classes = new int[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                classes[c] = c;
            }
            rows[f] = new int[n];
            for (int i = 0; i < n; i++) {
                // a random class not used yet in this row, with a weight of either sign
                int pick = i + random.nextInt(CLASSES - i);
                int c = classes[pick];
                classes[pick] = classes[i];
                classes[i] = c;
                int w = random.nextInt(2001) - 1000;
                rows[f][i] = (c << 16) | (w & 0xffff);
            }
        }
        return rows;
    }

    private static int[] keys(Random random, int count) {
        return random.ints().filter(k -> k != 0).distinct().limit(count).toArray();
    }

    /** The scores a plain scan of the sparse rows gives. */
    private static int[] naive(int[] keys, int[][] rows, int key) {
        int[] scores = new int[CLASSES];
        for (int f = 0; f < keys.length; f++) {
            if (keys[f] == key) {
                for (int v : rows[f]) {
                    scores[v >>> 16] += (short) v;
                }
            }
        }
        return scores;
    }

    private static byte[] bytes(WeightTable t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            t.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void addsTheSameWeightsAsTheSparseRowsForPresentAndAbsentKeys() {
        Random random = new Random(7);
        int[] keys = keys(random, 500);
        int[][] rows = rows(random, keys.length);
        WeightTable table = WeightTable.of(CLASSES, 0.01f, keys, rows);
        for (int f = 0; f < keys.length; f++) {
            int[] scores = new int[CLASSES];
            table.addTo(keys[f], scores);
            assertThat(scores).as("feature %d with %d entries", f, rows[f].length)
                    .containsExactly(naive(keys, rows, keys[f]));
        }
        for (int k : keys(new Random(8), 200)) {
            int[] scores = new int[CLASSES];
            table.addTo(k, scores);
            assertThat(scores).containsExactly(naive(keys, rows, k));
        }
    }

    @Test
    void writingAndReadingBackGivesTheSameBytesAndScores() throws IOException {
        Random random = new Random(11);
        int[] keys = keys(random, 300);
        int[][] rows = rows(random, keys.length);
        WeightTable table = WeightTable.of(CLASSES, 0.01f, keys, rows);
        byte[] written = bytes(table);
        WeightTable back = WeightTable.read(new WeightTable.Bytes(written));
        assertThat(bytes(back)).isEqualTo(written);
        for (int k : keys) {
            int[] a = new int[CLASSES];
            int[] b = new int[CLASSES];
            table.addTo(k, a);
            back.addTo(k, b);
            assertThat(b).containsExactly(a);
        }
    }

    @Test
    void readingRejectsEveryTruncationAndStopsAtTheTableEnd() throws IOException {
        Random random = new Random(13);
        int[] keys = keys(random, 200);
        byte[] written = bytes(WeightTable.of(CLASSES, 0.5f, keys, rows(random, keys.length)));
        byte[] followed = java.util.Arrays.copyOf(written, written.length + 3);
        WeightTable.Bytes in = new WeightTable.Bytes(followed);
        assertThat(bytes(WeightTable.read(in))).isEqualTo(written);
        assertThat(in.exhausted()).isFalse();
        assertThat(in.u8()).isZero();
        for (int cut = 0; cut < written.length; cut += 37) {
            byte[] truncated = java.util.Arrays.copyOf(written, cut);
            assertThatThrownBy(() -> WeightTable.read(new WeightTable.Bytes(truncated)))
                    .as("cut at %d of %d bytes", cut, written.length)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void narrowTablesWriteReadBackAndPruneLikeWideOnes() throws IOException {
        // three classes, like the parser's transitions: looked up inline, without a hash of rows
        int[] keys = {-7, 42, 9_000_001, 3};
        int[][] rows = {
            {(0 << 16) | 30, (2 << 16) | (-4 & 0xffff)},
            {(1 << 16) | (-250 & 0xffff)},
            {(0 << 16) | 2, (1 << 16) | 3, (2 << 16) | 900},
            {(2 << 16) | 1},
        };
        WeightTable table = WeightTable.of(3, 1f, keys, rows);
        byte[] written = bytes(table);
        WeightTable back = WeightTable.read(new WeightTable.Bytes(written));
        assertThat(bytes(back)).isEqualTo(written);
        int[] scores = new int[3];
        back.addTo(9_000_001, scores);
        assertThat(scores).containsExactly(2, 3, 900);
        int[] absent = new int[3];
        back.addTo(5, absent);
        assertThat(absent).containsOnly(0);

        WeightTable pruned = back.pruned(10f);
        assertThat(pruned.features()).isEqualTo(3);
        int[] first = new int[3];
        pruned.addTo(-7, first);
        assertThat(first).containsExactly(30, 0, 0);
        int[] gone = new int[3];
        pruned.addTo(3, gone);
        assertThat(gone).containsOnly(0);
    }

    @Test
    void pruningDropsSmallWeightsAndRowsLeftEmpty() {
        int[] keys = {101, 202, 303};
        int[][] rows = {
            {(0 << 16) | 5, (1 << 16) | (-200 & 0xffff)},
            {(2 << 16) | 3},
            {(3 << 16) | 400, (4 << 16) | 1, (5 << 16) | (-9 & 0xffff), (6 << 16) | 10, (7 << 16) | 11,
                (8 << 16) | 12, (9 << 16) | 13, (10 << 16) | 14, (11 << 16) | 15},
        };
        WeightTable pruned = WeightTable.of(CLASSES, 1f, keys, rows).pruned(10f);
        assertThat(pruned.features()).isEqualTo(2);
        int[] first = new int[CLASSES];
        pruned.addTo(101, first);
        assertThat(first[1]).isEqualTo(-200);
        assertThat(first[0]).isZero();
        int[] gone = new int[CLASSES];
        pruned.addTo(202, gone);
        assertThat(gone).containsOnly(0);
        int[] last = new int[CLASSES];
        pruned.addTo(303, last);
        assertThat(last).containsExactly(0, 0, 0, 400, 0, 0, 10, 11, 12, 13, 14, 15);
    }

    @Test
    void lowerCaseHashesMatchHashingEachCharacterLowered() {
        List<String> words = List.of("Straße", "ÉLYSÉE", "iPhone", "x", "");
        TaggerFeatures f = new TaggerFeatures(words.toArray(String[]::new));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            assertThat(f.lower[i + 2]).as(w).isEqualTo(Hashing.lowerChars(w, 0, w.length()));
            if (w.length() >= 3) {
                assertThat(f.suf3[i + 2]).as(w).isEqualTo(Hashing.lowerChars(w, w.length() - 3, w.length()));
            }
        }
    }
}
