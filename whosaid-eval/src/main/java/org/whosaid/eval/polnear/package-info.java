/**
 * Reads the PolNeAR corpus (brat standoff attributions over news texts) into gold
 * {@link org.whosaid.eval.score.Attribution}s. Start at {@link org.whosaid.eval.polnear.PolnearCorpus}.
 */
package org.whosaid.eval.polnear;
