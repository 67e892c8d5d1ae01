/** RSS and Atom feeds: one article per item. */
package org.whosaid.readers.feed;
