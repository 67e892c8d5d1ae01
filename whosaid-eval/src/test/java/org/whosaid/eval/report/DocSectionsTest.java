package org.whosaid.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocSectionsTest {

    @Test
    void replacesOnlyItsOwnSectionAndKeepsTheRest() {
        String doc = "# Evaluation\n\nintro\n\n<!-- BEGIN polnear -->\nold figures\n<!-- END polnear -->\n\n"
                + "<!-- BEGIN extraction -->\nother command\n<!-- END extraction -->\n";

        String updated = DocSections.replace(doc, "polnear", "new figures\n");

        assertThat(updated).contains("intro", "new figures", "other command").doesNotContain("old figures");
        assertThat(updated).isEqualTo(doc.replace("old figures", "new figures"));
    }

    @Test
    void appendsASectionThatIsNotThereYet() {
        String updated = DocSections.replace("# Benchmarks\n", "bench", "figures");

        assertThat(updated).isEqualTo("# Benchmarks\n\n<!-- BEGIN bench -->\nfigures\n<!-- END bench -->\n");
    }

    @Test
    void refusesUnbalancedMarkers() {
        assertThatThrownBy(() -> DocSections.replace("<!-- END bench -->\n<!-- BEGIN bench -->", "bench", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bench");
    }

    @Test
    void createsTheFileWithItsPreambleAndRewritesItInPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("docs/EVALUATION.md");

        DocSections.write(file, "polnear", "first run", "# Evaluation\n\n");
        DocSections.write(file, "polnear", "second run", "# ignored\n");

        assertThat(Files.readString(file))
                .isEqualTo("# Evaluation\n\n<!-- BEGIN polnear -->\nsecond run\n<!-- END polnear -->\n");
    }
}
