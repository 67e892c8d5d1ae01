package org.whosaid.syntax;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The common envelope of syntax model files (see {@code docs/MODELS.md}): magic {@code WSYN}, format
 * version, model kind, feature version, then the deflated payload. Readers reject other kinds and
 * versions with a message rather than misreading weights.
 */
final class ModelFormat {

    static final int MAGIC = 0x5753594e; // "WSYN"
    static final int FORMAT_VERSION = 1;

    private ModelFormat() {
    }

    /** Reads one model from a stream (a model class's {@code read}). */
    interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * Loads a model shipped next to {@code owner} on the class path; a missing or unreadable one is
     * a broken build, so it fails with an unchecked exception naming the resource.
     */
    static <T> T bundled(Class<?> owner, String resource, ModelReader<T> reader) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled model " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read bundled model " + resource, e);
        }
    }

    /** Writes the header and returns a stream for the payload; closing it finishes the file. */
    static DataOutputStream writer(OutputStream out, String kind, int featureVersion) throws IOException {
        DataOutputStream header = new DataOutputStream(out);
        header.writeInt(MAGIC);
        header.writeInt(FORMAT_VERSION);
        header.writeUTF(kind);
        header.writeInt(featureVersion);
        header.flush();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        return new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(out, deflater) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    deflater.end();
                }
            }
        }, 1 << 16));
    }

    /** Checks the header and returns a stream over the payload. */
    static DataInputStream reader(InputStream in, String kind, int featureVersion) throws IOException {
        return open(in, kind, featureVersion, featureVersion).data();
    }

    /** The payload of a model file, and the feature version its header names. */
    record Payload(int featureVersion, DataInputStream data) {
    }

    /**
     * Checks the header, accepting feature versions {@code oldest..newest} (for readers that still
     * understand an older layout of the same features), and returns the payload.
     */
    static Payload open(InputStream in, String kind, int oldest, int newest) throws IOException {
        DataInputStream header = new DataInputStream(in);
        int magic = header.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a whosaid syntax model (bad magic 0x" + Integer.toHexString(magic) + ")");
        }
        int version = header.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("unsupported model format version " + version + " (this build reads "
                    + FORMAT_VERSION + ")");
        }
        String actualKind = header.readUTF();
        if (!actualKind.equals(kind)) {
            throw new IOException("expected a " + kind + " model, got a " + actualKind + " model");
        }
        int fv = header.readInt();
        if (fv < oldest || fv > newest) {
            throw new IOException(kind + " model has feature version " + fv + ", this build computes version "
                    + newest + "; retrain it");
        }
        // a 64 KB input buffer: the default 512 bytes made inflating a 15 MB parser take 0.3 to 0.6 s
        Inflater inflater = new Inflater();
        InflaterInputStream inflating = new InflaterInputStream(in, inflater, 1 << 16) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
        return new Payload(fv, new DataInputStream(new BufferedInputStream(inflating, 1 << 16)));
    }

    static void writeStrings(DataOutputStream out, String[] values) throws IOException {
        out.writeInt(values.length);
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    static String[] readStrings(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("bad string list length " + n);
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.readUTF();
        }
        return out;
    }
}
