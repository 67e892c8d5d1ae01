package org.whosaid.eval.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Generated documents built from named sections. Each section lies between
 * {@code <!-- BEGIN name -->} and {@code <!-- END name -->}; a command rewrites only its own section
 * and keeps everything else (other commands' sections, hand-written text around them), so several
 * commands can share one document.
 */
public final class DocSections {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    private DocSections() {
    }

    public static String begin(String name) {
        return "<!-- BEGIN " + name + " -->";
    }

    public static String end(String name) {
        return "<!-- END " + name + " -->";
    }

    /**
     * Returns {@code document} with section {@code name} replaced by {@code body}, or with the
     * section appended when it is not there yet.
     *
     * @throws IllegalArgumentException when the section's markers are unbalanced
     */
    public static String replace(String document, String name, String body) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad section name '" + name + "'");
        }
        String begin = begin(name);
        String end = end(name);
        String section = begin + "\n" + (body.endsWith("\n") ? body : body + "\n") + end;
        int b = document.indexOf(begin);
        int e = document.indexOf(end);
        if (b < 0 && e < 0) {
            String sep = document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n" : "\n\n";
            return document + sep + section + "\n";
        }
        if (b < 0 || e < b || document.indexOf(begin, b + 1) >= 0) {
            throw new IllegalArgumentException("section '" + name + "' has unbalanced or repeated markers");
        }
        return document.substring(0, b) + section + document.substring(e + end.length());
    }

    /**
     * Rewrites section {@code name} of the file, creating the file with {@code preamble} first when
     * it does not exist.
     */
    public static void write(Path file, String name, String body, String preamble) throws IOException {
        String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : preamble;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, replace(document, name, body), StandardCharsets.UTF_8);
    }
}
