package org.whosaid.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Analysis;
import org.whosaid.model.Entity;
import org.whosaid.model.EntityKind;
import org.whosaid.model.Quote;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Speaker;

class TableWriterTest {

    @Test
    void startsWithTheArticleHeaderAndEndsWithTheSummary() throws IOException {
        List<String> lines = write(OutputOptions.defaults(), Fixtures.ferry()).lines().toList();

        assertThat(lines.get(0)).isEqualTo("== ferry.txt: Ferry to stay, mayor says (2024-03-13)");
        assertThat(lines.get(1)).startsWith("SPEAKER").contains("TYPE").endsWith("QUOTE");
        assertThat(lines).hasSize(2 + 5 + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("-- 5 quotes, 2 speakers");
    }

    @Test
    void putsSpeakerTypeAndQuoteInAlignedColumns() throws IOException {
        List<String> lines = write(OutputOptions.defaults(), Fixtures.ferry()).lines().toList();

        String header = lines.get(1);
        int typeColumn = header.indexOf("TYPE");
        int quoteColumn = header.indexOf("QUOTE");
        for (String row : lines.subList(2, 7)) {
            assertThat(row.substring(typeColumn, quoteColumn).strip()).isIn("direct", "partial", "reported");
        }
        assertThat(lines.get(2)).startsWith("Elena Kovač").endsWith("The ferry is not going anywhere, Not this year, not next year.");
        assertThat(lines.get(6)).startsWith(TableWriter.UNKNOWN_SPEAKER);
    }

    @Test
    void keepsEveryLineWithinTheWidthAndCutsLongQuotesWithAnEllipsis() throws IOException {
        OutputOptions narrow = new OutputOptions(60, false, false);
        List<String> lines = write(narrow, Fixtures.ferry()).lines().toList();

        assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(60));
        assertThat(lines.get(2)).endsWith(TableWriter.ELLIPSIS).hasSize(60);
        assertThat(lines.get(6)).doesNotContain(TableWriter.ELLIPSIS);
    }

    @Test
    void widensTheQuoteColumnWithTheTerminal() throws IOException {
        String narrow = write(new OutputOptions(60, false, false), Fixtures.ferry()).lines().toList().get(2);
        String wide = write(new OutputOptions(200, false, false), Fixtures.ferry()).lines().toList().get(2);

        assertThat(wide.length()).isGreaterThan(narrow.length());
        assertThat(wide).doesNotContain(TableWriter.ELLIPSIS);
    }

    @Test
    void countsWideCharactersAsTwoColumnsWhenCutting() {
        // each ship takes two columns: three of them and the ellipsis fill seven
        assertThat(TableWriter.fit("🚢🚢🚢🚢🚢🚢", 8)).isEqualTo("🚢🚢🚢" + TableWriter.ELLIPSIS);
        assertThat(TableWriter.fit("渡轮不会停运", 7)).isEqualTo("渡轮不" + TableWriter.ELLIPSIS);
        assertThat(TableWriter.displayLength("Kova\u0301c")).isEqualTo(5);
    }

    @Test
    void alignsColumnsAfterWideSpeakerNames() throws IOException {
        String text = "\"渡轮照常运行,\" 王芳说. \"We sail,\" Mira Holt said.";
        List<Quote> quotes = List.of(
                Fixtures.quote("q1", QuoteType.DIRECT, text).fragments("渡轮照常运行,")
                        .speaker("王芳", Fixtures.span(text, "王芳"), null).build(),
                Fixtures.quote("q2", QuoteType.DIRECT, text).fragments("We sail,")
                        .speaker("Mira Holt", Fixtures.span(text, "Mira Holt"), null).build());
        List<String> rows = write(OutputOptions.defaults(), Fixtures.analysis("wide.txt", text, quotes, List.of()))
                .lines().toList().subList(1, 4);

        List<Integer> typeColumns = rows.stream()
                .map(row -> TableWriter.displayLength(row.substring(0, row.indexOf(row.startsWith("SPEAKER") ? "TYPE" : "direct"))))
                .toList();
        assertThat(typeColumns).containsOnly(typeColumns.get(0));
    }

    @Test
    void showsTheMentionWhenItSaysMoreThanTheName() {
        Speaker role = new Speaker("Donald Trump", "the head of the White House", new org.whosaid.model.Span(0, 1), "e1");
        Speaker surname = new Speaker("Donald Trump", "Trump", new org.whosaid.model.Span(0, 1), "e1");
        Speaker pronoun = new Speaker("Stephen Hale", "he", new org.whosaid.model.Span(0, 1), "e2");

        assertThat(TableWriter.speakerCell(role)).isEqualTo("Donald Trump (the head of the White House)");
        assertThat(TableWriter.speakerCell(surname)).isEqualTo("Donald Trump");
        assertThat(TableWriter.speakerCell(pronoun)).isEqualTo("Stephen Hale (he)");
        assertThat(TableWriter.speakerCell(null)).isEqualTo(TableWriter.UNKNOWN_SPEAKER);
    }

