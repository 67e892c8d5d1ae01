package org.whosaid.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The PolNeAR corpus as read from its directory: {@code metadata.tsv}, {@code SPLIT/text/NAME.txt}
 * and {@code SPLIT/attributions/NAME_ANNOTATOR.ann}.
 *
 * <p>Annotations are kept in the order of the metadata's {@code annotators} column (values joined
 * by {@code |}); the first listed annotator whose file exists is the gold standard. A missing or
 * unreadable file, or a bad line in one, is reported as a {@link Problem} and skipped; only a
 * missing corpus (no metadata file) is an error.
 */
public record PolnearCorpus(Path root, Split split, List<PolnearArticle> articles, List<Problem> problems) {

    /** Files larger than this are not news articles or their annotations; they are skipped. */
    static final long MAX_FILE_BYTES = 16L << 20;

    public PolnearCorpus {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(split, "split");
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /**
     * Reads the articles of {@code split} under {@code root}.
     *
     * @throws IllegalArgumentException when {@code root} holds no PolNeAR metadata
     * @throws UncheckedIOException when the metadata cannot be read
     */
    public static PolnearCorpus load(Path root, Split split) {
        Path metadata = root.resolve("metadata.tsv");
        if (!Files.isRegularFile(metadata)) {
            throw new IllegalArgumentException("no PolNeAR corpus at " + root + ": " + metadata + " is missing");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metadata, e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(metadata + " is empty");
        }
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines.get(0).split("\t", -1);
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].trim(), i);
        }
        for (String required : List.of("compartment", "filename", "annotators")) {
            if (!column.containsKey(required)) {
                throw new IllegalArgumentException(metadata + ": header has no '" + required + "' column");
            }
        }
        List<PolnearArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String compartment = field(f, column, "compartment");
            if (!split.includes(compartment)) {
                continue;
            }
            String name = field(f, column, "filename");
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                problems.add(new Problem("metadata.tsv", i + 1, "bad file name '" + name + "'"));
                continue;
            }
            LocalDate date = null;
            String dateField = field(f, column, "publication_date");
            if (!dateField.isEmpty()) {
                try {
                    date = LocalDate.parse(dateField);
                } catch (DateTimeParseException e) {
                    problems.add(new Problem("metadata.tsv", i + 1, "bad publication_date '" + dateField + "'"));
                }
            }
            String outlet = field(f, column, "publisher");
            List<String> annotators = new ArrayList<>();
            for (String a : field(f, column, "annotators").split("\\|")) {
                if (!a.isBlank()) {
                    annotators.add(a.trim());
                }
            }
            PolnearArticle article = readArticle(root, compartment, name, outlet.isEmpty() ? null : outlet,
                    date, annotators, problems);
            if (article != null) {
                articles.add(article);
            }
        }
        return new PolnearCorpus(root, split, articles, problems);
    }

    /** Articles annotated by more than one annotator: the material for inter-annotator agreement. */
    public List<PolnearArticle> multiplyAnnotated() {
        return articles.stream().filter(a -> a.annotations().size() > 1).toList();
    }

    private static PolnearArticle readArticle(Path root, String split, String name, String outlet, LocalDate date,
                                              List<String> annotators, List<Problem> problems) {
        String textFile = split + "/text/" + name + ".txt";
        String text = read(root, textFile, problems);
        if (text == null) {
            return null;
        }
        List<Annotation> annotations = new ArrayList<>();
        for (String annotator : annotators) {
            String annFile = split + "/attributions/" + name + "_" + annotator + ".ann";
            String ann = read(root, annFile, problems);
            if (ann != null) {
                BratParser.Result parsed = BratParser.parse(annFile, ann, text);
                problems.addAll(parsed.problems());
                annotations.add(new Annotation(annotator, annFile, parsed.attributions()));
            }
        }
        if (annotations.isEmpty()) {
            problems.add(new Problem(textFile, 0, "no annotation file for annotators " + annotators + "; article skipped"));
            return null;
        }
        return new PolnearArticle(name, split, outlet, date, text, annotations);
    }

    private static String read(Path root, String relative, List<Problem> problems) {
        Path path = root.resolve(relative);
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                problems.add(new Problem(relative, 0, "larger than " + MAX_FILE_BYTES + " bytes; skipped"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            // strict decoding: a bad byte means the offsets cannot be trusted; a BOM is kept as a char,
            // as brat counts it
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            problems.add(new Problem(relative, 0, "missing"));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(relative, 0, "not valid UTF-8; skipped"));
        } catch (IOException e) {
            problems.add(new Problem(relative, 0, "unreadable: " + e.getMessage()));
        }
        return null;
    }

    private static String field(String[] fields, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= fields.length ? "" : fields[i].trim();
    }
}
