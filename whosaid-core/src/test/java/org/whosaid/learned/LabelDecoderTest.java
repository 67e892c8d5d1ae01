package org.whosaid.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LabelDecoderTest {

    @Test
    void readsBeginInsideRunsAsSegments() {
        // O B-S I-S O B-C I-C I-C B-C
        int[] labels = {0, 1, 2, 0, 3, 4, 4, 3};
        assertThat(LabelDecoder.segments(labels, labels.length, 5)).containsExactly(
                new LabelDecoder.Segment(0, 1, 3), new LabelDecoder.Segment(1, 4, 7), new LabelDecoder.Segment(1, 7, 8));
    }

    @Test
    void insideWithoutBeginningStartsASegment() {
        int[] labels = {4, 4, 2, 0};
        assertThat(LabelDecoder.segments(labels, labels.length, 5)).containsExactly(
                new LabelDecoder.Segment(1, 0, 2), new LabelDecoder.Segment(0, 2, 3));
    }

    @Test
    void everyRandomSequenceDecodesToValidDisjointSegments() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            int len = random.nextInt(40);
            int[] labels = new int[len];
            for (int t = 0; t < len; t++) {
                labels[t] = random.nextInt(9) - 2; // includes labels out of range on both sides
            }
            List<LabelDecoder.Segment> segments = LabelDecoder.segments(labels, len, 5);
            int last = 0;
            for (LabelDecoder.Segment s : segments) {
                assertThat(s.start()).isGreaterThanOrEqualTo(last);
                assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(len);
                assertThat(s.role()).isBetween(0, 1);
                for (int t = s.start(); t < s.end(); t++) {
                    assertThat((labels[t] - 1) / 2).isEqualTo(s.role());
                }
                last = s.end();
            }
        }
    }

    @Test
    void everyRandomSequenceBecomesAValidAttributionOrNone() {
        String text = "Lead\n\n\"We will win,\" said Ann Lee, adding that the \"plan\" works. Others disagreed, she said.\n";
        org.whosaid.text.TextLayer layer = org.whosaid.text.TextLayer.of(text);
        org.whosaid.structure.Structure structure = org.whosaid.structure.StructureAnalyzer.analyze(
                org.whosaid.model.Article.of("t", text), layer);
        TokenView v = new TokenView(layer, structure, org.whosaid.quotes.CueLexicon.english(), List.of());
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            int[] labels = new int[v.n];
            for (int t = 0; t < v.n; t++) {
                labels[t] = random.nextInt(5);
            }
            int cs = random.nextInt(v.n);
            int ce = cs + 1 + random.nextInt(Math.min(3, v.n - cs));
            var a = LearnedModel.toAttribution(v, cs, ce, 0, LabelDecoder.segments(labels, v.n, 5));
            if (a != null) {
                assertThat(a.content()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
                assertThat(a.cue().end()).isLessThanOrEqualTo(text.length());
                assertThat(a.contentSpan().isEmpty()).isFalse();
            }
        }
    }
}
