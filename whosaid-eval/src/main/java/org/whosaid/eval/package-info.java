/**
 * Measurement instruments for whosaid: the PolNeAR reader ({@code polnear}), the attribution scorer
 * ({@code score}), generated markdown reports ({@code report}) and the throughput benchmark
 * ({@code bench}). Depends on the core module, never the reverse.
 */
package org.whosaid.eval;
