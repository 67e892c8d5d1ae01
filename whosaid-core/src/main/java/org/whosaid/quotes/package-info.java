/**
 * Stage 3, quotations: finders of {@link org.whosaid.quotes.Attribution}s (content, cue, source
 * mention, channel, time). {@link org.whosaid.quotes.QuoteFinder} is the rule finder; the learned
 * one lives in {@code org.whosaid.learned}. Both implement {@link org.whosaid.quotes.AttributionFinder}.
 */
package org.whosaid.quotes;
