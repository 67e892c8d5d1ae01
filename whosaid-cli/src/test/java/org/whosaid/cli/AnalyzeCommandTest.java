package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code whosaid analyze} end to end: inputs, output and exit codes. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private static final String STORY = "Ferry fares to rise\n\n“Prices go up in June,” harbour master Ines Kovac said.\n";

    @Test
    void writesOneJsonLinePerArticleWithTheSpeaker() throws Exception {
        Files.writeString(dir.resolve("story.txt"), STORY);
        int code = Main.run("analyze", dir.resolve("story.txt").toString(), "--format", "json");
        assertThat(code).isZero();
        JsonNode article = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        assertThat(article.get("title").asText()).isEqualTo("Ferry fares to rise");
        JsonNode quote = article.get("quotes").get(0);
        assertThat(quote.get("type").asText()).isEqualTo("direct");
        assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Ines Kovac");
        assertThat(STORY.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo("Prices go up in June");
    }

    @Test
    void badFilesAreReportedByNameAndTheBatchGoesOn() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), STORY);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
        Files.writeString(dir.resolve("c-empty.txt"), "  \n");
        Files.write(dir.resolve("d-latin1.txt"), "caf\u00e9 “said” \n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("e-good.txt"), STORY.replace("Ines Kovac", "Pavel Orr"));
        int code = Main.run("analyze", dir.toString(), "--format", "json");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("b-binary.txt").contains("c-empty.txt").contains("d-latin1.txt");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Ines Kovac").contains("Pavel Orr");
    }

    @Test
    void tooLongArticleIsSkippedWithAClearMessage() throws Exception {
        Files.writeString(dir.resolve("long.txt"), STORY + "x ".repeat(500));
        int code = Main.run("analyze", dir.resolve("long.txt").toString(), "--max-chars", "100", "--format", "json");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("long.txt").contains("limit");
    }

    @Test
    void htmlOutputEscapesArticleText() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "Headline <b>\n\n“<script>alert(1)</script> is here,” Ada Moe said.\n");
        int code = Main.run("analyze", dir.resolve("x.txt").toString(), "--format", "html");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void includeTextWritesTheTextTheOffsetsIndex() throws Exception {
        Files.writeString(dir.resolve("story.txt"), STORY);
        Main.run("analyze", dir.resolve("story.txt").toString(), "--format", "json", "--include-text");
        JsonNode article = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        assertThat(article.get("text").asText()).isEqualTo(STORY);
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(Main.run("analyze", "--no-such-option", "x")).isEqualTo(2);
    }
}
