package org.whosaid.learned;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled segments out of a BIO label sequence. Lenient by design, so that any sequence
 * decodes: an inside label without its beginning starts a segment, and labels outside
 * {@code [0, labels)} count as outside.
 */
public final class LabelDecoder {

    /** Role {@code role} on positions {@code [start, end)}, end exclusive. */
    public record Segment(int role, int start, int end) {
        public Segment {
            if (role < 0 || start < 0 || end <= start) {
                throw new IllegalArgumentException("bad segment role " + role + " [" + start + "," + end + ")");
            }
        }
    }

    private LabelDecoder() {
    }

    /** The segments of {@code labels[0, len)} for a tagger with {@code labelCount} labels, in order. */
    public static List<Segment> segments(int[] labels, int len, int labelCount) {
        List<Segment> out = new ArrayList<>();
        int role = -1;
        int start = 0;
        int n = Math.min(len, labels.length);
        for (int t = 0; t < n; t++) {
            int y = labels[t];
            int r = y <= 0 || y >= labelCount ? -1 : (y - 1) / 2;
            boolean begin = y > 0 && y < labelCount && (y & 1) == 1;
            if (role >= 0 && (r != role || begin)) {
                out.add(new Segment(role, start, t));
                role = -1;
            }
            if (r >= 0 && role < 0) {
                role = r;
                start = t;
            }
        }
        if (role >= 0) {
            out.add(new Segment(role, start, n));
        }
        return out;
    }
}
