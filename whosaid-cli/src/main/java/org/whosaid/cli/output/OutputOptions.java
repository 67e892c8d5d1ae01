package org.whosaid.cli.output;

import java.util.Map;

/**
 * How writers lay out their output. Only the table uses {@code width} and {@code colour}; only JSON
 * uses {@code includeText}.
 *
 * @param width       terminal width in columns for the table, at least {@link #MIN_WIDTH}
 * @param colour      whether the table may use ANSI colours
 * @param includeText whether each JSON object carries the article text (field {@code "text"}), so
 *                    that offsets can be checked without the input at hand
 */
public record OutputOptions(int width, boolean colour, boolean includeText) {
    public static final int DEFAULT_WIDTH = 120;
    public static final int MIN_WIDTH = 40;
    public static final int MAX_WIDTH = 1000;

    public OutputOptions {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException(
                    "width must be between " + MIN_WIDTH + " and " + MAX_WIDTH + ", was " + width);
        }
    }

    /** 120 columns, no colour, no article text: what tests and files get. */
    public static OutputOptions defaults() {
        return new OutputOptions(DEFAULT_WIDTH, false, false);
    }

    /**
     * Options for writing to standard output: the width from {@code COLUMNS}, colour only when
     * standard output is a terminal and {@code NO_COLOR} is not set (https://no-color.org).
     */
    public static OutputOptions forStdout() {
        return fromEnvironment(System.getenv(), Terminal.stdoutIsTerminal());
    }

    /** Options for writing to a file: the width from {@code COLUMNS}, never colour. */
    public static OutputOptions forFile() {
        return fromEnvironment(System.getenv(), false);
    }

    public OutputOptions withIncludeText(boolean include) {
        return new OutputOptions(width, colour, include);
    }

    static OutputOptions fromEnvironment(Map<String, String> env, boolean terminal) {
        String noColor = env.get("NO_COLOR");
        boolean colour = terminal && (noColor == null || noColor.isEmpty());
        return new OutputOptions(columns(env.get("COLUMNS")), colour, false);
    }

    /** Parses {@code COLUMNS}, falling back to the default when absent or not a number. */
    static int columns(String value) {
        if (value == null) {
            return DEFAULT_WIDTH;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n <= 0 ? DEFAULT_WIDTH : Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, n));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
