package org.whosaid.readers.extraction;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Compares the quotations found in extracted text with those found in the true article body: a
 * quotation in the extraction whose words do not occur in the true body came from page furniture
 * (teasers, comments, share bars) and is a false quotation for the user.
 *
 * @param inTruth      quotations found in the true bodies
 * @param inExtracted  quotations found in the extracted bodies
 * @param leaked       quotations in the extractions whose content is not in the true body
 * @param lost         quotations in the true bodies whose content is not in the extraction
 */
public record QuoteLeak(int inTruth, int inExtracted, int leaked, int lost) {

    /**
     * Counts over all pages; {@code quotes} returns the content of each quotation found in a text
     * (the quotation pipeline, passed in so that this module does not decide how quotes are found).
     */
    public static QuoteLeak measure(List<ExtractionEval.Page> pages, Function<String, List<String>> quotes) {
        int inTruth = 0;
        int inExtracted = 0;
        int leaked = 0;
        int lost = 0;
        for (ExtractionEval.Page p : pages) {
            String truthKey = key(p.truth());
            String predKey = key(p.predicted());
            List<String> t = quotes.apply(p.truth());
            List<String> e = quotes.apply(p.predicted());
            inTruth += t.size();
            inExtracted += e.size();
            for (String q : e) {
                if (!truthKey.contains(key(q))) {
                    leaked++;
                }
            }
            for (String q : t) {
                if (!predKey.contains(key(q))) {
                    lost++;
                }
            }
        }
        return new QuoteLeak(inTruth, inExtracted, leaked, lost);
    }

    /** Words only, lower case, single-spaced: the same quotation matches across whitespace and punctuation. */
    private static String key(String s) {
        return " " + String.join(" ", ShingleScorer.tokens(s.toLowerCase(Locale.ROOT))) + " ";
    }
}
