package org.whosaid.learned;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Reads and writes the attribution model format, version 3 (documented in {@code docs/MODELS.md}):
 * an 8-byte magic {@code WSATTRIB}, the version, the body's compressed and raw lengths and its
 * CRC-32, then the DEFLATE-compressed body: feature families, window tokens, window paragraphs,
 * the two taggers, each as its shape, scale, transitions and the non-zero weights as (gap,
 * value) pairs, and the content-end ranker (its feature bits, 0 for none, its drop weight and its
 * non-zero weights as (gap, float) pairs). Big-endian. Versions 1 (no paragraph field: windows
 * bounded by tokens only) and 2 (no ranker) are still read.
 */
final class ModelFormat {

    static final byte[] MAGIC = "WSATTRIB".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 3;
    /** The version before the content-end ranker. */
    static final int VERSION_NO_ENDS = 2;
    /** The first version, whose body lacks the window's paragraph bound. */
    static final int VERSION_TOKEN_WINDOWS = 1;
    /** No model of ours comes near this; a larger length means a broken file. */
    static final int MAX_BODY = 256 << 20;

    private ModelFormat() {
    }

    static void write(LearnedModel model, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream body = new DataOutputStream(raw);
        body.writeInt(model.familyBits());
        body.writeInt(model.window());
        body.writeInt(model.paragraphs());
        writeTagger(model.cueTagger(), body);
        writeTagger(model.roleTagger(), body);
        writeEnds(model.ends(), body);
        body.flush();
        byte[] plain = raw.toByteArray();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(plain);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!deflater.finished()) {
            int k = deflater.deflate(buf);
            packed.write(buf, 0, k);
        }
        deflater.end();
        byte[] compressed = packed.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(plain);
        DataOutputStream head = new DataOutputStream(out);
        head.write(MAGIC);
        head.writeInt(VERSION);
        head.writeInt(compressed.length);
        head.writeInt(plain.length);
        head.writeInt((int) crc.getValue());
        head.write(compressed);
        head.flush();
    }

    private static void writeEnds(ContentEnds ends, DataOutputStream out) throws IOException {
        if (ends == null) {
            out.writeInt(0);
            return;
        }
        out.writeInt(ContentEnds.BITS);
        out.writeFloat(ends.dropWeight());
        float[] w = ends.weights();
        int nonZero = 0;
        for (float x : w) {
            if (x != 0f) {
                nonZero++;
            }
        }
        out.writeInt(nonZero);
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0f) {
                writeVarInt(out, i - last);
                out.writeFloat(w[i]);
                last = i;
            }
        }
    }

    private static ContentEnds readEnds(DataInputStream in) throws IOException {
        int bits = in.readInt();
        if (bits == 0) {
            return null;
        }
        if (bits != ContentEnds.BITS) {
            throw new ModelFormatException("corrupt attribution model: content-end ranker with " + bits + " bits");
        }
        float drop = in.readFloat();
        float[] w = new float[1 << bits];
        int nonZero = in.readInt();
        if (nonZero < 0 || nonZero > w.length) {
            throw new ModelFormatException("corrupt attribution model: " + nonZero + " content-end weights");
        }
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            int gap = readVarInt(in);
            if (gap <= 0 || gap > w.length - 1 - index) {
                throw new ModelFormatException("corrupt attribution model: content-end weight index out of range");
            }
            index += gap;
            w[index] = in.readFloat();
            if (!Float.isFinite(w[index])) {
                throw new ModelFormatException("corrupt attribution model: content-end weight " + w[index]);
            }
        }
        return new ContentEnds(w, drop);
    }

    private static void writeTagger(Tagger t, DataOutputStream out) throws IOException {
        out.writeInt(t.roles);
        out.writeInt(t.bits);
        out.writeFloat(t.scale);
        for (short s : t.transitions) {
            out.writeShort(s);
        }
        for (short s : t.start) {
            out.writeShort(s);
        }
        int nonZero = 0;
        for (short w : t.weights) {
            if (w != 0) {
                nonZero++;
            }
        }
        out.writeInt(nonZero);
        int last = -1;
        for (int i = 0; i < t.weights.length; i++) {
            if (t.weights[i] != 0) {
                writeVarInt(out, i - last);
                out.writeShort(t.weights[i]);
                last = i;
            }
        }
    }

    static LearnedModel read(InputStream in) throws IOException {
        DataInputStream head = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            head.readFully(magic);
        } catch (EOFException e) {
            throw new ModelFormatException("not a whosaid attribution model: shorter than its header");
        }
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new ModelFormatException("not a whosaid attribution model: bad magic bytes");
        }
        try {
            int version = head.readInt();
            if (version < VERSION_TOKEN_WINDOWS || version > VERSION) {
                throw new ModelFormatException("attribution model format version " + version
                        + " is not supported; this build reads versions " + VERSION_TOKEN_WINDOWS + " to " + VERSION);
            }
            int packedLength = head.readInt();
            int plainLength = head.readInt();
            int expectedCrc = head.readInt();
            if (packedLength <= 0 || packedLength > MAX_BODY || plainLength <= 0 || plainLength > MAX_BODY) {
                throw new ModelFormatException("corrupt attribution model: body lengths " + packedLength + "/" + plainLength);
            }
            byte[] packed = new byte[packedLength];
            head.readFully(packed);
            byte[] plain = inflate(packed, plainLength);
            CRC32 crc = new CRC32();
            crc.update(plain);
            if ((int) crc.getValue() != expectedCrc) {
                throw new ModelFormatException("corrupt attribution model: checksum mismatch");
            }
            DataInputStream body = new DataInputStream(new ByteArrayInputStream(plain));
            int families = body.readInt();
            int window = body.readInt();
            int paragraphs = version == VERSION_TOKEN_WINDOWS ? -1 : body.readInt();
            Tagger cues = readTagger(body);
            Tagger roles = readTagger(body);
            ContentEnds ends = version > VERSION_NO_ENDS ? readEnds(body) : null;
            if (body.available() != 0) {
                throw new ModelFormatException("corrupt attribution model: " + body.available() + " trailing bytes");
            }
            return new LearnedModel(families, window, paragraphs, cues, roles, ends);
        } catch (EOFException e) {
            throw new ModelFormatException("corrupt attribution model: truncated");
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("corrupt attribution model: " + e.getMessage());
        }
    }

    private static byte[] inflate(byte[] packed, int plainLength) throws ModelFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            byte[] plain = new byte[plainLength];
            int got = 0;
            while (got < plainLength) {
                int k = inflater.inflate(plain, got, plainLength - got);
                if (k == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                got += k;
            }
            if (got != plainLength) {
                throw new ModelFormatException("corrupt attribution model: body shorter than declared");
            }
            return plain;
        } catch (DataFormatException e) {
            throw new ModelFormatException("corrupt attribution model: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static Tagger readTagger(DataInputStream in) throws IOException {
        int roles = in.readInt();
        int bits = in.readInt();
        if (roles < 1 || roles > 8 || bits < 8 || bits > 26) {
            throw new ModelFormatException("corrupt attribution model: tagger with " + roles + " roles, " + bits + " bits");
        }
        float scale = in.readFloat();
        if (!(scale > 0) || Float.isInfinite(scale)) {
            throw new ModelFormatException("corrupt attribution model: scale " + scale);
        }
        int labels = 1 + 2 * roles;
        short[] trans = new short[labels * labels];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readShort();
        }
        short[] start = new short[labels];
        for (int i = 0; i < labels; i++) {
            start[i] = in.readShort();
        }
        short[] weights = new short[(1 << bits) * labels];
        int nonZero = in.readInt();
        if (nonZero < 0 || nonZero > weights.length) {
            throw new ModelFormatException("corrupt attribution model: " + nonZero + " weights for " + weights.length + " slots");
        }
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            int gap = readVarInt(in);
            if (gap <= 0 || gap > weights.length - 1 - index) {
                throw new ModelFormatException("corrupt attribution model: weight index out of range");
            }
            index += gap;
            weights[index] = in.readShort();
        }
        return new Tagger(roles, bits, scale, weights, trans, start);
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new ModelFormatException("corrupt attribution model: bad variable-length integer");
    }
}
