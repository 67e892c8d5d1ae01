package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class EvalCommandTest {

    private static final String TEXT = "Dock news\nThe harbour master said the port will reopen.\n";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path corpus(Path root) throws IOException {
        Files.createDirectories(root.resolve("dev/text"));
        Files.createDirectories(root.resolve("dev/attributions"));
        Files.writeString(root.resolve("metadata.tsv"),
                "compartment\tfilename\tannotators\tpublisher\tpublication_date\n"
                        + "dev\tdock\tab12\tgazette\t2016-01-02\n");
        Files.writeString(root.resolve("dev/text/dock.txt"), TEXT);
        Files.writeString(root.resolve("dev/attributions/dock_ab12.ann"),
                "T1\tSource 10 28\tThe harbour master\nT2\tCue 29 33\tsaid\nT3\tContent 34 54\tthe port will reopen\n"
                        + "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n");
        return root;
    }

    @Test
    void printsTheTableAndRewritesItsDocsSection(@TempDir Path dir) throws IOException {
        Path docs = dir.resolve("EVALUATION.md");
        Files.writeString(docs, "# Evaluation\n\n<!-- BEGIN extraction -->\nkept\n<!-- END extraction -->\n");

        int code = run("eval", "polnear", "--data", corpus(dir.resolve("polnear")).toString(),
                "--write-docs", docs.toString(), "--errors", dir.resolve("errors.md").toString(),
                "--report", dir.resolve("report.md").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("PolNeAR dev: 1 articles", "source", "cue", "content");
        String written = Files.readString(docs);
        assertThat(written).contains("kept", "<!-- BEGIN polnear-combined -->", "<!-- END polnear-combined -->",
                "BERT-CofeNet", "83.2", "Machine: ", "--split dev");
        assertThat(Files.readString(dir.resolve("errors.md"))).startsWith("# whosaid errors on PolNeAR dev");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("### Per role");
    }

    @Test
    void failsWithAMessageWhenTheCorpusIsMissing(@TempDir Path dir) {
        int code = run("eval", "polnear", "--data", dir.resolve("absent").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("metadata.tsv");
    }

    @Test
    void benchWritesItsSectionOfTheBenchmarksFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.txt"), TEXT);
        Path docs = dir.resolve("BENCHMARKS.md");

        int code = run("bench", "--data", dir.toString(), "--runs", "1", "--warmup", "0", "--threads", "1",
                "--write-docs", docs.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("articles/s", "full / bare");
        assertThat(Files.readString(docs)).contains("<!-- BEGIN bench-combined -->", "tokens/s", "Time per stage");
    }
}
