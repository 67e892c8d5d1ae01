package org.whosaid.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the train and eval commands find CoreNLP's silver annotations of PolNeAR. */
final class CorenlpFiles {

    private CorenlpFiles() {
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
