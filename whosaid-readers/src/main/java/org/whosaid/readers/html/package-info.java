/** Web pages: article body extraction with boilerplate removal, block kinds and metadata. */
package org.whosaid.readers.html;
