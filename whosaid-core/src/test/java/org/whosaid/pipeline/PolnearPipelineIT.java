package org.whosaid.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.whosaid.SpanContract;
import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.Quote;

/**
 * Runs the pipeline over every PolNeAR text (train and dev) from {@code ../shared/data/polnear}:
 * no article may fail, take pathologically long, or produce a span outside its text. Fails, never
 * skips, when the corpus is missing.
 */
class PolnearPipelineIT {

    private static final Path CORPUS = Path.of("..", "..", "shared", "data", "polnear");

    /** Far above any real article's time (milliseconds); only a hang or blow-up reaches it. */
    private static final Duration PATHOLOGICAL = Duration.ofSeconds(10);

    @Test
    void analysesEveryPolnearTextWithoutErrorOrPathologicalSlowness() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            Path dir = CORPUS.resolve(split).resolve("text");
            assertThat(dir).as("PolNeAR corpus (see ../shared/data/README.md)").isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(900);
        Pipeline pipeline = Pipeline.create(PipelineOptions.defaults());
        int quotes = 0;
        for (Path p : texts) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Analysis a = assertTimeoutPreemptively(PATHOLOGICAL,
                    () -> pipeline.analyze(Article.of(p.getFileName().toString(), text)), p::toString);
            for (Quote q : a.quotes()) {
                SpanContract.assertWellFormed(text, q.fragments(), p + " fragments");
                if (q.speaker() != null) {
                    SpanContract.assertWellFormed(text, List.of(q.speaker().span()), p + " speaker");
                }
            }
            quotes += a.quotes().size();
        }
        assertThat(quotes).as("quotations found over the corpus").isGreaterThan(5_000);
    }
}
