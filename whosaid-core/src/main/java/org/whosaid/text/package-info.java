/**
 * Stage 1, text: {@link org.whosaid.text.TextLayer#of} tokenizes, splits sentences and pairs
 * quotation marks, keeping every offset into the original text. Single-pass scanners with bounded
 * look-ahead; no regular expressions, so no input can make them backtrack.
 */
package org.whosaid.text;
