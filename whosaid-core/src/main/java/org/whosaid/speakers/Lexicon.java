package org.whosaid.speakers;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.whosaid.text.WordSet;

/** Word lists for speaker resolution: titles, role nouns, organisation words, places, groups. */
final class Lexicon {
    private Lexicon() {
    }

    static final Set<String> PRONOUNS_SINGULAR_PERSON = WordSet.of("he", "she", "him", "her", "his", "hers");
    static final Set<String> PRONOUNS_PLURAL = WordSet.of("they", "them", "their");
    static final Set<String> PRONOUNS_THING = WordSet.of("it", "its");

    /** Capitalised words that precede a name as a title ("President", "Sen."). */
    static final Set<String> TITLES = WordSet.of(
            "president", "minister", "prime", "secretary", "senator", "sen.", "governor", "gov.", "rep.",
            "representative", "mayor", "chancellor", "king", "queen", "prince", "princess", "pope", "general",
            "gen.", "judge", "justice", "ambassador", "permanent", "director", "chairman", "chairwoman", "chair",
            "spokesman", "spokeswoman", "spokesperson", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor",
            "sheikh", "speaker", "leader", "chief", "deputy", "foreign", "defense", "defence", "vice", "former",
            "attorney", "rev.", "lt.", "col.", "sgt.", "capt.", "maj.", "adm.", "commander", "colonel",
            "lieutenant", "captain", "major", "admiral", "sergeant", "officer", "candidate", "nominee", "head",
            "executive", "ceo", "founder", "sir", "lord", "lady", "dame", "emir", "crown", "first", "lady",
            "congressman", "congresswoman", "assemblyman", "councilman", "councilwoman", "presidential",
            "democratic", "republican", "state", "white", "house", "press", "interior", "finance", "economy",
            "trade", "health", "justice", "homeland", "security", "national", "adviser", "advisor", "mr", "mrs",
            "ms", "dr", "gop", "analyst", "expert", "economist", "strategist", "pollster", "u.s.", "us", "u.n.");

    /** Lower-case role nouns that can introduce a name ("political analyst Alexander Asafov"). */
    static final Set<String> ROLE_NOUNS = WordSet.of(
            "analyst", "expert", "politician", "president", "leader", "minister", "premier", "chancellor",
            "senator", "governor", "mayor", "representative", "ambassador", "diplomat", "official", "spokesman",
            "spokeswoman", "spokesperson", "secretary", "lawmaker", "congressman", "congresswoman", "economist",
            "scientist", "researcher", "professor", "observer", "scholar", "historian", "commentator",
            "specialist", "head", "director", "chairman", "chief", "candidate", "nominee", "judge", "lawyer",
            "attorney", "author", "writer", "journalist", "reporter", "activist", "strategist", "pollster",
            "adviser", "advisor", "executive", "founder", "general", "commander", "officer", "king", "queen",
            "prince", "emir", "envoy", "negotiator", "prosecutor", "sheriff", "businessman", "businesswoman",
            "billionaire", "host", "anchor", "columnist", "editor", "critic", "supporter", "opponent",
            "democrat", "republican", "resident", "witness", "victim", "source", "woman", "man", "mother",
            "father", "student", "teacher", "doctor", "physician", "nurse", "pastor", "priest", "bishop",
            "rabbi", "imam", "manager", "owner", "actor", "actress", "singer", "star", "player", "coach",
            "tycoon", "mogul", "frontrunner", "front-runner", "incumbent", "challenger", "rival", "hopeful",
            "aide", "staffer", "insider", "veteran", "agent", "investigator");

    static final Set<String> POLITICAL_WORDS = WordSet.of(
            "president", "leader", "politician", "minister", "premier", "chancellor", "senator", "governor",
            "mayor", "representative", "ambassador", "diplomat", "official", "secretary", "lawmaker",
            "congressman", "congresswoman", "king", "queen", "prince", "emir", "envoy", "candidate", "nominee",
            "democrat", "republican", "white", "state", "head", "frontrunner", "front-runner", "incumbent",
            "hopeful", "spokesman", "spokeswoman", "spokesperson", "vice", "commander", "general");

    static final Set<String> EXPERT_WORDS = WordSet.of(
            "analyst", "expert", "economist", "scientist", "researcher", "professor", "observer", "scholar",
            "historian", "commentator", "specialist", "university", "institute", "faculty", "department",
            "academy", "strategist", "pollster", "columnist", "school", "college", "center", "centre",
            "political scientist", "think");

