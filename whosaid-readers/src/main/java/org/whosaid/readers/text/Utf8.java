package org.whosaid.readers.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that reports where bad bytes are instead of replacing them. */
public final class Utf8 {
    private Utf8() {
    }

    /** The decoded text, or the byte offset of the first invalid sequence. */
    public record Decoded(String text, int errorAt) {
        public boolean ok() {
            return text != null;
        }
    }

    /** Decodes {@code bytes[from..to)}; a leading byte order mark is dropped. */
    public static Decoded decode(byte[] bytes, int from, int to) {
        int start = from;
        if (to - from >= 3 && (bytes[from] & 0xff) == 0xef && (bytes[from + 1] & 0xff) == 0xbb
                && (bytes[from + 2] & 0xff) == 0xbf) {
            start += 3;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
        CharBuffer out = CharBuffer.allocate(to - start);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            return new Decoded(null, in.position());
        }
        r = dec.flush(out);
        if (r.isError()) {
            return new Decoded(null, in.position());
        }
        out.flip();
        return new Decoded(out.toString(), -1);
    }

    public static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }
}
