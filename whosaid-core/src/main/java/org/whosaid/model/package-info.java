/**
 * The records that flow into and out of the pipeline: {@link org.whosaid.model.Article} in,
 * {@link org.whosaid.model.Analysis} out. All spans are UTF-16 offsets into {@code Article.text()}.
 */
package org.whosaid.model;
