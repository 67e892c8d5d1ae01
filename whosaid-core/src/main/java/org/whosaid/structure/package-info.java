/**
 * Stage 2, structure: {@link org.whosaid.structure.StructureAnalyzer} labels each line as headline,
 * heading, paragraph, caption, credit, footnote, byline or dateline, so that later stages attribute
 * quotations only in body text.
 */
package org.whosaid.structure;
