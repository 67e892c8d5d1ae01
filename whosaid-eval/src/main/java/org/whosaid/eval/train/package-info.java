/**
 * Training the learned attribution model on PolNeAR: gold annotations turned into training
 * documents, and a quick dev score of a finder without the speaker stage.
 */
package org.whosaid.eval.train;
