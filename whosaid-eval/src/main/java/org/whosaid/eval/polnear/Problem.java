package org.whosaid.eval.polnear;

import java.util.Objects;

/** Something wrong in the corpus that was skipped: the file, the line (1-based, 0 for the whole file) and what. */
public record Problem(String file, int line, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
