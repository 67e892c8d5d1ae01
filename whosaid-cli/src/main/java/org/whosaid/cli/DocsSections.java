package org.whosaid.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerable sections of a Markdown file: the text between {@code <!-- BEGIN name -->} and
 * {@code <!-- END name -->} belongs to one command, which replaces it on each run (or appends the
 * section when it is missing), leaving the rest of the file alone.
 */
final class DocsSections {

    private DocsSections() {
    }

    static void replace(Path file, String name, String body) throws IOException {
        String begin = "<!-- BEGIN " + name + " -->";
        String end = "<!-- END " + name + " -->";
        String block = begin + "\n" + body + (body.endsWith("\n") ? "" : "\n") + end;
        String text = Files.isRegularFile(file)
                ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Evaluation\n\nFigures below are written by `whosaid eval` commands; do not edit them by hand.\n";
        int b = text.indexOf(begin);
        int e = b < 0 ? -1 : text.indexOf(end, b);
        String updated;
        if (b >= 0 && e >= 0) {
            updated = text.substring(0, b) + block + text.substring(e + end.length());
        } else {
            updated = text + (text.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
