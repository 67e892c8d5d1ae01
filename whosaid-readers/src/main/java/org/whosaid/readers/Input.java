package org.whosaid.readers;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing to read, as expanded from a command-line argument: a file, standard input or a URL.
 * Expansion does not open anything, so a missing file is still an input (reading it reports "not
 * found"); that keeps the count of inputs known before reading starts.
 *
 * @param kind what it is
 * @param name the path as given (or found under a directory), {@code "-"} for stdin, or the URL
 */
public record Input(Kind kind, String name) {

    /** Where the bytes come from. */
    public enum Kind { FILE, STDIN, URL }

    public Input {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("input name must not be empty");
        }
    }

    public static Input file(Path path) {
        return new Input(Kind.FILE, path.toString());
    }

    public static Input stdin() {
        return new Input(Kind.STDIN, "-");
    }

    public static Input url(URI uri) {
        return new Input(Kind.URL, uri.toString());
    }

    /** The file's path; only for {@link Kind#FILE}. */
    public Path path() {
        if (kind != Kind.FILE) {
            throw new IllegalStateException(name + " is not a file");
        }
        return Path.of(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
