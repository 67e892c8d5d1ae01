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

    /** Pronoun sources seen (in articles CoreNLP annotated), and how many went to a person. */
    public record Result(int pronouns, int toPersons) {
        public double share() {
            return pronouns == 0 ? 0 : toPersons / (double) pronouns;
        }
    }

    private PronounResolutionCheck() {
    }

    public static Result run(PolnearCorpus corpus, List<ConllArticle> silver, AttributionFinder finder,
            SpeakerResolver resolver) {
        Objects.requireNonNull(finder, "finder");
        Objects.requireNonNull(resolver, "resolver");
        Map<String, Set<String>> personWords = new HashMap<>();
        for (ConllArticle a : silver) {
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
                if (s.entityId() != null && persons.contains(name[name.length - 1])) {
                    toPersons++;
                }
            }
        }
        return new Result(pronouns, toPersons);
    }
}
