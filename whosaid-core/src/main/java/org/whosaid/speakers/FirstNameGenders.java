package org.whosaid.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.whosaid.syntax.ConllArticle;
import org.whosaid.syntax.ConllToken;

/**
 * Which first names go with "he" and which with "she", learned from the coreference chains of
 * CoreNLP's silver annotations of PolNeAR: a chain whose first mention is a full name lends the
 * first name the pronouns of its other mentions. The speaker stage uses it so that "she" does not
 * resolve to Donald Trump because he was the last person named. A name is kept only when its
 * pronouns agree often enough; the rest stay unknown. Immutable.
 */
public final class FirstNameGenders {

    /** The gender a pronoun asks for. */
    public enum Gender {
        MALE, FEMALE
    }

    static final String RESOURCE = "first-name-genders.tsv";
    /** More names than any corpus of ours yields: a bound on what a file may make us hold. */
    private static final int MAX_NAMES = 200_000;

    private final Map<String, Gender> byName;

    private FirstNameGenders(Map<String, Gender> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The list learned from PolNeAR train that ships with whosaid. */
    public static FirstNameGenders bundled() {
        try (InputStream in = FirstNameGenders.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled list " + RESOURCE + " is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled list " + RESOURCE, e);
        }
    }

    /** Reads lines {@code Name<TAB>male|female}; {@code #} starts a comment. */
    public static FirstNameGenders read(Reader reader) throws IOException {
        Map<String, Gender> out = new TreeMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isEmpty() || f[0].length() > 100 || out.size() >= MAX_NAMES) {
                throw new IOException("first-name genders, line " + lineNo + ": expected 'Name<TAB>male|female'");
            }
            try {
                out.put(f[0], Gender.valueOf(f[1].toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IOException("first-name genders, line " + lineNo + ": unknown gender '" + f[1] + "'", e);
            }
        }
        return new FirstNameGenders(out);
    }

    /** Writes the list in the format {@link #read} takes, sorted, so equal lists give equal files. */
    public void write(Writer out) throws IOException {
        out.write("# first name, gender: learned by 'whosaid train genders' from CoreNLP coreference chains\n");
        for (Map.Entry<String, Gender> e : new TreeMap<>(byName).entrySet()) {
            out.write(e.getKey() + "\t" + e.getValue().name().toLowerCase(Locale.ROOT) + "\n");
        }
    }

    /** The gender of a first name as written ("Hillary"), or null when unknown. */
    public Gender of(String firstName) {
        return byName.get(firstName);
    }

    public int size() {
        return byName.size();
    }

    /**
     * Learns the list: for each chain whose first mention holds two or more words CoreNLP tags as a
     * person, the first of them is a first name, credited with each "he/him/his" or "she/her/hers"
     * mention of the chain; a name with at least {@code minPronouns} of them, {@code minShare} or
     * more of one gender, is kept.
     */
    public static FirstNameGenders learn(List<ConllArticle> articles, int minPronouns, double minShare) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ConllArticle a : articles) {
            for (List<ConllArticle.Mention> chain : a.chains()) {
                String first = firstName(a.tokens(chain.get(0)));
                if (first == null) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(first, k -> new int[2]);
                for (int i = 1; i < chain.size(); i++) {
                    List<ConllToken> t = a.tokens(chain.get(i));
                    Gender g = t.size() == 1 ? pronounGender(t.get(0).word().toLowerCase(Locale.ROOT)) : null;
                    if (g != null) {
                        c[g.ordinal()]++;
                    }
                }
            }
        }
        Map<String, Gender> out = new TreeMap<>();
        counts.forEach((name, c) -> {
            int total = c[0] + c[1];
            if (total >= minPronouns) {
                if (c[0] >= minShare * total) {
                    out.put(name, Gender.MALE);
                } else if (c[1] >= minShare * total) {
                    out.put(name, Gender.FEMALE);
                }
            }
        });
        return new FirstNameGenders(out);
    }

    private static String firstName(List<ConllToken> mention) {
        String first = null;
        int persons = 0;
        for (ConllToken t : mention) {
            if (t.ner().equals("PERSON")) {
                persons++;
                if (first == null) {
                    first = t.word();
                }
            }
        }
        return persons >= 2 && first.length() > 1 && !first.endsWith(".") && Character.isUpperCase(first.charAt(0))
                ? first : null;
    }

    /** The gender a singular personal pronoun asks for, or null for any other word (lower case). */
    public static Gender pronounGender(String lower) {
        return switch (lower) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> null;
        };
    }
}