    @Test
    void countsSpeakersByEntityAndUnresolvedOnesByName() {
        String text = "\"One,\" he said. \"Two,\" Anna said. \"Three,\" Anna said again. \"Four.\"";
        Entity he = new Entity("e1", "Piet Olsen", EntityKind.PERSON, List.of(), List.of());
        List<Quote> quotes = List.of(
                Fixtures.quote("q1", QuoteType.DIRECT, text).fragments("One,")
                        .speaker("Piet Olsen", Fixtures.span(text, "he"), "e1").build(),
                Fixtures.quote("q2", QuoteType.DIRECT, text).fragments("Two,")
                        .speaker("Anna", Fixtures.spanAfter(text, "Anna said.", "Anna"), null).build(),
                Fixtures.quote("q3", QuoteType.DIRECT, text).fragments("Three,")
                        .speaker("Anna", Fixtures.spanAfter(text, "Anna said again", "Anna"), null).build(),
                Fixtures.quote("q4", QuoteType.DIRECT, text).fragments("Four.").build());

        assertThat(TableWriter.summary(Fixtures.analysis("count.txt", text, quotes, List.of(he))))
                .isEqualTo("-- 4 quotes, 2 speakers");
    }

    @Test
    void removesControlCharactersThatCouldDriveTheTerminal() throws IOException {
        String text = "\"Clear \u001b[2Jthe screen\nnow,\" said the \u202Eprankster.";
        Quote quote = Fixtures.quote("q1", QuoteType.DIRECT, text).fragments("Clear \u001b[2Jthe screen\nnow,")
                .speaker("the \u202Eprankster", Fixtures.span(text, "the \u202Eprankster"), null).build();
        String out = write(OutputOptions.defaults(), Fixtures.analysis("esc.txt", text, List.of(quote), List.of()));

        assertThat(out).doesNotContain("\u001b").doesNotContain("\u202E");
        assertThat(out.lines().toList().get(2)).startsWith("the prankster").endsWith("Clear [2Jthe screen now,");
    }

    @Test
    void coloursOnlyWhenAsked() throws IOException {
        assertThat(write(OutputOptions.defaults(), Fixtures.ferry())).doesNotContain("\u001b[");
        assertThat(write(new OutputOptions(120, true, false), Fixtures.ferry())).contains("\u001b[1m", "\u001b[0m");
    }

    @Test
    void separatesArticlesWithABlankLineAndSummarisesEmptyOnes() throws IOException {
        Analysis empty = Fixtures.analysis("empty.txt", "Nothing was said.", List.of(), List.of());
        List<String> lines = write(OutputOptions.defaults(), Fixtures.ship(), empty).lines().toList();

        int blank = lines.indexOf("");
        assertThat(blank).isPositive();
        assertThat(lines.subList(blank + 1, lines.size())).containsExactly("== empty.txt", "-- 0 quotes, 0 speakers");
    }

    @Test
    void readsWidthFromColumnsAndColourFromTerminalAndNoColor() {
        assertThat(OutputOptions.fromEnvironment(Map.of("COLUMNS", "80"), true))
                .isEqualTo(new OutputOptions(80, true, false));
        assertThat(OutputOptions.fromEnvironment(Map.of(), true).width()).isEqualTo(OutputOptions.DEFAULT_WIDTH);
        assertThat(OutputOptions.fromEnvironment(Map.of("COLUMNS", "wide"), false).width())
                .isEqualTo(OutputOptions.DEFAULT_WIDTH);
        assertThat(OutputOptions.fromEnvironment(Map.of("COLUMNS", "12"), false).width())
                .isEqualTo(OutputOptions.MIN_WIDTH);
        assertThat(OutputOptions.fromEnvironment(Map.of("NO_COLOR", "1"), true).colour()).isFalse();
        assertThat(OutputOptions.fromEnvironment(Map.of(), false).colour()).isFalse();
    }

    private static String write(OutputOptions options, Analysis... analyses) throws IOException {
        StringWriter out = new StringWriter();
        try (AnalysisWriter writer = AnalysisWriter.open(OutputFormat.TABLE, out, options)) {
            for (Analysis analysis : analyses) {
                writer.write(analysis);
            }
        }
        return out.toString();
    }
}
