/**
 * Syntax of our own: a part-of-speech tagger ({@link org.whosaid.syntax.PosTagger}) and a dependency
 * parser ({@link org.whosaid.syntax.DependencyParser}), both greedy averaged perceptrons over hashed
 * features, trained on CoreNLP's silver annotations of PolNeAR and shipped as small binary models
 * (format in {@code docs/MODELS.md}). Both take plain word strings, so they work with any PTB-like
 * tokenizer. Training ({@link org.whosaid.syntax.PosTaggerTrainer}, {@link org.whosaid.syntax.ParserTrainer})
 * reads CoNLL files with {@link org.whosaid.syntax.ConllReader}.
 */
package org.whosaid.syntax;
