/**
 * Generated reports: tables for the console and markdown, the errors file, and the marked sections
 * of {@code docs/EVALUATION.md} and {@code docs/BENCHMARKS.md} that commands rewrite in place.
 */
package org.whosaid.eval.report;
