package org.whosaid.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.whosaid.eval.score.Attribution;
import org.whosaid.model.QuoteType;

class BratParserTest {

    /** A fictional two-sentence article; offsets below are counted on it. */
    private static final String TEXT = "\"Rates will fall,\" the banker said, \"by spring.\"\nOfficials fear a slowdown.";

    private static String text(Attribution a, String role) {
        return switch (role) {
            case "source" -> a.source().textOf(TEXT);
            case "cue" -> a.cue().textOf(TEXT);
            default -> a.content().textOf(TEXT);
        };
    }

    @Test
    void readsAnAttributionWithDiscontinuousContent() {
        String ann = """
                T1\tSource 19 29\tthe banker
                T2\tCue 30 34\tsaid
                T3\tContent 0 18;36 48\t"Rates will fall," "by spring."
                T4\tAttribution 30 34\tsaid
                E1\tAttribution:T4 Source:T1 Content:T3 Cue:T2
                """;

        BratParser.Result r = BratParser.parse("a.ann", ann, TEXT);

        assertThat(r.problems()).isEmpty();
        assertThat(r.attributions()).hasSize(1);
        Attribution a = r.attributions().get(0);
        assertThat(text(a, "source")).isEqualTo("the banker");
        assertThat(text(a, "cue")).isEqualTo("said");
        assertThat(a.content().spans()).hasSize(2);
        assertThat(text(a, "content")).isEqualTo("Rates will fall … by spring");
        assertThat(a.type()).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void keepsAttributionsWithMissingRoles() {
        String ann = """
                T1\tCue 59 63\tfear
                T2\tContent 64 74\ta slowdown
                T3\tAttribution-no-source 59 63\tfear
                E1\tAttribution-no-source:T3 Content:T2 Cue:T1
                """;

        BratParser.Result r = BratParser.parse("b.ann", ann, TEXT);

        assertThat(r.problems()).isEmpty();
        Attribution a = r.attributions().get(0);
        assertThat(a.source().isEmpty()).isTrue();
        assertThat(text(a, "content")).isEqualTo("a slowdown");
        assertThat(a.type()).isEqualTo(QuoteType.BELIEF);
    }

    @Test
    void addsSecondContentPiecesToTheContent() {
        String ann = """
                T1\tContent 1 16\tRates will fall
                T2\tContent 37 46\tby spring
                T3\tSource 19 29\tthe banker
                E1\tAttribution:T3 Source:T3 Content:T1 Content2:T2
                """;

        Attribution a = BratParser.parse("c.ann", ann, TEXT).attributions().get(0);

        assertThat(text(a, "content")).isEqualTo("Rates will fall … by spring");
    }

    @Test
    void reportsMalformedLinesWithFileAndLineAndKeepsGoing() {
        String ann = """
                T1\tSource 19 29\tthe banker
                T2\tCue thirty 34\tsaid
                T3\tContent 0 9999\ttoo far
                T4\tContent 0 18\t"Rates will fall,"
                E1\tAttribution:T1 Source:T1 Cue:T2 Content:T4 Speaker:T1
                garbage without a tab
                E2\tAttribution:T9 Content:T77
                """;

        BratParser.Result r = BratParser.parse("news_x.ann", ann, TEXT);

        assertThat(r.attributions()).hasSize(1);
        assertThat(text(r.attributions().get(0), "content")).isEqualTo("Rates will fall");
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("news_x.ann:2:").contains("T2").contains("bad offsets"));
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("news_x.ann:3:").contains("outside the text"));
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("news_x.ann:5:").contains("missing span T2"));
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("news_x.ann:5:").contains("unknown role 'Speaker'"));
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("news_x.ann:6:").contains("unrecognised line"));
        assertThat(r.problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("news_x.ann:7:").contains("missing span T9"));
    }

    @Test
    void skipsTheContinuationLinesOfASpanThatCrossesALineBreak() {
        String ann = "T1\tContent 36 75\t\"by spring.\"\nOfficials fear a slowdown.\n"
                + "T2\tCue 30 34\tsaid\n"
                + "E1\tAttribution:T2 Cue:T2 Content:T1\n";

        BratParser.Result r = BratParser.parse("d.ann", ann, TEXT);

        assertThat(r.problems()).isEmpty();
        assertThat(r.attributions()).hasSize(1);
    }

    @Test
    void convertsCodePointOffsetsToUtf16() {
        String text = "\uD83D\uDCF0 Ann Bay said no.";
        // brat counts the newspaper emoji as one code point: "said" is at 10-14, UTF-16 11-15
        String ann = "T1\tCue 10 14\tsaid\nT2\tContent 15 17\tno\nE1\tAttribution:T1 Cue:T1 Content:T2\n";

        Attribution a = BratParser.parse("e.ann", ann, text).attributions().get(0);

        assertThat(a.cue().textOf(text)).isEqualTo("said");
        assertThat(a.content().textOf(text)).isEqualTo("no");
    }

    @Test
    void reportsRoleSpansThatBelongToNoAttribution() {
        String ann = "T1\tCue 30 34\tsaid\nT2\tDiscuss 0 10\tignored\n";

        BratParser.Result r = BratParser.parse("f.ann", ann, TEXT);

        assertThat(r.attributions()).isEmpty();
        assertThat(r.problems()).extracting(Problem::line).containsExactly(1);
    }
}
