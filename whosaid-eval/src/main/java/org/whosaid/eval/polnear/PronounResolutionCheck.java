package org.whosaid.eval.polnear;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.whosaid.model.Speaker;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.speakers.SpeakerResolver;
import org.whosaid.structure.Structure;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.syntax.ConllArticle;
import org.whosaid.syntax.ConllSentence;
import org.whosaid.syntax.ConllToken;
import org.whosaid.text.TextLayer;

/**
 * A silver check of the speaker stage, for want of gold coreference: of the sources "he", "she",
 * "him", "her" and "his", how many resolve to an entity whose name ends in a word CoreNLP tags as
 * a person somewhere in the article. A pronoun resolved to "New Mexico" or "Wall Street" fails it.
 * CoreNLP's tags are not gold, so the figure compares resolvers rather than grading one.
 */
public final class PronounResolutionCheck {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");

    /**
     * Pronoun sources seen (in articles CoreNLP annotated) and how many went to a person; of those
     * CoreNLP put in a coreference chain that names someone, how many we resolved to that someone
     * (the last word of our entity's name is a word of one of the chain's mentions).
     */
    public record Result(int pronouns, int toPersons, int inChains, int agreeing) {
        public double share() {
            return pronouns == 0 ? 0 : toPersons / (double) pronouns;
        }

        public double agreement() {
            return inChains == 0 ? 0 : agreeing / (double) inChains;
        }
    }

    private PronounResolutionCheck() {
    }

    public static Result run(PolnearCorpus corpus, List<ConllArticle> silver, AttributionFinder finder,
            SpeakerResolver resolver) {
        Objects.requireNonNull(finder, "finder");
        Objects.requireNonNull(resolver, "resolver");
        Map<String, Set<String>> personWords = new HashMap<>();
        Map<String, Map<Integer, Set<String>>> chainWords = new HashMap<>();
        for (ConllArticle a : silver) {
            chainWords.put(a.name(), chainWordsByPronoun(a));
            Set<String> words = new HashSet<>();
            for (ConllSentence s : a.sentences()) {
                for (ConllToken t : s.tokens()) {
                    if (t.ner().equals("PERSON")) {
                        words.add(t.word());
                    }
                }
            }
            personWords.put(a.name(), words);
        }
        int pronouns = 0;
        int toPersons = 0;
        int inChains = 0;
        int agreeing = 0;
        for (PolnearArticle a : corpus.articles()) {
            Set<String> persons = personWords.get(a.name());
            if (persons == null) {
                continue; // CoreNLP left a few long articles out
            }
            TextLayer layer = TextLayer.of(a.text());
            Structure structure = StructureAnalyzer.analyze(a.toArticle(), layer);
            List<Attribution> attributions = finder.find(layer, structure);
            for (Speaker s : resolver.resolve(layer, structure, attributions).speakers()) {
                if (s == null || !PERSONAL.contains(s.mention().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                pronouns++;
                String[] name = s.name().split("\\s+");
                String last = name[name.length - 1];
                if (s.entityId() != null && persons.contains(last)) {
                    toPersons++;
                }
                Set<String> chain = chainWords.get(a.name()).get(s.span().start());
                if (chain != null) {
                    inChains++;
                    agreeing += s.entityId() != null && chain.contains(last) ? 1 : 0;
                }
            }
        }
        return new Result(pronouns, toPersons, inChains, agreeing);
    }

    /**
     * For each one-word pronoun mention of a chain whose other mentions include a word tagged as a
     * person: its start offset, mapped to the words of the chain's other mentions.
     */
    private static Map<Integer, Set<String>> chainWordsByPronoun(ConllArticle a) {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (List<ConllArticle.Mention> chain : a.chains()) {
            Set<String> words = new HashSet<>();
            boolean person = false;
            for (ConllArticle.Mention m : chain) {
                List<ConllToken> t = a.tokens(m);
                if (t.size() == 1 && PERSONAL.contains(t.get(0).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (ConllToken token : t) {
                    words.add(token.word());
                    person |= token.ner().equals("PERSON");
                }
            }
            if (!person) {
                continue;
            }
            for (ConllArticle.Mention m : chain) {
                List<ConllToken> t = a.tokens(m);
                if (t.size() == 1 && PERSONAL.contains(t.get(0).word().toLowerCase(Locale.ROOT))) {
                    out.put(t.get(0).start(), words);
                }
            }
        }
        return out;
    }
}
