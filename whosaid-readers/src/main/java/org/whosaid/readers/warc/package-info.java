/** WARC archives: one article per HTML response record, streamed. */
package org.whosaid.readers.warc;
