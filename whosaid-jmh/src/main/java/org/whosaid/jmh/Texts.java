package org.whosaid.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fixed workload: three short fictional news articles written for these benchmarks. */
final class Texts {

    static final List<String> NAMES = List.of("harbour.txt", "library.txt", "budget.txt");

    private Texts() {
    }

    static List<String> load() {
        List<String> texts = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("benchmark text missing: " + name);
                }
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
        return texts;
    }
}
