package org.whosaid.readers;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.whosaid.readers.feed.FeedReader;
import org.whosaid.readers.html.HtmlReader;
import org.whosaid.readers.internal.Bytes;
import org.whosaid.readers.internal.Fetcher;
import org.whosaid.readers.jsonl.JsonLinesReader;
import org.whosaid.readers.text.TextReader;
import org.whosaid.readers.warc.WarcArticles;

/**
 * The entry point for reading articles: expands command-line arguments into {@link Input}s, then
 * reads each into {@link ReadItems}. The format is chosen from the content (see
 * {@link Format#sniff}); gzip is decompressed transparently within a cap. Reading never throws for
 * bad input: every problem becomes a {@link ReadItem.Failed} naming the input and the reason.
 *
 * <pre>{@code
 * Inputs inputs = new Inputs(ReaderOptions.defaults());
 * for (Input in : inputs.expand(List.of("news/", "page.html", "-"))) {
 *     try (ReadItems items = inputs.read(in)) {
 *         items.forEachRemaining(item -> ...);
 *     }
 * }
 * }</pre>
 *
 * Thread-safe: one instance may read several inputs at once.
 */
public final class Inputs {
    private final ReaderOptions options;
    private final HtmlReader html;
    private final Fetcher fetcher;

    public Inputs(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.html = new HtmlReader(options);
        this.fetcher = new Fetcher(options);
    }

    public ReaderOptions options() {
        return options;
    }

