package org.whosaid.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.pipeline.Pipeline;
import org.whosaid.pipeline.PipelineOptions;
import org.whosaid.pipeline.Stage;

class BenchTest {

    @Test
    void measuresEveryTextFileOfTheDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Rain fell. \"It will stop,\" she said.");
        Files.writeString(dir.resolve("b.txt"), "Two words");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        BenchResult r = new Bench(new BenchOptions(dir, 2, 2, 1, 100), Pipeline.create(PipelineOptions.defaults())).run();

        assertThat(r.files()).isEqualTo(2);
        assertThat(r.bytes()).isEqualTo(Files.size(dir.resolve("a.txt")) + Files.size(dir.resolve("b.txt")));
        assertThat(r.tokens()).isEqualTo(BarePass.tokens("Rain fell. \"It will stop,\" she said.") + 2);
        assertThat(r.fullNanos()).hasSize(2);
        assertThat(r.bareNanos()).hasSize(2);
        assertThat(r.stageNanos()).containsOnlyKeys(Stage.values());
        assertThat(r.failures()).isZero();
    }

    @Test
    void refusesADirectoryWithoutTexts(@TempDir Path dir) {
        Bench bench = new Bench(new BenchOptions(dir, 1, 1, 0, 10), Pipeline.create(PipelineOptions.defaults()));

        assertThatThrownBy(bench::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no readable");
    }
}
