/**
 * Syntax of our own: a part-of-speech tagger ({@link org.whosaid.syntax.PosTagger}), a name tagger
 * on the same machinery ({@link org.whosaid.syntax.NameTagger}: person, organisation, place) and a
 * dependency parser ({@link org.whosaid.syntax.DependencyParser}), all greedy averaged perceptrons over hashed
 * features, trained on CoreNLP's silver annotations of PolNeAR and shipped as small binary models
 * (format in {@code docs/MODELS.md}). All take plain word strings, so they work with any PTB-like
 * tokenizer. Training ({@link org.whosaid.syntax.PosTaggerTrainer}, {@link org.whosaid.syntax.ParserTrainer})
 * reads CoNLL files with {@link org.whosaid.syntax.ConllReader}.
 */
package org.whosaid.syntax;
