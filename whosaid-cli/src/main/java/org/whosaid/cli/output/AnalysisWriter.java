package org.whosaid.cli.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.whosaid.model.Analysis;

/**
 * Writes analyses one article at a time in one {@link OutputFormat}, so that a run over millions of
 * articles never holds more than one in memory. Call {@link #write} once per article in the order
 * the articles should appear, from one thread, then {@link #close} to finish the document (the HTML
 * page needs its closing tags). Closing flushes but does not close the target stream: whoever opened
 * it closes it, so standard output can be passed in safely.
 */
public interface AnalysisWriter extends Closeable {

    /** Writes one article's analysis. */
    void write(Analysis analysis) throws IOException;

    /** Finishes the document and flushes the target, leaving it open. */
    @Override
    void close() throws IOException;

    /** A writer of {@code format} to {@code out}, encoded as UTF-8. */
    static AnalysisWriter open(OutputFormat format, OutputStream out, OutputOptions options) {
        Objects.requireNonNull(out, "out");
        return open(format, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), options);
    }

    /** A writer of {@code format} to {@code out}. */
    static AnalysisWriter open(OutputFormat format, Writer out, OutputOptions options) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        return switch (format) {
            case JSON -> new JsonLinesWriter(out, options);
            case TABLE -> new TableWriter(out, options);
            case HTML -> new HtmlWriter(out);
        };
    }
}
