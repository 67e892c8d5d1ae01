package org.whosaid.cli.output;

import java.util.Locale;

/** The formats {@code whosaid analyze --format} can write. */
public enum OutputFormat {
    /** JSON Lines, one object per article, as documented in {@code docs/schema.md}. */
    JSON,
    /** A plain-text table per article (speaker, type, quote) for reading in a terminal. */
    TABLE,
    /** One self-contained HTML page with every quotation highlighted and coloured by speaker. */
    HTML;

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
