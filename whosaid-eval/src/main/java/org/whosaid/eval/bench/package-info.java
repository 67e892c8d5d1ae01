/**
 * The throughput benchmark behind {@code whosaid bench}: the full pipeline against a bare
 * tokenizing pass over the same texts held in memory. Start at {@link org.whosaid.eval.bench.Bench}.
 */
package org.whosaid.eval.bench;
