/** Plain UTF-8 text files. */
package org.whosaid.readers.text;
