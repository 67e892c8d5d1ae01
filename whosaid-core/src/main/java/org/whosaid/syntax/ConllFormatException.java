package org.whosaid.syntax;

/** A CoNLL file that cannot be read; the message names the source and the line. */
public final class ConllFormatException extends RuntimeException {

    private final String source;
    private final int line;

    public ConllFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line number of the offending line. */
    public int line() {
        return line;
    }
}
