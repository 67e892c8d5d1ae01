package org.whosaid.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads CoreNLP annotations in the PolNeAR CoNLL layout: {@code # article NAME}, then one
 * tab-separated line per token ({@code id word lemma start end POS NER head deprel}), a blank line
 * after each sentence, and {@code # coref} lines (coreference chains). A malformed line stops the read with a
 * {@link ConllFormatException} that names the source and line: training on silently damaged data is
 * worse than not training.
 */
public final class ConllReader {

    /** Lines longer than this are not token lines; refusing them bounds memory on garbage input. */
    private static final int MAX_LINE = 10_000;
    private static final int FIELDS = 9;

    private ConllReader() {
    }

    /** Reads a file, gunzipping it when its name ends in {@code .gz}. */
    public static List<ConllArticle> read(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(r, file.toString());
            }
        } finally {
            in.close();
        }
    }

    /** All sentences of a file, in order (for training and scoring, which need no article bounds). */
    public static List<ConllSentence> sentences(Path file) throws IOException {
        List<ConllSentence> out = new ArrayList<>();
        for (ConllArticle a : read(file)) {
            out.addAll(a.sentences());
        }
        return out;
    }

    /** Reads articles from {@code reader}; {@code source} names it in error messages. */
    public static List<ConllArticle> read(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        List<ConllArticle> articles = new ArrayList<>();
        String name = null;
        List<ConllSentence> sentences = new ArrayList<>();
        List<List<ConllArticle.Mention>> chains = new ArrayList<>();
        List<ConllToken> tokens = new ArrayList<>();
        int sentenceStartLine = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.length() > MAX_LINE) {
                throw new ConllFormatException(source, lineNo, "line longer than " + MAX_LINE + " characters");
            }
            if (line.startsWith("#")) {
                endSentence(tokens, sentences, source, sentenceStartLine);
                if (line.startsWith("# article ")) {
                    if (name != null) {
                        articles.add(new ConllArticle(name, sentences, chains));
                    }
                    name = line.substring("# article ".length()).strip();
                    sentences = new ArrayList<>();
                    chains = new ArrayList<>();
                } else if (line.startsWith("# coref") && name != null) {
                    chains.add(parseChain(line.substring("# coref".length()).strip(), source, lineNo));
                }
                continue;
            }
            if (line.isBlank()) {
                endSentence(tokens, sentences, source, sentenceStartLine);
                continue;
            }
            if (name == null) {
                throw new ConllFormatException(source, lineNo, "token line before any '# article' line");
            }
            if (tokens.isEmpty()) {
                sentenceStartLine = lineNo;
            }
            tokens.add(parseToken(line, source, lineNo, tokens.size() + 1));
        }
        endSentence(tokens, sentences, source, sentenceStartLine);
        if (name != null) {
            articles.add(new ConllArticle(name, sentences, chains));
        }
        return articles;
    }

    /** {@code sentence:start-end:head} mentions separated by {@code ;}. */
    private static List<ConllArticle.Mention> parseChain(String chain, String source, int lineNo) {
        List<ConllArticle.Mention> out = new ArrayList<>();
        for (String m : chain.split(";")) {
            String[] parts = m.split("[:-]");
            if (parts.length != 4) {
                throw new ConllFormatException(source, lineNo, "bad coreference mention '" + m + "'");
            }
            try {
                out.add(new ConllArticle.Mention(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
            } catch (IllegalArgumentException e) {
                throw new ConllFormatException(source, lineNo, "bad coreference mention '" + m + "'");
            }
        }
        return out;
    }

    private static void endSentence(List<ConllToken> tokens, List<ConllSentence> sentences, String source,
            int startLine) {
        if (tokens.isEmpty()) {
            return;
        }
        try {
            sentences.add(new ConllSentence(tokens));
        } catch (IllegalArgumentException e) {
            throw new ConllFormatException(source, startLine, "sentence starting here: " + e.getMessage());
        }
        tokens.clear();
    }

    private static ConllToken parseToken(String line, String source, int lineNo, int expectedIndex) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            throw new ConllFormatException(source, lineNo,
                    "expected " + FIELDS + " tab-separated fields (id word lemma start end POS NER head deprel), got "
                            + f.length);
        }
        int index = number(f[0], "id", source, lineNo);
        if (index != expectedIndex) {
            throw new ConllFormatException(source, lineNo, "expected token id " + expectedIndex + ", got " + index);
        }
        int start = number(f[3], "start", source, lineNo);
        int end = number(f[4], "end", source, lineNo);
        int head = number(f[7], "head", source, lineNo);
        try {
            return new ConllToken(index, f[1], f[2], start, end, f[5], f[6], head, f[8]);
        } catch (IllegalArgumentException e) {
            throw new ConllFormatException(source, lineNo, e.getMessage());
        }
    }

    private static int number(String field, String what, String source, int lineNo) {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            throw new ConllFormatException(source, lineNo, what + " is not a number: '" + abbreviate(field) + "'");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
