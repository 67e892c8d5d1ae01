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
 * Reads and writes the attribution model format, version 2 (documented in {@code docs/MODELS.md}):
 * an 8-byte magic {@code WSATTRIB}, the version, the body's compressed and raw lengths and its
 * CRC-32, then the DEFLATE-compressed body: feature families, window tokens, window paragraphs,
 * and the two taggers, each as its shape, scale, transitions and the non-zero weights as (gap,
 * value) pairs. Big-endian. Version 1 (no paragraph field: windows bounded by tokens only) is
 * still read.
 */
final class ModelFormat {

    static final byte[] MAGIC = "WSATTRIB".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2;
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
            if (version != VERSION && version != VERSION_TOKEN_WINDOWS) {
                throw new ModelFormatException("attribution model format version " + version
                        + " is not supported; this build reads versions " + VERSION_TOKEN_WINDOWS + " and " + VERSION);
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
            if (body.available() != 0) {
                throw new ModelFormatException("corrupt attribution model: " + body.available() + " trailing bytes");
            }
            return new LearnedModel(families, window, paragraphs, cues, roles);
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
