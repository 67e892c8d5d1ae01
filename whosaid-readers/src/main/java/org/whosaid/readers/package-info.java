/**
 * Reading articles from what users have: text files, web pages, WARC archives, RSS/Atom feeds,
 * JSON Lines and URLs. Start at {@link org.whosaid.readers.Inputs}; each format has its own
 * subpackage, and helpers live in {@code .internal}.
 */
package org.whosaid.readers;
