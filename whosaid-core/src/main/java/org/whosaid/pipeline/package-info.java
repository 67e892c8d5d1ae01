/** The pipeline: the one place that knows stage order. Start at {@link org.whosaid.pipeline.Pipeline}. */
package org.whosaid.pipeline;
