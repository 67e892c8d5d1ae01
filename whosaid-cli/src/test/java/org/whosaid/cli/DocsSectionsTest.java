package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSectionsTest {

    @TempDir
    Path dir;

    @Test
    void createsTheFileWithTheSectionWhenMissing() throws IOException {
        Path file = dir.resolve("docs/EVALUATION.md");
        DocsSections.replace(file, "syntax", "UAS 1\n");
        assertThat(Files.readString(file)).contains("<!-- BEGIN syntax -->\nUAS 1\n<!-- END syntax -->");
    }

    @Test
    void replacesOnlyItsOwnSectionKeepingTheOthers() throws IOException {
        Path file = dir.resolve("EVALUATION.md");
        Files.writeString(file, "# Evaluation\n\n<!-- BEGIN rules -->\nF1 0.5\n<!-- END rules -->\n\n"
                + "<!-- BEGIN syntax -->\nUAS 1\n<!-- END syntax -->\n\ntrailer\n");
        DocsSections.replace(file, "syntax", "UAS 2\n");
        String text = Files.readString(file);
        assertThat(text).contains("<!-- BEGIN rules -->\nF1 0.5\n<!-- END rules -->")
                .contains("<!-- BEGIN syntax -->\nUAS 2\n<!-- END syntax -->")
                .doesNotContain("UAS 1")
                .endsWith("trailer\n");
    }
}
