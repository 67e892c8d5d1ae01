package org.whosaid.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.whosaid.eval.score.Attribution;
import org.whosaid.model.Span;
import org.whosaid.text.Token;
import org.whosaid.text.TokenKind;
import org.whosaid.text.Tokenizer;

/**
 * Learns cue verbs from PolNeAR's training split: every word form that is annotated as part of a
 * cue often enough, and in a large enough share of its occurrences, and that looks like an inflected
 * verb ("-ed", "-ing", "-s"). Writes the resource the rule finder's {@code CueLexicon} loads, so that
 * the lexicon follows the corpus instead of a hand-made list. Regenerate with
 *
 * <pre>{@code
 * java -cp whosaid-cli/target/whosaid.jar org.whosaid.eval.polnear.CueWordLearner \
 *     ../shared/data/polnear whosaid-core/src/main/resources/org/whosaid/quotes/learned-cues.tsv
 * }</pre>
 */
public final class CueWordLearner {

    /** A word must be annotated as a cue at least this often. */
    static final int MIN_CUE_COUNT = 5;
    /** ... and in at least this share of its occurrences. */
    static final double MIN_CUE_RATE = 0.5;

    /** Words the finder treats with rules of their own ("according to"), not as cue verbs. */
    static final java.util.Set<String> HANDLED_BY_RULES = java.util.Set.of("according");

    private CueWordLearner() {
    }

    /** One learned word with its evidence. */
    record Learned(String word, int cueCount, int occurrences) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CueWordLearner POLNEAR_DIR OUTPUT_TSV");
            System.exit(2);
        }
        PolnearCorpus corpus = PolnearCorpus.load(Path.of(args[0]), Split.TRAIN);
        List<Learned> learned = learn(corpus.articles());
        StringBuilder out = new StringBuilder();
        out.append("# Cue words learned from PolNeAR train by org.whosaid.eval.polnear.CueWordLearner\n");
        out.append("# (min cue count ").append(MIN_CUE_COUNT).append(", min cue rate ").append(MIN_CUE_RATE)
                .append("). Regenerate: java -cp whosaid-cli/target/whosaid.jar")
                .append(" org.whosaid.eval.polnear.CueWordLearner ../shared/data/polnear THIS_FILE\n");
        out.append("# word\tcue count\toccurrences\n");
        for (Learned l : learned) {
            out.append(l.word()).append('\t').append(l.cueCount()).append('\t').append(l.occurrences()).append('\n');
        }
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.out.println(learned.size() + " cue words written to " + args[1]);
    }

    /** The learned words of {@code articles}, most frequent cue first, ties by word. */
    static List<Learned> learn(List<PolnearArticle> articles) {
        Map<String, int[]> counts = new HashMap<>(); // word -> {cue count, occurrences}
        for (PolnearArticle article : articles) {
            String text = article.text();
            List<Token> tokens = Tokenizer.tokenize(text);
            List<Span> cueSpans = new ArrayList<>();
            for (Attribution a : article.gold().attributions()) {
                cueSpans.addAll(a.cue().spans());
            }
            for (Token t : tokens) {
                if (t.kind() != TokenKind.WORD) {
                    continue;
                }
                String w = t.text(text).toLowerCase(Locale.ROOT);
                int[] c = counts.computeIfAbsent(w, k -> new int[2]);
                c[1]++;
                for (Span s : cueSpans) {
                    if (t.start() >= s.start() && t.end() <= s.end()) {
                        c[0]++;
                        break;
                    }
                }
            }
        }
        List<Learned> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (!HANDLED_BY_RULES.contains(e.getKey()) && c[0] >= MIN_CUE_COUNT && (double) c[0] / c[1] >= MIN_CUE_RATE && looksLikeInflectedVerb(e.getKey())) {
                out.add(new Learned(e.getKey(), c[0], c[1]));
            }
        }
        out.sort((x, y) -> x.cueCount() != y.cueCount() ? Integer.compare(y.cueCount(), x.cueCount())
                : x.word().compareTo(y.word()));
        return out;
    }

    /** "-ed", "-ing" or a third-person "-s"; not adverbs, nouns in "-ion(s)", "-ment(s)", "-ness". */
    static boolean looksLikeInflectedVerb(String w) {
        if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (w.endsWith("ly") || w.endsWith("ss") || w.endsWith("ous") || w.endsWith("ions") || w.endsWith("ments")
                || w.endsWith("ness") || w.endsWith("ics")) {
            return false;
        }
        return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s");
    }
}
