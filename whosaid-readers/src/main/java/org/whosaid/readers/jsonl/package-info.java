/** JSON Lines: one article per line. */
package org.whosaid.readers.jsonl;
