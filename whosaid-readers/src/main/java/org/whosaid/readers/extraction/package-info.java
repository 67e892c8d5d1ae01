/** Measuring article extraction against the public benchmark's ground truth. */
package org.whosaid.readers.extraction;