    /** Words that make a capitalised name an organisation. */
    static final Set<String> ORG_WORDS = WordSet.of(
            "times", "post", "journal", "news", "center", "centre", "ministry", "department", "university",
            "institute", "pentagon", "kremlin", "agency", "committee", "council", "party", "service", "office",
            "commission", "court", "bank", "corp", "corp.", "inc", "inc.", "association", "foundation", "union",
            "coalition", "network", "group", "company", "administration", "government", "congress", "senate",
            "parliament", "police", "army", "navy", "fbi", "cia", "nsa", "un", "u.n.", "nato", "eu", "reuters",
            "ap", "afp", "cnn", "msnbc", "nbc", "abc", "cbs", "bbc", "rt", "tass", "fund", "organization",
            "organisation", "board", "bureau", "campaign", "house", "cabinet", "forces", "club", "league",
            "federation", "society", "press", "media", "magazine", "tribune", "herald", "gazette", "daily",
            "telegraph", "guardian", "observer", "review", "monitor", "watch", "fed", "reserve", "airlines",
            "motors", "ltd", "llc", "plc", "assembly", "duma", "ministry", "authority", "authorities",
            "command", "corps", "council", "secretariat", "embassy", "consulate", "mission", "commission",
            "pac", "super", "state", "poll", "survey", "research", "faculty", "school", "college", "academy",
            "processes", "studies", "program", "programme", "project", "initiative", "alliance", "front");

    /** Countries, continents and large cities: speakers only as governments ("Russia said"). */
    static final Set<String> PLACES = WordSet.of(
            "syria", "iraq", "iran", "turkey", "russia", "china", "europe", "america", "africa", "asia",
            "germany", "france", "britain", "england", "sweden", "ukraine", "israel", "egypt", "india",
            "pakistan", "afghanistan", "japan", "korea", "north korea", "south korea", "canada", "mexico",
            "brazil", "italy", "spain", "poland", "washington", "moscow", "london", "paris", "berlin",
            "brussels", "beijing", "tehran", "damascus", "ankara", "kiev", "kyiv", "idlib", "baghdad",
            "new york", "california", "texas", "florida", "iowa", "ohio", "virginia", "united states",
            "the united states", "usa", "us", "u.s.", "uk", "u.k.", "sar", "saudi arabia", "qatar", "libya",
            "lebanon", "jordan", "yemen", "cuba", "venezuela", "greece", "netherlands", "belgium", "austria",
            "switzerland", "norway", "denmark", "finland", "hungary", "romania", "serbia", "georgia",
            "belarus", "kazakhstan", "australia", "new zealand", "nigeria", "kenya", "ethiopia", "sudan",
            "somalia", "palestine", "middle east", "the middle east", "european union", "gulf", "gaza", "kurdistan", "crimea", "nevada", "carolina", "hampshire",
            "new hampshire", "south carolina", "chicago", "boston", "miami", "dallas", "baltimore",
            "philadelphia", "atlanta", "denver", "houston", "seattle", "detroit", "michigan", "wisconsin",
            "pennsylvania", "arizona", "colorado", "georgia", "illinois", "massachusetts", "maryland");

    /** Plural nouns that name an unnamed group of speakers ("experts say"). */
    static final Set<String> GROUP_NOUNS = WordSet.of(
            "experts", "officials", "analysts", "critics", "specialists", "sources", "observers", "residents",
            "voters", "lawmakers", "authorities", "activists", "protesters", "scientists", "researchers",
            "economists", "diplomats", "leaders", "people", "americans", "europeans", "democrats",
            "republicans", "conservatives", "liberals", "supporters", "opponents", "aides", "advisers",
            "advisors", "investigators", "prosecutors", "witnesses", "police", "polls", "studies", "reports",
            "commentators", "pundits", "insiders", "members", "politicians", "candidates", "rivals",
            "historians", "scholars", "journalists", "reporters", "media", "organizers", "organisers",
            "strategists", "pollsters", "allies", "officers", "spokesmen", "representatives", "citizens",
            "parents", "students", "workers", "employees", "executives", "donors", "delegates", "senators",
            "governors", "ministers", "generals", "soldiers", "troops", "evangelicals", "others", "many",
            "some", "both", "several", "few", "most", "all");

