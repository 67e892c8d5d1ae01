/**
 * The throughput benchmark behind {@code whosaid bench}: the full pipeline against a bare
 * read-and-tokenize pass over the same files. Start at {@link org.whosaid.eval.bench.Bench}.
 */
package org.whosaid.eval.bench;
