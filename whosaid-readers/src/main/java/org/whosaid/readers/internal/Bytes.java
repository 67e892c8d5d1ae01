package org.whosaid.readers.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading streams with a size cap, so that no input can exhaust memory. */
public final class Bytes {
    private Bytes() {
    }

    /** Thrown when a stream holds more than the cap allows. */
    public static final class TooLargeException extends IOException {
        private final long cap;

        public TooLargeException(long cap) {
            super("more than " + cap + " bytes");
            this.cap = cap;
        }

        public long cap() {
            return cap;
        }
    }

    /** All bytes of {@code in}, or {@link TooLargeException} once more than {@code cap} are seen. */
    public static byte[] readAtMost(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > cap) {
                throw new TooLargeException(cap);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Fills {@code buf} as far as the stream allows and returns how many bytes were read. */
    public static int readUpTo(InputStream in, byte[] buf) throws IOException {
        int total = 0;
        while (total < buf.length) {
            int n = in.read(buf, total, buf.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
