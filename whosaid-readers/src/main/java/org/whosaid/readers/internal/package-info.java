/** Helpers of the readers (capped reads, URL fetching); not API. */
package org.whosaid.readers.internal;
