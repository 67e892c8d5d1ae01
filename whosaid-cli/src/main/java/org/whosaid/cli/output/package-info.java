/**
 * What {@code whosaid analyze} prints: {@link org.whosaid.cli.output.AnalysisWriter} streams analyses
 * as JSON Lines (the format documented in {@code docs/schema.md}), a terminal table or one HTML page,
 * and {@link org.whosaid.cli.output.ProgressBar} reports a batch's progress on standard error. The
 * model's UTF-16 offsets become code points here, at the edge, and nowhere else.
 */
package org.whosaid.cli.output;
