package org.whosaid.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that mark attribution: speech verbs in every inflection, verbs of belief and intention,
 * and the participles that introduce speech inside another clause ("stating that"). Built once;
 * immutable.
 */
public final class CueLexicon {

    /** What kind of attribution a cue word signals. */
    public enum CueKind { SPEECH, BELIEF }

    private final Map<String, CueKind> verbForms;
    private final Set<String> participles;

    private CueLexicon(Map<String, CueKind> verbForms, Set<String> participles) {
        // hash tables a quarter full rather than Map.copyOf / Set.copyOf, whose look-ups divide and
        // compare strings on every probe: the quote stage asks about nearly every word token
        Map<String, CueKind> forms = new HashMap<>(4 * verbForms.size());
        forms.putAll(verbForms);
        this.verbForms = java.util.Collections.unmodifiableMap(forms);
        Set<String> ps = new java.util.HashSet<>(4 * participles.size());
        ps.addAll(participles);
        this.participles = java.util.Collections.unmodifiableSet(ps);
    }

    /** The built-in English lexicon. */
    public static CueLexicon english() {
        Map<String, CueKind> m = new HashMap<>();
        String[][] speech = {
            {"say", "said", "says", "saying"}, {"tell", "told", "tells", "telling"},
            {"state", "stated", "states", "stating"}, {"emphasize", "emphasized", "emphasizes", "emphasizing"},
            {"emphasise", "emphasised", "emphasises", "emphasising"}, {"note", "noted", "notes", "noting"},
            {"add", "added", "adds", "adding"}, {"write", "wrote", "writes", "writing", "written"},
            {"tweet", "tweeted", "tweets", "tweeting"}, {"recall", "recalled", "recalls", "recalling"},
            {"conclude", "concluded", "concludes", "concluding"}, {"explain", "explained", "explains", "explaining"},
            {"insist", "insisted", "insists", "insisting"}, {"argue", "argued", "argues", "arguing"},
            {"claim", "claimed", "claims", "claiming"}, {"warn", "warned", "warns", "warning"},
            {"announce", "announced", "announces", "announcing"}, {"ask", "asked", "asks", "asking"},
            {"reply", "replied", "replies", "replying"}, {"declare", "declared", "declares", "declaring"},
            {"confirm", "confirmed", "confirms", "confirming"}, {"admit", "admitted", "admits", "admitting"},
            {"acknowledge", "acknowledged", "acknowledges", "acknowledging"},
            {"suggest", "suggested", "suggests", "suggesting"}, {"stress", "stressed", "stresses", "stressing"},
            {"report", "reported", "reports", "reporting"}, {"testify", "testified", "testifies", "testifying"},
            {"allege", "alleged", "alleges", "alleging"}, {"assert", "asserted", "asserts", "asserting"},
            {"contend", "contended", "contends", "contending"}, {"maintain", "maintained", "maintains"},
            {"remark", "remarked", "remarks"}, {"observe", "observed", "observes"},
            {"comment", "commented", "comments"}, {"respond", "responded", "responds", "responding"},
            {"answer", "answered", "answers"}, {"complain", "complained", "complains", "complaining"},
            {"deny", "denied", "denies", "denying"}, {"urge", "urged", "urges", "urging"},
            {"demand", "demanded", "demands", "demanding"}, {"predict", "predicted", "predicts", "predicting"},
            {"promise", "promised", "promises", "promising"}, {"vow", "vowed", "vows", "vowing"},
            {"pledge", "pledged", "pledges", "pledging"}, {"reiterate", "reiterated", "reiterates", "reiterating"},
            {"mention", "mentioned", "mentions"}, {"reveal", "revealed", "reveals", "revealing"},
            {"concede", "conceded", "concedes", "conceding"}, {"boast", "boasted", "boasts", "boasting"},
            {"joke", "joked", "jokes", "joking"}, {"quip", "quipped", "quips"},
            {"shout", "shouted", "shouts"}, {"declare", "declared"}, {"estimate", "estimated", "estimates"},
            {"indicate", "indicated", "indicates", "indicating"}, {"threaten", "threatened", "threatens"},
            {"assure", "assured", "assures"}, {"recount", "recounted", "recounts"},
            {"point", "pointed"}, {"continue", "continued", "continues"}, {"accuse", "accused", "accuses", "accusing"},
            {"criticize", "criticized", "criticizes", "criticizing"}, {"describe", "described", "describes", "describing"},
            {"call", "called", "calls", "calling"}, {"blast", "blasted", "blasts"}, {"slam", "slammed", "slams"},
            {"praise", "praised", "praises"}, {"concur", "concurred"}, {"agree", "agreed", "agrees"},
            {"disclose", "disclosed", "discloses"}, {"proclaim", "proclaimed", "proclaims"},
            {"exclaim", "exclaimed"}, {"retort", "retorted"}, {"wonder", "wondered", "wonders"},
            {"speculate", "speculated", "speculates"}, {"posted"}, {"recommend", "recommended"},
            {"propose", "proposed", "proposes"}, {"counter", "countered", "counters"},
        };
        String[][] belief = {
            {"believe", "believed", "believes", "believing"}, {"think", "thought", "thinks", "thinking"},
            {"feel", "felt", "feels"}, {"hope", "hoped", "hopes", "hoping"}, {"expect", "expected", "expects"},
            {"fear", "feared", "fears"}, {"want", "wanted", "wants"}, {"plan", "planned", "plans"},
            {"intend", "intended", "intends"}, {"doubt", "doubted", "doubts"}, {"suspect", "suspected", "suspects"},
            {"worry", "worried", "worries"}, {"consider", "considered", "considers"}, {"assume", "assumed", "assumes"},
            {"know", "knew", "knows"}, {"wish", "wished", "wishes"}, {"seek", "sought", "seeks"},
        };
        for (String[] forms : speech) {
            for (String f : forms) {
                m.put(f, CueKind.SPEECH);
            }
        }
        for (String[] forms : belief) {
            for (String f : forms) {
                m.putIfAbsent(f, CueKind.BELIEF);
            }
        }
        Set<String> participles = new java.util.HashSet<>(Set.of("saying", "stating", "noting", "adding", "claiming", "insisting",
                "arguing", "warning", "declaring", "explaining", "stressing", "emphasizing", "emphasising",
                "asserting", "telling", "writing", "recalling", "suggesting", "announcing", "predicting",
                "promising", "vowing", "threatening", "acknowledging", "admitting", "denying", "urging",
                "accusing", "calling", "complaining", "tweeting", "indicating", "concluding", "reiterating"));
        for (String w : learnedWords()) {
            m.putIfAbsent(w, CueKind.SPEECH);
            if (w.endsWith("ing")) {
                participles.add(w);
            }
        }
        return new CueLexicon(m, participles);
    }

    /** Where the cue words learned from PolNeAR train are (see CueWordLearner in whosaid-eval). */
    static final String LEARNED_RESOURCE = "learned-cues.tsv";

    /** The learned cue words: the first column of the resource, comment lines skipped. */
    static List<String> learnedWords() {
        InputStream in = CueLexicon.class.getResourceAsStream(LEARNED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + LEARNED_RESOURCE + " next to " + CueLexicon.class.getName());
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                words.add((tab < 0 ? line : line.substring(0, tab)).strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + LEARNED_RESOURCE, e);
        }
        return words;
    }

    /** The kind of cue a lower-case word form is, or null when it is not a cue verb. */
    public CueKind kindOf(String lowerWord) {
        return verbForms.get(lowerWord);
    }

    public boolean isCueVerb(String lowerWord) {
        return verbForms.containsKey(lowerWord);
    }

    public boolean isSpeechVerb(String lowerWord) {
        return verbForms.get(lowerWord) == CueKind.SPEECH;
    }

    /** Whether the word is a participle that introduces speech inside another clause ("stating"). */
    public boolean isParticiple(String lowerWord) {
        return participles.contains(lowerWord);
    }
}