    /**
     * Expands arguments in order: {@code -} is standard input, {@code http(s)://} a URL, a
     * directory every regular file under it (recursively, sorted by path, hidden files and
     * directories skipped), anything else a file, existing or not (reading a missing one reports
     * "not found").
     */
    public List<Input> expand(List<String> arguments) {
        List<Input> out = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                out.add(Input.stdin());
            } else if (isUrl(arg)) {
                out.add(new Input(Input.Kind.URL, arg));
            } else {
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    out.addAll(filesUnder(p));
                } else {
                    out.add(new Input(Input.Kind.FILE, arg));
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean isUrl(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static List<Input> filesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir))
                    .filter(p -> !hidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .map(Input::file)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            // An unreadable directory is reported when read, as a failed input.
            return List.of(new Input(Input.Kind.FILE, dir.toString()));
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads one input; close the result when done. Never throws for bad input. */
    public ReadItems read(Input input) {
        return switch (input.kind()) {
            case FILE -> readFile(input.name());
            case STDIN -> readStream(Origin.of("stdin", "-"), nonClosing(System.in));
            case URL -> readUrl(input.name());
        };
    }

    private ReadItems readFile(String name) {
        Path path = Path.of(name);
        if (!Files.exists(path)) {
            return ReadItems.failed(name, "not found");
        }
        if (Files.isDirectory(path)) {
            return ReadItems.failed(name, "unreadable: is a directory");
        }
        try {
            long size = Files.size(path);
            if (size > options.maxInputBytes() && !looksLikeWarcName(name)) {
                return ReadItems.failed(name, "larger than " + ReaderOptions.describeSize(options.maxInputBytes()));
            }
            InputStream in = Files.newInputStream(path);
            return readStream(Origin.of(idOf(path), name), in);
        } catch (AccessDeniedException e) {
            return ReadItems.failed(name, "unreadable: permission denied");
        } catch (NoSuchFileException e) {
            return ReadItems.failed(name, "not found");
        } catch (IOException e) {
            return ReadItems.failed(name, "unreadable: " + e.getMessage());
        }
    }

    /** WARC files are streamed, so the whole-input size cap does not apply to them. */
    private static boolean looksLikeWarcName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    /** File name without its extensions ({@code a/b/story.html.gz} -> {@code story}). */
    static String idOf(Path path) {
        Path file = path.getFileName();
        String name = file == null ? path.toString() : file.toString();
        for (String ext : List.of(".gz", ".warc", ".html", ".htm", ".xhtml", ".txt", ".text",
                ".jsonl", ".ndjson", ".json", ".xml", ".rss", ".atom")) {
            if (name.length() > ext.length() && name.toLowerCase(Locale.ROOT).endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private ReadItems readUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return ReadItems.failed(url, "not a valid URL: " + e.getReason());
        }
        Fetcher.Result r = fetcher.fetch(uri);
        if (r instanceof Fetcher.Failure f) {
            return ReadItems.failed(url, f.reason());
        }
        Fetcher.Page page = (Fetcher.Page) r;
        Origin origin = new Origin(url, url, page.finalUri().toString(), page.fetched());
        return readBytes(origin, page.body());
    }

    /**
     * Reads a document from a stream, choosing the format from its first bytes. The stream is
     * closed when the result is closed (or at once, for formats read whole).
     */
    public ReadItems readStream(Origin origin, InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        boolean handedOver = false;
        try {
            Format format = peek(in);
            if (format == Format.GZIP) {
                Format inner = peekGzip(in);
                if (inner == Format.WARC) {
                    handedOver = true;
                    return WarcArticles.read(origin, in, html, options);
                }
                byte[] bytes;
                try {
                    bytes = Bytes.readAtMost(new GZIPInputStream(in, 1 << 16), options.maxDecompressedBytes());
                } catch (Bytes.TooLargeException e) {
                    return ReadItems.failed(origin.source(), "decompresses to more than "
                            + ReaderOptions.describeSize(options.maxDecompressedBytes()) + " (gzip bomb?)");
                }
                return readBytes(origin, bytes);
            }
            if (format == Format.WARC) {
                handedOver = true;
                return WarcArticles.read(origin, in, html, options);
            }
            byte[] bytes;
            try {
                bytes = Bytes.readAtMost(in, options.maxInputBytes());
            } catch (Bytes.TooLargeException e) {
                return ReadItems.failed(origin.source(), "larger than " + ReaderOptions.describeSize(options.maxInputBytes()));
            }
            return readBytes(origin, bytes);
        } catch (ZipException | java.io.EOFException e) {
            return ReadItems.failed(origin.source(), "corrupt or truncated gzip data");
        } catch (AccessDeniedException e) {
            return ReadItems.failed(origin.source(), "unreadable: permission denied");
        } catch (IOException e) {
            return ReadItems.failed(origin.source(), "unreadable: " + e.getMessage());
        } finally {
            if (!handedOver) {
                closeQuietly(in);
            }
        }
    }

    /** Reads a document held in memory (already decompressed or not), choosing the format by content. */
    public ReadItems readBytes(Origin origin, byte[] bytes) {
        Format format = Format.sniff(bytes, bytes.length);
        if (format == Format.GZIP || format == Format.WARC) {
            return readStream(origin, new java.io.ByteArrayInputStream(bytes));
        }
        if (bytes.length == 0) {
            return ReadItems.failed(origin.source(), "empty file");
        }
        if (format != Format.TEXT && TextReader.looksBinary(bytes)) {
            return ReadItems.failed(origin.source(), "binary file");
        }
        return switch (format) {
            case HTML -> ReadItems.of(html.read(origin, bytes));
            case FEED -> FeedReader.read(origin, bytes, html);
            case JSON_LINES -> JsonLinesReader.read(origin, bytes, html, options);
            default -> ReadItems.of(TextReader.read(origin, bytes));
        };
    }

    private static Format peek(BufferedInputStream in) throws IOException {
        in.mark(Format.SNIFF_BYTES);
        byte[] head = new byte[Format.SNIFF_BYTES];
        int n = Bytes.readUpTo(in, head);
        in.reset();
        return Format.sniff(head, n);
    }

    /** The format inside a gzip stream, read from its first inflated bytes without consuming them. */
    private static Format peekGzip(BufferedInputStream in) throws IOException {
        in.mark(1 << 20);
        byte[] head = new byte[Format.SNIFF_BYTES];
        int n;
        try {
            n = Bytes.readUpTo(new GZIPInputStream(nonClosing(in), 512), head);
        } catch (IOException e) {
            n = 0;
        }
        in.reset();
        return Format.sniff(head, n);
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the underlying stream
            }
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing useful to do: the data was already read or the failure reported
        }
    }
}
