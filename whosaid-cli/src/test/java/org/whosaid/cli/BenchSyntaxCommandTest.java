package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class BenchSyntaxCommandTest {

    /** Two sentences of our own in the CoNLL layout of PolNeAR's CoreNLP files. */
    private static final String CONLL = "# article ferry\n"
            + "1\tThe\tthe\t0\t3\tDT\tO\t2\tdet\n"
            + "2\tferry\tferry\t4\t9\tNN\tO\t3\tnsubj\n"
            + "3\tsailed\tsail\t10\t16\tVBD\tO\t0\troot\n"
            + "4\t.\t.\t16\t17\t.\tO\t3\tpunct\n"
            + "\n"
            + "1\tIt\tit\t18\t20\tPRP\tO\t2\tnsubj\n"
            + "2\treturned\treturn\t21\t29\tVBD\tO\t0\troot\n"
            + "3\tlate\tlate\t30\t34\tRB\tO\t2\tadvmod\n"
            + "4\t.\t.\t34\t35\t.\tO\t2\tpunct\n";

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path corpus(Path root) throws IOException {
        Files.createDirectories(root.resolve("dev"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve("dev/corenlp.conll.gz")))) {
            out.write(CONLL.getBytes(StandardCharsets.UTF_8));
        }
        return root;
    }

    @Test
    void measuresTheBundledModelsAndRewritesOnlyItsDocsSection(@TempDir Path dir) throws IOException {
        Path docs = dir.resolve("BENCHMARKS.md");
        Files.writeString(docs, "# Benchmarks\n\nhand-written notes\n\n<!-- BEGIN readers -->\nkept\n<!-- END readers -->\n");

        int code = run("bench", "syntax", "--data", corpus(dir.resolve("polnear")).toString(), "--runs", "2",
                "--warmup", "0", "--write-docs", docs.toString());

        assertThat(code).as(err.toString()).isZero();
        String written = Files.readString(docs);
        assertThat(written).contains("hand-written notes", "<!-- BEGIN readers -->\nkept",
                "<!-- BEGIN syntax -->", "<!-- END syntax -->", "Do not edit by hand",
                "| sentences, tokens | 2, 8 |", "| tagging and parsing, tokens/s |",
                "`whosaid bench syntax --split dev --runs 2 --warmup 0 --write-docs ");
        assertThat(written).containsPattern("\\| models \\| bundled \\(\\d voters?\\) \\|");
    }

    @Test
    void missingAnnotationsAndBadOptionsAreReportedWithoutAStackTrace(@TempDir Path dir) throws IOException {
        assertThat(run("bench", "syntax", "--data", dir.resolve("nowhere").toString())).isEqualTo(1);
        Path data = corpus(dir.resolve("polnear"));
        assertThat(run("bench", "syntax", "--data", data.toString(), "--runs", "0")).isEqualTo(2);
        assertThat(run("bench", "syntax", "--data", data.toString(), "--split", "test")).isEqualTo(2);
    }
}
