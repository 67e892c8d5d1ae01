package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionDocsTest {
    @TempDir
    Path dir;

    @Test
    void replacesOnlyItsOwnMarkedSection() throws IOException {
        Path doc = dir.resolve("EVALUATION.md");
        Files.writeString(doc, "# Evaluation\n\n<!-- BEGIN polnear -->\nkeep me\n<!-- END polnear -->\n\n"
                + "<!-- BEGIN extraction -->\nold figures\n<!-- END extraction -->\ntail\n");
        EvalExtractionCommand.DocsSection.write(doc, "extraction", "new figures\n");
        assertThat(Files.readString(doc)).isEqualTo("# Evaluation\n\n<!-- BEGIN polnear -->\nkeep me\n"
                + "<!-- END polnear -->\n\n<!-- BEGIN extraction -->\nnew figures\n<!-- END extraction -->\ntail\n");
    }

    @Test
    void appendsTheSectionWhenMissing() throws IOException {
        Path doc = dir.resolve("EVALUATION.md");
        Files.writeString(doc, "# Evaluation\n");
        EvalExtractionCommand.DocsSection.write(doc, "extraction", "figures");
        assertThat(Files.readString(doc)).isEqualTo("# Evaluation\n\n<!-- BEGIN extraction -->\nfigures\n<!-- END extraction -->\n");
    }
}
