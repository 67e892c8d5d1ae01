package org.whosaid.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Article;

class InputsTest {
    @TempDir
    Path dir;

    private final Inputs inputs = new Inputs(ReaderOptions.defaults());

    static final String STORY = "Mayor opens bridge\n\n\"It is a great day,\" said Mayor Ann Lark on Monday.\n";

    private List<ReadItem> readAll(Path file) {
        return readAll(inputs, Input.file(file));
    }

    static List<ReadItem> readAll(Inputs inputs, Input input) {
        List<ReadItem> out = new ArrayList<>();
        try (ReadItems items = inputs.read(input)) {
            items.forEachRemaining(out::add);
        }
        return out;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static String failure(List<ReadItem> items) {
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).isInstanceOf(ReadItem.Failed.class);
        return ((ReadItem.Failed) items.get(0)).reason();
    }

    private static Article loaded(List<ReadItem> items) {
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).isInstanceOf(ReadItem.Loaded.class);
        return ((ReadItem.Loaded) items.get(0)).article();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void readsTextFileWithIdFromFileNameAndSourceAsGiven() throws IOException {
        Path p = write("bridge-story.txt", STORY.getBytes(StandardCharsets.UTF_8));
        Article a = loaded(readAll(p));
        assertThat(a.id()).isEqualTo("bridge-story");
        assertThat(a.source()).isEqualTo(p.toString());
        assertThat(a.text()).isEqualTo(STORY);
    }

    @Test
    void dropsByteOrderMarkButKeepsCrlfSoOffsetsPointIntoTheDecodedText() throws IOException {
        byte[] body = "Line one.\r\nLine two.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = loaded(readAll(write("crlf.txt", withBom)));
        assertThat(a.text()).isEqualTo("Line one.\r\nLine two.\r\n");
    }

    @Test
    void reportsInvalidUtf8WithTheByteOffset() throws IOException {
        byte[] bytes = "Caf\u00e9 ok. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xe9; // Latin-1 é, not UTF-8
        bad[bytes.length + 1] = 'x';
        bad[bytes.length + 2] = 'y';
        assertThat(failure(readAll(write("latin1.txt", bad)))).isEqualTo("invalid UTF-8 at byte " + bytes.length);
    }

    @Test
    void reportsBinaryEmptyAndWhitespaceOnlyFiles() throws IOException {
        assertThat(failure(readAll(write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))))
                .isEqualTo("binary file");
        assertThat(failure(readAll(write("empty.txt", new byte[0])))).isEqualTo("empty file");
        assertThat(failure(readAll(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))))
                .startsWith("empty file");
    }

    @Test
    void reportsMissingFilesAndDirectories() {
        assertThat(failure(readAll(dir.resolve("nope.txt")))).isEqualTo("not found");
        assertThat(failure(readAll(inputs, new Input(Input.Kind.FILE, dir.toString()))))
                .isEqualTo("unreadable: is a directory");
    }

    @Test
    void reportsFilesLargerThanTheCap() throws IOException {
        Inputs small = new Inputs(ReaderOptions.defaults().withMaxInputBytes(1024));
        Path p = write("big.txt", "word ".repeat(400).getBytes(StandardCharsets.UTF_8));
        assertThat(failure(readAll(small, Input.file(p)))).isEqualTo("larger than 1 KB");
    }

    @Test
    void decompressesGzipTransparently() throws IOException {
        Path p = write("story.txt.gz", gzip(STORY.getBytes(StandardCharsets.UTF_8)));
        Article a = loaded(readAll(p));
        assertThat(a.text()).isEqualTo(STORY);
        assertThat(a.id()).isEqualTo("story");
    }

    @Test
    void stopsAGzipBombAtTheDecompressedCap() throws IOException {
        Inputs capped = new Inputs(ReaderOptions.defaults().withMaxDecompressedBytes(ReaderOptions.MB));
        byte[] bomb = gzip(new byte[20 * (int) ReaderOptions.MB]); // 20 MB of zeros, ~20 KB packed
        assertThat(bomb.length).isLessThan(100_000);
        Path p = write("bomb.gz", bomb);
        assertThat(failure(readAll(capped, Input.file(p)))).startsWith("decompresses to more than 1 MB");
    }

    @Test
    void reportsTruncatedGzip() throws IOException {
        byte[] packed = gzip(STORY.repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(packed, packed.length / 2);
        assertThat(failure(readAll(write("cut.txt.gz", cut)))).isEqualTo("corrupt or truncated gzip data");
    }

    @Test
    void expandsDirectoriesRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        write("corpus/b.txt", STORY.getBytes(StandardCharsets.UTF_8));
        write("corpus/a/z.txt", STORY.getBytes(StandardCharsets.UTF_8));
        write("corpus/a/c.txt", STORY.getBytes(StandardCharsets.UTF_8));
        write("corpus/.git/config", STORY.getBytes(StandardCharsets.UTF_8));
        Path corpus = dir.resolve("corpus");
        List<Input> expanded = inputs.expand(List.of(corpus.toString(), "-", "https://example.org/x",
                dir.resolve("missing.txt").toString()));
        assertThat(expanded).extracting(Input::name).containsExactly(
                corpus.resolve("a/c.txt").toString(), corpus.resolve("a/z.txt").toString(),
                corpus.resolve("b.txt").toString(), "-", "https://example.org/x",
                dir.resolve("missing.txt").toString());
        assertThat(expanded).extracting(Input::kind).containsExactly(Input.Kind.FILE, Input.Kind.FILE,
                Input.Kind.FILE, Input.Kind.STDIN, Input.Kind.URL, Input.Kind.FILE);
    }

    @Test
    void choosesHtmlByContentWhateverTheExtension() throws IOException {
        String page = "<!DOCTYPE html><html><head><title>Bridge</title></head><body><article>"
                + "<p>The new bridge opened on Monday after three years of work on the river crossing.</p>"
                + "</article></body></html>";
        Article a = loaded(readAll(write("saved-page.txt", page.getBytes(StandardCharsets.UTF_8))));
        assertThat(a.text()).contains("The new bridge opened on Monday").doesNotContain("<p>");
    }

    @Test
    void stringOfAFailureNamesSourceAndReason() {
        assertThat(new ReadItem.Failed("a.txt", "binary file")).hasToString("a.txt: binary file");
    }
}
