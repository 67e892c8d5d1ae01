package org.whosaid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.whosaid.syntax.DependencyParser;
import org.whosaid.syntax.PosTagger;

/**
 * The tagger and parser a syntax command runs, the bundled ones or those of a {@code --models}
 * directory, and how long loading them took (commands report it: models must load in under a second).
 *
 * @param label "bundled", or the directory they were read from
 */
record SyntaxModels(PosTagger tagger, DependencyParser parser, double loadSeconds, String label) {

    /** Loads the models of {@code dir} ({@code pos-tagger.bin}, {@code dependency-parser.bin}), or the bundled ones if null. */
    static SyntaxModels load(Path dir) throws IOException {
        long t0 = System.nanoTime();
        PosTagger tagger;
        DependencyParser parser;
        if (dir == null) {
            tagger = PosTagger.bundled();
            parser = DependencyParser.bundled();
        } else {
            try (InputStream in = Files.newInputStream(dir.resolve("pos-tagger.bin"))) {
                tagger = PosTagger.read(in);
            }
            try (InputStream in = Files.newInputStream(dir.resolve("dependency-parser.bin"))) {
                parser = DependencyParser.read(in);
            }
        }
        return new SyntaxModels(tagger, parser, (System.nanoTime() - t0) / 1e9, dir == null ? "bundled" : dir.toString());
    }
}
