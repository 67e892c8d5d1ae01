package org.whosaid.quotes;

import java.util.Set;

/** Closed word classes the quote rules need; package-private constants, never mutated. */
final class Words {
    private Words() {
    }

    static final Set<String> SUBJECT_PRONOUNS = set("he", "she", "they", "we", "i", "you", "it", "who");
    static final Set<String> OBJECT_PRONOUNS = set("him", "her", "them", "us", "me", "you", "it");

    /** Words between a subject and its verb that do not belong to the subject ("Trump then said"). */
    static final Set<String> ADVERBS_AND_AUXILIARIES = set(
            "also", "then", "repeatedly", "reportedly", "previously", "recently", "once", "again", "already",
            "later", "publicly", "privately", "further", "still", "even", "only", "just", "first", "often",
            "frequently", "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can",
            "'ve", "’ve", "'re", "’re", "'ll", "’ll", "'m", "’m",
            "may", "might", "must", "should", "did", "does", "do", "not", "n't", "never", "always", "had",
            "'d", "’d", "'s", "’s", "had", "be", "been", "being", "immediately", "quickly", "simply", "flatly",
            "openly", "clearly", "explicitly", "directly", "subsequently", "finally", "initially", "ultimately",
            "however", "now", "today", "yesterday", "himself", "herself", "themselves", "itself", "too");

    /** Conjunctions that open a new clause after a comma ("..., but officials said ..."). */
    static final Set<String> CLAUSE_CONJUNCTIONS = set("but", "and", "while", "although", "though", "whereas", "yet");

    /** Adverbs set off by commas after a subject ("Cruz, meanwhile, said"), not an apposition. */
    static final Set<String> SENTENCE_ADVERBS = set(
            "meanwhile", "though", "however", "too", "also", "instead", "nevertheless", "moreover", "furthermore",
            "similarly", "likewise", "meantime", "separately", "still", "again", "in", "then", "now");

    /** Pre-nominal words that also head a noun phrase of their own ("an official said", "some say"). */
    static final Set<String> HEAD_CAPABLE = set(
            "official", "public", "many", "several", "some", "few", "two", "three", "other", "most", "more",
            "each", "others", "first", "last");

    /** Words left of a verb that PolNeAR keeps out of the cue span ("he himself said"). */
    static final Set<String> OUTSIDE_CUE = set(
            "himself", "herself", "themselves", "itself", "today", "yesterday", "however");

    /** Words ending in "-ly" that are not adverbs. */
    static final Set<String> NOT_ADVERBS = set(
            "family", "ally", "rally", "italy", "july", "reply", "supply", "apply", "only", "early", "daily",
            "weekly", "monthly", "yearly", "likely", "friendly", "elderly", "holy", "belly", "jelly", "bully",
            "assembly", "anomaly", "monopoly", "sally", "kelly", "billy", "emily", "lily", "polly", "molly");

    /** Relative pronouns that stand as the source of a relative clause ("X, who said ..."). */
    static final Set<String> RELATIVE_PRONOUNS = set("who", "which");

    /** Words that end a subject noun phrase when scanning leftwards from its verb. */
    static final Set<String> NP_STOP = set(
            "that", "which", "whom", "whose", "when", "where", "while", "because", "although", "though",
            "if", "as", "since", "but", "or", "so", "than", "to", "in", "on", "at", "during", "after", "before",
            "with", "without", "for", "from", "by", "about", "into", "over", "under", "between", "against",
            "despite", "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
            "should", "must", "may", "might", "do", "does", "did", "be", "been", "being", "not", "n't",
            "recall", "then", "also", "what", "how", "why", "whether", "unless", "until", "nor", "yet",
            "through", "via", "upon", "among", "like", "amid", "toward", "towards", "within", "across",
            "there", "here", "said", "says", "say", "told", "according", "noted", "it's", "let");

    /** Determiners and pre-nominal words after which a verb-looking word is a noun ("his calls"). */
    static final Set<String> NOUN_PRECEDERS = set(
            "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
            "numerous", "many", "several", "some", "such", "any", "no", "every", "each", "first", "last",
            "new", "public", "official", "political", "repeated", "recent", "previous", "earlier", "latest",
            "own", "other", "more", "most", "further", "similar", "initial", "final", "written", "formal",
            "'s", "’s", "whose", "of", "same", "united", "islamic", "two", "three", "few", "following");

    /** Verb forms that are often nouns; accepted as cues only in verb-like contexts. */
    static final Set<String> AMBIGUOUS_CUES = set(
            "state", "states", "note", "notes", "report", "reports", "call", "calls", "claim", "claims",
            "comment", "comments", "remark", "remarks", "answer", "answers", "plan", "plans", "hope", "hopes",
            "fear", "fears", "doubt", "doubts", "promise", "promises", "demand", "demands", "point",
            "estimate", "estimates", "tweet", "tweets", "reply", "replies", "counter", "counters", "wish",
            "wishes", "mention", "mentions", "concern", "want", "wants", "post", "posted", "warning",
            "writing", "thinking", "feeling", "saying", "reporting", "calling", "continue", "continued",
            "continues", "consider", "considered", "know", "knows", "knew", "feel", "felt", "expected",
            "planned", "intended", "maintain", "maintained", "add", "thought", "estimated", "sought", "seek",
            "seeks", "describe", "described", "praised", "agree", "agreed", "observed", "recommended",
            "proposed", "predicted", "worried", "wanted", "hoped", "feared", "suspected", "expect", "expects");

    /** Verbs that take the hearer as an object before the content ("told reporters that"). */
    static final Set<String> TELL_VERBS = set(
            "told", "tell", "tells", "telling", "asked", "ask", "asks", "informed", "assured", "warned",
            "urged", "reminded", "promised", "advised");

    static final Set<String> PREPOSITIONS = set(
            "in", "on", "at", "during", "via", "through", "to", "with", "after", "before", "last", "this",
            "earlier", "when", "while", "from", "by", "for", "about", "over", "later", "on", "then", "again",
            "once", "recently", "late", "early", "yesterday", "today", "also", "publicly", "repeatedly");

    /** Connectives that open a sentence without belonging to its content. */
    static final Set<String> CONNECTIVES = set(
            "however", "moreover", "furthermore", "meanwhile", "also", "still", "so", "thus", "indeed",
            "nevertheless", "and", "but", "besides", "therefore", "recall", "additionally", "instead");

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static boolean looksLikeNationality(String word) {
        return isCapitalized(word) && (word.endsWith("an") || word.endsWith("ish") || word.endsWith("ese")
                || word.endsWith("ic") || word.endsWith("i"));
    }

    /** A set from a word list that may repeat words. */
    private static Set<String> set(String... words) {
        // a hash set a quarter full, not Set.copyOf: its look-ups divide and compare strings on every
        // probe, and these sets are asked about nearly every token
        Set<String> s = new java.util.HashSet<>(4 * words.length);
        s.addAll(java.util.Arrays.asList(words));
        return java.util.Collections.unmodifiableSet(s);
    }
}
