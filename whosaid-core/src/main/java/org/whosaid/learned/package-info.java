/**
 * The learned attribution model: a cue tagger and, for each cue, a source/content tagger, both
 * averaged-perceptron sequence models over hashed features, trained on PolNeAR. Start at
 * {@link org.whosaid.learned.LearnedModel}; {@link org.whosaid.learned.Trainer} builds one.
 */
package org.whosaid.learned;
