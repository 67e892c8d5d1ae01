package org.whosaid.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal. Java only offers {@link System#console()}, which is null
 * as soon as stdin or stdout is redirected, so {@code whosaid analyze dir > out.jsonl} would lose
 * its progress bar; on Linux the {@code /proc/self/fd} link tells each stream apart.
 */
public final class Terminal {
    private Terminal() {
    }

    public static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    public static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                return isTerminalDevice(Files.readSymbolicLink(link).toString());
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // no /proc here: fall back to what the JDK knows
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
