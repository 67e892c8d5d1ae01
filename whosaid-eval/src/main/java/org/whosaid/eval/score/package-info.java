/**
 * Scores predicted attributions against gold ones: per role (source, cue, content) exact and overlap
 * precision, recall and F1, attribution-level figures, breakdowns by quotation type and outlet, and
 * the list of errors grouped by cause. Start at {@link org.whosaid.eval.score.Scorer}.
 */
package org.whosaid.eval.score;
