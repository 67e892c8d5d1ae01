package org.whosaid.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Where the train and eval commands find CoreNLP's silver annotations of PolNeAR; as a picocli
 * mixin, the {@code --data} option of the commands that default to {@code ../shared/data/polnear}.
 */
final class CorenlpFiles {

    @Option(names = "--data", paramLabel = "DIR",
            description = "PolNeAR directory holding SPLIT/corenlp.conll.gz (default: ${DEFAULT-VALUE})")
    Path data = Path.of("../shared/data/polnear");

    /** The option's directory. */
    Path dir() {
        return data;
    }

    /** {@link #of} under this mixin's {@code --data}. */
    Path file(String split, String command) {
        return of(data, split, command);
    }

    /**
     * {@code DATA/SPLIT/corenlp.conll.gz}, or null after telling the user, under the command's
     * name, that it is missing.
     */
    static Path of(Path data, String split, String command) {
        Path file = data.resolve(split).resolve("corenlp.conll.gz");
        if (!Files.isRegularFile(file)) {
            System.err.println(command + ": no " + split + " annotations at " + file
                    + " (PolNeAR with its CoreNLP files; see ../shared/data/README.md)");
            return null;
        }
        return file;
    }
}