    static final Set<String> NAME_STOPWORDS = WordSet.of(
            "the", "a", "an", "at", "according", "in", "on", "as", "so", "but", "and", "if", "when", "while",
            "after", "before", "however", "moreover", "recall", "earlier", "meanwhile", "it", "this", "that",
            "these", "those", "there", "he", "she", "they", "we", "i", "his", "her", "their", "our", "its",
            "calling", "despite", "firstly", "secondly", "why", "what", "who", "how", "mr", "also", "since",
            "for", "with", "from", "by", "to", "of", "not", "no", "yes", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "will", "would",
            "all", "some", "many", "most", "one", "two", "three", "those", "still", "yet", "even", "then");

    /** Bits of {@link #classes}: which of the word lists above a lower-case word is on. */
    static final int TITLE = 1;
    static final int ROLE_NOUN = 1 << 1;
    static final int POLITICAL = 1 << 2;
    static final int ORG_WORD = 1 << 3;
    static final int PLACE = 1 << 4;
    static final int GROUP_NOUN = 1 << 5;
    static final int NAME_STOPWORD = 1 << 6;
    static final int PRONOUN_SINGULAR_PERSON = 1 << 7;
    static final int PRONOUN_PLURAL = 1 << 8;
    static final int PRONOUN_THING = 1 << 9;

    /**
     * Every listed word with the bits of the lists it is on, so that a token is looked up once
     * instead of once per list (the resolver tests most name tokens against five or six lists).
     */
    private static final Map<String, Integer> CLASSES = classMap();

    private static Map<String, Integer> classMap() {
        Map<String, Integer> m = new HashMap<>(2048);
        List<Map.Entry<Set<String>, Integer>> lists = List.of(Map.entry(TITLES, TITLE), Map.entry(ROLE_NOUNS, ROLE_NOUN),
                Map.entry(POLITICAL_WORDS, POLITICAL), Map.entry(ORG_WORDS, ORG_WORD), Map.entry(PLACES, PLACE),
                Map.entry(GROUP_NOUNS, GROUP_NOUN), Map.entry(NAME_STOPWORDS, NAME_STOPWORD),
                Map.entry(PRONOUNS_SINGULAR_PERSON, PRONOUN_SINGULAR_PERSON), Map.entry(PRONOUNS_PLURAL, PRONOUN_PLURAL),
                Map.entry(PRONOUNS_THING, PRONOUN_THING));
        for (Map.Entry<Set<String>, Integer> list : lists) {
            for (String w : list.getKey()) {
                m.merge(w, list.getValue(), (x, y) -> x | y);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The bits ({@link #TITLE}, {@link #PLACE}, ...) of the lists a lower-case word is on; 0 for none. */
    static int classes(String lowerWord) {
        Integer c = CLASSES.get(lowerWord);
        return c == null ? 0 : c;
    }

    /** Nationality and country stems compatible with each other ("American" ~ "US" ~ "White House"). */
    static String nationalityKey(String word) {
        return nationalityKey(word.toLowerCase(Locale.ROOT), !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
    }

    /** As {@link #nationalityKey(String)}, for a word already lower-cased. */
    static String nationalityKey(String w, boolean capitalized) {
        switch (w) {
            case "us", "u.s.", "usa", "american", "america", "americans", "white", "washington", "united":
                return "us";
            case "uk", "u.k.", "british", "britain", "england", "english":
                return "uk";
            case "german", "germany": return "germ";
            case "french", "france": return "fran";
            case "dutch", "netherlands": return "neth";
            case "greek", "greece": return "gree";
            case "iraqi", "iraq": return "iraq";
            case "israeli", "israel": return "isra";
            case "saudi": return "saud";
            case "swiss", "switzerland": return "swit";
            case "czech": return "czec";
            case "thai", "thailand": return "thai";
            default:
                break;
        }
        if (w.length() < 5 || !capitalized) {
            return null; // suffix rules only for capitalised words: "Syrian", not "politician"
        }
        if (w.endsWith("ian") || w.endsWith("ish") || w.endsWith("ese") || w.endsWith("ean")) {
            return w.substring(0, Math.min(4, w.length()));
        }
        if (PLACES.contains(w)) {
            return w.substring(0, Math.min(4, w.length()));
        }
        return null;
    }

}
