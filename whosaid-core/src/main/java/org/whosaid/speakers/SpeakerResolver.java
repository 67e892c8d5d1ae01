package org.whosaid.speakers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.whosaid.model.Entity;
import org.whosaid.model.EntityKind;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.quotes.Attribution;
import org.whosaid.structure.Structure;
import org.whosaid.syntax.NameTagger;
import org.whosaid.syntax.NameTagger.NameKind;
import org.whosaid.text.Sentence;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;
import org.whosaid.text.TokenKind;

/**
 * Resolves each attribution's source mention to an entity of the article. Names are found across
 * the body text (titles and role words before them become descriptors), typed as person,
 * organisation or group from word lists and the {@link NameTagger}, and grouped by surname;
 * pronouns go to the person who spoke in the same or the previous sentence, else to the most
 * recent fitting entity ("he" and "she" to a person not of the other
 * gender by {@link FirstNameGenders}, never to a source that names no one: a common noun phrase,
 * or one word the name tagger does not read as a person's); role nouns ("the analyst", "the head of the White
 * House") go to the most recent person whose descriptors fit the role's class and nationality;
 * plural nouns become groups. Stateless and thread-safe.
 */
public final class SpeakerResolver {

    private static final java.util.regex.Pattern WORD_SEPARATORS = java.util.regex.Pattern.compile("[\\s-]+");
    private static final java.util.regex.Pattern ROLE_SEPARATORS = java.util.regex.Pattern.compile("[\\s,’'-]+");

    /** Speakers per attribution (null where unresolvable) and the entities they refer to. */
    public record Resolution(List<Speaker> speakers, List<Entity> entities) {
    }

    /** Asks {@link #names} what kind of entity a name is; null: word lists only. */
    private final NameTagger names;
    /** Which first names "he" and "she" may refer to; null: any person. */
    private final FirstNameGenders genders;

    /** A resolver with the bundled name tagger and first-name genders. */
    public SpeakerResolver() {
        this(NameTagger.bundled(), FirstNameGenders.bundled());
    }

    /**
     * A resolver that asks {@code names} whether a name is an organisation's or a place's (null: it
     * decides from its word lists alone), and {@code genders} whether "he" or "she" can refer to a
     * person (null: the most recent person, whoever it is).
     */
    public SpeakerResolver(NameTagger names, FirstNameGenders genders) {
        this.names = names;
        this.genders = genders;
    }

    public Resolution resolve(TextLayer layer, Structure structure, List<Attribution> attributions) {
        return resolve(layer, structure, attributions, List.of());
    }

    /**
     * As {@link #resolve(TextLayer, Structure, List)}, with the article's authors (from metadata),
     * to whom first-person sources ("I wrote", "I believe") outside quotations resolve.
     */
    public Resolution resolve(TextLayer layer, Structure structure, List<Attribution> attributions,
            List<String> authors) {
        return new Run(layer, structure, authors, names, genders).resolve(attributions);
    }

    /** A mention of an entity at a position, for recency. */
    private record Mention(int position, EntityBuilder entity) {
    }

    private static final class EntityBuilder {
        String name;
        EntityKind kind;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> descriptors = new LinkedHashSet<>();
        int firstSeen;
        boolean speaks;
        /** A country or city: a speaker only as its government, never a pronoun's antecedent. */
        boolean place;
        /** Seen only as one capitalised word: not an antecedent unless it speaks. */
        boolean weak;
        /**
         * Made from a source phrase that names no one and describes no person ("upscale areas",
         * "the website"): a speaker, but never what "he" or "she" refers to.
         */
        boolean commonNoun;
        /** For a one-word name, whether the name tagger read it as a person's (null: not asked yet). */
        Boolean taggedPerson;

        EntityBuilder(String name, EntityKind kind, int firstSeen) {
            rename(name);
            this.kind = kind;
            this.firstSeen = firstSeen;
            aliases.add(name);
        }

        /** Lower-cased last word of the canonical name, kept in step with {@link #rename}. */
        String surname;

        String surname() {
            return surname;
        }

        void rename(String newName) {
            name = newName;
            int sp = newName.lastIndexOf(' ');
            surname = (sp < 0 ? newName : newName.substring(sp + 1)).toLowerCase(Locale.ROOT);
        }

        String nationality() {
            for (String d : descriptors) {
                for (String w : WORD_SEPARATORS.split(d)) {
                    String k = Lexicon.nationalityKey(w);
                    if (k != null) {
                        return k;
                    }
                }
            }
            return null;
        }

        RoleClass roleClass() {
            RoleClass c = RoleClass.UNKNOWN;
            for (String d : descriptors) {
                RoleClass dc = RoleClass.of(d);
                if (dc == RoleClass.EXPERT) {
                    return dc;
                }
                if (dc != RoleClass.UNKNOWN) {
                    c = dc;
                }
            }
            return c;
        }
    }

    private enum RoleClass {
        POLITICAL, EXPERT, UNKNOWN;

        static RoleClass of(String phrase) {
            String p = phrase.toLowerCase(Locale.ROOT);
            boolean political = false;
            for (String w : ROLE_SEPARATORS.split(p)) {
                if (Lexicon.EXPERT_WORDS.contains(w)) {
                    return EXPERT;
                }
                if (Lexicon.POLITICAL_WORDS.contains(w)) {
                    political = true;
                }
            }
            return political ? POLITICAL : UNKNOWN;
        }
    }

    private static final class Run {
        /** Marks an entry of {@link #classes} as computed, so that a word on no list is not looked up again. */
        private static final int KNOWN = 1 << 30;
        /** Stands in {@link #nationalities} for "no nationality", as null there means "not computed yet". */
        private static final String NO_NATIONALITY = new String("-");
        final String text;
        final TextLayer layer;
        final Structure structure;
        final List<Token> tokens;
        final List<EntityBuilder> entities = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, EntityBuilder> byKey = new LinkedHashMap<>();
        /** The person entities in order of creation (a kind never changes), each with its surname's {@link #shape}. */
        final List<EntityBuilder> persons = new ArrayList<>();
        int[] surnameShapes = new int[16];

        /** Who "I" is outside quotations: the byline or metadata author, else "the author". */
        final String author;

        /** Per token: {@link Lexicon#classes} of its lower-cased form plus {@link #KNOWN}, or 0 until needed. */
        final int[] classes;
        /** Per token: its nationality key, {@link #NO_NATIONALITY} for none, or null until needed. */
        final String[] nationalities;

        /** The person who spoke last, in text order of the sources resolved so far, and where. */
        EntityBuilder lastSpeaker;
        int lastSpeakerAt;

        /** The name tagger, or null. */
        final NameTagger names;
        /** First-name genders, or null. */
        final FirstNameGenders genders;

        Run(TextLayer layer, Structure structure, List<String> authors, NameTagger names, FirstNameGenders genders) {
            this.names = names;
            this.genders = genders;
            this.layer = layer;
            this.text = layer.text();
            this.structure = structure;
            this.tokens = layer.tokens();
            this.author = authorName(authors);
            this.classes = new int[tokens.size()];
            this.nationalities = new String[tokens.size()];
        }

        private String authorName(List<String> authors) {
            if (!authors.isEmpty() && !authors.get(0).isBlank()) {
                return authors.get(0).strip();
            }
            for (org.whosaid.model.Block b : structure.blocks()) {
                if (b.kind() == org.whosaid.model.BlockKind.BYLINE) {
                    String line = b.span().of(text).strip();
                    return line.regionMatches(true, 0, "by ", 0, 3) ? line.substring(3).strip() : line;
                }
            }
            return "the author";
        }

        Resolution resolve(List<Attribution> attributions) {
            scanNames();
            // resolve in text order of the source mention, so that each resolution is a mention
            Integer[] order = new Integer[attributions.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> Integer.compare(mentionPos(attributions.get(x)), mentionPos(attributions.get(y))));
            Speaker[] speakers = new Speaker[attributions.size()];
            Map<Span, EntityBuilder> resolvedMentions = new LinkedHashMap<>();
            for (int idx : order) {
                Attribution at = attributions.get(idx);
                Span src = at.source();
                if (src == null) {
                    continue;
                }
                EntityBuilder e = resolvedMentions.get(src);
                if (e == null) {
                    e = resolveMention(src);
                    if (e != null) {
                        resolvedMentions.put(src, e);
                        addMention(new Mention(src.start(), e));
                    }
                }
                if (e != null) {
                    e.speaks = true;
                    if (e.kind == EntityKind.PERSON) {
                        lastSpeaker = e;
                        lastSpeakerAt = src.start();
                    }
                    speakers[idx] = new Speaker(e.name, src.of(text), src, null);
                } else {
                    speakers[idx] = new Speaker(clean(src.of(text)), src.of(text), src, null);
                }
            }
            // number the entities that speak, in order of first appearance
            List<EntityBuilder> speaking = new ArrayList<>();
            for (EntityBuilder e : entities) {
                if (e.speaks) {
                    speaking.add(e);
                }
            }
            speaking.sort((x, y) -> Integer.compare(x.firstSeen, y.firstSeen));
            Map<EntityBuilder, String> ids = new LinkedHashMap<>();
            List<Entity> out = new ArrayList<>();
            for (EntityBuilder e : speaking) {
                String id = "e" + (ids.size() + 1);
                ids.put(e, id);
                List<String> aliases = new ArrayList<>(e.aliases);
                out.add(new Entity(id, e.name, e.kind, aliases, new ArrayList<>(e.descriptors)));
            }
            List<Speaker> result = new ArrayList<>(speakers.length);
            for (int i = 0; i < speakers.length; i++) {
                Speaker s = speakers[i];
                if (s == null) {
                    result.add(null);
                    continue;
                }
                EntityBuilder e = resolvedMentions.get(s.span());
                result.add(e == null ? s : new Speaker(s.name(), s.mention(), s.span(), ids.get(e)));
            }
            return new Resolution(result, out);
        }

        private static int mentionPos(Attribution a) {
            return a.source() == null ? Integer.MAX_VALUE : a.source().start();
        }

        // ------------------------------------------------------------ names in the text

        /** Finds capitalised name sequences in body text and registers them as entity mentions. */
        private void scanNames() {
            int n = tokens.size();
            int i = 0;
            while (i < n) {
                Token t = tokens.get(i);
                if (!isNameToken(i) || !structure.carriesSpeech(t.start())) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && (isNameToken(j) || isNameJoiner(j) && j + 1 < n && isNameToken(j + 1)
                        && tokens.get(j + 1).start() - tokens.get(j).end() <= 1)
                        && (j == i || !newlineBetween(j - 1, j))) {
                    j++;
                }
                registerName(i, j);
                i = Math.max(j, i + 1);
            }
        }

        private boolean newlineBetween(int a, int b) {
            return org.whosaid.text.QuotePairer.containsNewline(text, tokens.get(a).end(), tokens.get(b).start());
        }

        private boolean isNameToken(int i) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD) {
                return false;
            }
            char c = text.charAt(t.start());
            if (!Character.isUpperCase(c)) {
                // "al-Shafi", "el-Sisi": particles inside names
                return (c == 'a' || c == 'e') && t.length() > 3 && text.charAt(t.start() + 1) == 'l'
                        && text.charAt(t.start() + 2) == '-';
            }
            return true;
        }

        private boolean isNameJoiner(int i) {
            if (tokens.get(i).length() > 3) {
                return false;
            }
            String w = layer.lower(i);
            return w.equals("bin") || w.equals("de") || w.equals("van") || w.equals("von") || w.equals("al")
                    || w.equals("of") || w.equals("da") || w.equals("du") || w.equals("la") || w.equals("le");
        }

        private void registerName(int a, int b) {
            // drop sentence-initial function words and trailing "of"
            int s = a;
            while (s < b && is(s, Lexicon.NAME_STOPWORD)) {
                s++;
            }
            int e = b;
            while (e > s && isNameJoiner(e - 1)) {
                e--;
            }
            if (s >= e) {
                return;
            }
            // split off titles: "US President Donald Trump" -> descriptor + name
            int nameStart = s;
            boolean orgName = e - s == 1 ? is(s, Lexicon.PLACE)
                    : e - s <= 3 && Lexicon.PLACES.contains(span(s, e).of(text).toLowerCase(Locale.ROOT));
            for (int k = s; k < e && !orgName; k++) {
                orgName = is(k, Lexicon.ORG_WORD);
            }
            while (!orgName && nameStart < e && (is(nameStart, Lexicon.TITLE)
                    || is(nameStart, Lexicon.ROLE_NOUN) && nameStart + 2 <= e - 1
                    || nameStart + 1 < e && nationality(nameStart) != null)) {
                nameStart++;
            }
            if (nameStart >= e || e - nameStart == 1 && is(nameStart, Lexicon.TITLE | Lexicon.ROLE_NOUN)) {
                return; // only titles: "Permanent Representative", "Prime Minister"
            }
            if (isNameJoiner(nameStart)) {
                return; // "Permanent Representative of Syria": a role, not a name
            }
            if (e - nameStart == 1 && !is(nameStart, Lexicon.GROUP_NOUN | Lexicon.PLACE)
                    && (nationality(nameStart) != null || lower(nameStart).endsWith("ic"))) {
                return; // "American", "Swedish", "Islamic": adjectives, not names
            }
            String descriptor = nameStart > s ? span(s, nameStart).of(text) : null;
            String lowerRole = roleBefore(s);
            String name = span(nameStart, e).of(text);
            String key = name.toLowerCase(Locale.ROOT);
            EntityKind kind = kindOf(nameStart, e, key);
            if (kind == null) {
                return;
            }
            boolean personShaped = kind == EntityKind.PERSON;
            boolean known = byKey.containsKey(key) || knownSurname(name);
            if (e - nameStart == 1 && !known && sentenceInitial(nameStart)) {
                return; // a capitalised first word is only a name when the article names it elsewhere
            }
            EntityBuilder entity = lookup(name, key, kind, personShaped, nameStart);
            if (entity == null) {
                return;
            }
            if (kind == EntityKind.PERSON && e - nameStart == 1 && !known && descriptor == null && lowerRole == null) {
                entity.weak = true; // one capitalised word: a name only if it speaks or is named in full later
            } else if (e - nameStart > 1 || descriptor != null || lowerRole != null) {
                entity.weak = false;
            }
            if (descriptor != null) {
                entity.descriptors.add(descriptor);
            }
            if (lowerRole != null) {
                entity.descriptors.add(lowerRole);
            }
            addMention(new Mention(tokens.get(nameStart).start(), entity));
        }

        /** Keeps {@link #mentions} sorted by position, so that scanning backwards finds the most recent. */
        private void addMention(Mention m) {
            int i = mentions.size();
            while (i > 0 && mentions.get(i - 1).position > m.position) {
                i--;
            }
            mentions.add(i, m);
        }

        /** The nationality key of token {@code i}, without copying its text; computed once per token. */
        private String nationality(int i) {
            String k = nationalities[i];
            if (k == null) {
                k = Lexicon.nationalityKey(lower(i), Character.isUpperCase(text.charAt(tokens.get(i).start())));
                nationalities[i] = k == null ? NO_NATIONALITY : k;
            }
            return k == NO_NATIONALITY ? null : k;
        }

        /** Whether token {@code i} is on any of the word lists in {@code bits} (see {@link Lexicon#classes}). */
        private boolean is(int i, int bits) {
            int c = classes[i];
            if (c == 0) {
                c = Lexicon.classes(lower(i)) | KNOWN;
                classes[i] = c;
            }
            return (c & bits) != 0;
        }

        private boolean sentenceInitial(int i) {
            return layer.sentences().get(layer.sentenceAt(tokens.get(i).start())).firstToken() == i;
        }

        private boolean knownSurname(String name) {
            for (int k = 0; k < persons.size(); k++) {
                // equalsIgnoreCase needs equal lengths: check that on the shape before touching the entity
                if (mayHaveLength(surnameShapes[k], name.length()) && persons.get(k).surname().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        /** Stands for any length of 0xFFFF and more in a {@link #shape}. */
        private static final int LONG = 0xFFFF;

        /** A surname's length (at most {@link #LONG}) and first character in one int, for {@link #surnameShapes}. */
        private static int shape(String surname) {
            return surname.isEmpty() ? 0 : Math.min(surname.length(), LONG) << 16 | surname.charAt(0);
        }

        private static boolean mayHaveLength(int shape, int length) {
            int l = shape >>> 16;
            return l == length || l == LONG && length >= LONG;
        }

        /**
         * Whether a surname of shape {@code other} can equal {@code surname} or be
         * {@link #similarSurname similar} to it: same first character, and the same length or both
         * at least six long and one apart.
         */
        private static boolean mayMatchSurname(int other, String surname) {
            int length = other >>> 16;
            if (surname.isEmpty() || length == 0) {
                return length == surname.length();
            }
            if ((other & 0xFFFF) != surname.charAt(0)) {
                return false;
            }
            return length == LONG || length == surname.length()
                    || length >= 6 && surname.length() >= 6 && Math.abs(length - surname.length()) <= 1;
        }

        /** Whether a one-token name is written in capitals only (CIA, RT, IS): an organisation. */
        private boolean isAcronym(Token t) {
            if (t.length() < 2 || !Character.isLetter(text.charAt(t.start()))) {
                return false;
            }
            for (int k = t.start(); k < t.end(); k++) {
                char c = text.charAt(k);
                if (c >= 128) {
                    String only = t.text(text); // rare: let the JDK decide what upper case means
                    return only.equals(only.toUpperCase(Locale.ROOT));
                }
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
            }
            return true;
        }

        /** Lower-case role words right before a name: "political analyst Alexander Asafov". */
        private String roleBefore(int nameStart) {
            int k = nameStart - 1;
            if (k < 0 || !(is(k, Lexicon.ROLE_NOUN) || looksLikeRoleNoun(k))) {
                return null;
            }
            int s = k;
            while (s - 1 >= 0 && s > k - 3 && tokens.get(s - 1).kind() == TokenKind.WORD
                    && !is(s - 1, Lexicon.NAME_STOPWORD) && !lower(s - 1).equals("the")) {
                s--;
            }
            return span(s, k + 1).of(text);
        }

        /** The kind of entity tokens {@code [a, b)} name; {@code lowerName} is their text lower-cased. */
        private EntityKind kindOf(int a, int b, String lowerName) {
            for (int k = a; k < b; k++) {
                if (is(k, Lexicon.ORG_WORD)) {
                    return EntityKind.ORGANIZATION;
                }
            }
            if (Lexicon.PLACES.contains(lowerName) || lowerName.startsWith("the ") && Lexicon.PLACES.contains(lowerName.substring(4))) {
                return EntityKind.ORGANIZATION;
            }
            if (b - a == 1 && isAcronym(tokens.get(a))) {
                return EntityKind.ORGANIZATION; // an acronym: CIA, RT, IS
            }
            if (b - a >= 2 && b - a <= 4) {
                // a nationality before a place ("Syrian Idlib") names no one
                if (b - a == 2 && is(a + 1, Lexicon.PLACE) && nationality(a) != null) {
                    return null;
                }
                EntityBuilder seen = byKey.get(lowerName);
                if (seen != null) {
                    return seen.kind; // the first mention decided, and the tagger need not run again
                }
                NameKind tagged = taggedKind(a, b);
                if (tagged == NameKind.ORGANIZATION || tagged == NameKind.LOCATION) {
                    return EntityKind.ORGANIZATION; // "Wells Fargo", "New Mexico": no "he" or "she" refers to them
                }
                return EntityKind.PERSON;
            }
            if (b - a == 1) {
                String w = lower(a);
                boolean plural = w.endsWith("s") && !w.endsWith("ss") && a > 0 && lower(a - 1).equals("the");
                if (is(a, Lexicon.GROUP_NOUN) || plural) {
                    return EntityKind.GROUP; // "Americans", "the Kurds"
                }
                return EntityKind.PERSON; // a surname, or dropped later if it never speaks
            }
            return null;
        }

        /** Words of context the name tagger reads on each side of a name (its features look two ahead). */
        private static final int TAG_CONTEXT_BEFORE = 4;
        private static final int TAG_CONTEXT_AFTER = 2;

        /**
         * The name tagger's kind for tokens {@code [a, b)} when every word of a name of two words or
         * more gets it (organisation and place count as one), else {@code NONE}: the tagger reads
         * little context, so one word ("Mike" in "Mike Pence said") or a lone surname is often
         * tagged wrong, while a whole name tagged alike rarely is. Only the name and a few words
         * around it within its sentence are tagged: all the tagger's features look at (bar the tags
         * before), for less than tagging the whole sentence.
         */
        private NameKind taggedKind(int a, int b) {
            if (names == null || b - a < 2 || layer.sentences().isEmpty()) {
                return NameKind.NONE;
            }
            NameKind[] kinds = tagAround(a, b);
            NameKind first = kinds[0];
            for (int k = 1; k < kinds.length; k++) {
                NameKind kind = kinds[k];
                if (kind != first && !(place(first) && place(kind))) {
                    return NameKind.NONE;
                }
            }
            return first;
        }

        /**
         * Whether a one-word entity ("Husted", but not "Today" or "Progress") is a person's name by
         * the name tagger at its first mention; true for longer names and without a tagger.
         */
        private boolean personWord(EntityBuilder e) {
            if (names == null || e.name.indexOf(' ') >= 0) {
                return true;
            }
            if (e.taggedPerson == null) {
                int k = layer.tokenAtOrAfter(e.firstSeen);
                if (k >= tokens.size() || layer.sentences().isEmpty()) {
                    return true;
                }
                e.taggedPerson = tagAround(k, k + 1)[0] == NameKind.PERSON;
            }
            return e.taggedPerson;
        }

        /**
         * The name tagger's kinds for tokens {@code [a, b)}, tagging them with a few words of
         * context within their sentence (a name may run past its sentence's end, a split before
         * "Jr.": it is kept whole).
         */
        private NameKind[] tagAround(int a, int b) {
            Sentence s = layer.sentences().get(layer.sentenceAt(tokens.get(a).start()));
            int from = Math.min(a, Math.max(s.firstToken(), a - TAG_CONTEXT_BEFORE));
            int to = Math.min(tokens.size(), Math.max(b, Math.min(s.endToken(), b + TAG_CONTEXT_AFTER)));
            List<String> words = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                words.add(layer.tokenText(k));
            }
            return java.util.Arrays.copyOfRange(names.tag(words), a - from, b - from);
        }

        /** Organisations and places are one kind of speaker here ("Wells Fargo" may come out as either). */
        private static boolean place(NameKind kind) {
            return kind == NameKind.ORGANIZATION || kind == NameKind.LOCATION;
        }

        /** Finds or creates the entity for a name; surnames join the full name they belong to. */
        private EntityBuilder lookup(String name, EntityKind kind, boolean person, int pos) {
            return lookup(name, name.toLowerCase(Locale.ROOT), kind, person, pos);
        }

        /** As {@link #lookup(String, EntityKind, boolean, int)}, with the name already lower-cased as {@code key}. */
        private EntityBuilder lookup(String name, String key, EntityKind kind, boolean person, int pos) {
            EntityBuilder e = byKey.get(key);
            if (e != null) {
                return e;
            }
            if (person) {
                int sp = key.lastIndexOf(' ');
                String surname = sp < 0 ? key : key.substring(sp + 1);
                for (int k = 0; k < persons.size(); k++) {
                    if (!mayMatchSurname(surnameShapes[k], surname)) {
                        continue;
                    }
                    EntityBuilder other = persons.get(k);
                    String os = other.surname();
                    if (os.equals(surname) || similarSurname(os, surname)) {
                        if (wordCount(name) > wordCount(other.name)) {
                            other.rename(name); // the fuller name becomes canonical
                            surnameShapes[k] = shape(other.surname());
                        }
                        other.aliases.add(name);
                        byKey.put(key, other);
                        return other;
                    }
                }
            }
            e = new EntityBuilder(name, kind, tokenStart(pos));
            String bare = key.startsWith("the ") ? key.substring(4) : key;
            e.place = Lexicon.PLACES.contains(bare);
            entities.add(e);
            if (e.kind == EntityKind.PERSON) {
                if (persons.size() == surnameShapes.length) {
                    surnameShapes = java.util.Arrays.copyOf(surnameShapes, 2 * surnameShapes.length);
                }
                surnameShapes[persons.size()] = shape(e.surname());
                persons.add(e);
            }
            byKey.put(key, e);
            return e;
        }

        private static int wordCount(String s) {
            int n = 1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ' ') {
                    n++;
                }
            }
            return n;
        }

        /** Transliteration variants of one surname: Jaafari / Jafari, Leuven / Lofven. */
        private static boolean similarSurname(String a, String b) {
            if (a.length() < 6 || b.length() < 6 || a.charAt(0) != b.charAt(0)) {
                return false;
            }
            return editDistanceAtMost1(a, b);
        }

        private static boolean editDistanceAtMost1(String a, String b) {
            if (Math.abs(a.length() - b.length()) > 1) {
                return false;
            }
            int i = 0;
            int j = 0;
            int edits = 0;
            while (i < a.length() && j < b.length()) {
                if (a.charAt(i) == b.charAt(j)) {
                    i++;
                    j++;
                    continue;
                }
                if (++edits > 1) {
                    return false;
                }
                if (a.length() > b.length()) {
                    i++;
                } else if (a.length() < b.length()) {
                    j++;
                } else {
                    i++;
                    j++;
                }
            }
            return edits + (a.length() - i) + (b.length() - j) <= 1;
        }

        // ------------------------------------------------------------ source mentions

        private EntityBuilder resolveMention(Span src) {
            int a = layer.tokenAtOrAfter(src.start());
            int b = a;
            while (b < tokens.size() && tokens.get(b).end() <= src.end()) {
                b++;
            }
            if (a >= b) {
                return null;
            }
            String first = lower(a);
            if (b - a == 1 && is(a, Lexicon.PRONOUN_SINGULAR_PERSON)) {
                FirstNameGenders.Gender gender = FirstNameGenders.pronounGender(first);
                EntityBuilder previous = previousSpeaker(src.start(), gender);
                return previous != null ? previous : recentPerson(src.start(), null, null, gender);
            }
            if (b - a == 1 && is(a, Lexicon.PRONOUN_PLURAL)) {
                return recentGroupOrOrg(src.start());
            }
            if (b - a == 1 && is(a, Lexicon.PRONOUN_THING)) {
                return recentOfKind(src.start(), EntityKind.ORGANIZATION);
            }
            if (b - a == 1 && (first.equals("i") || first.equals("me") || first.equals("we") || first.equals("us"))) {
                return lookup(author, EntityKind.PERSON, false, a); // the writer of an op-ed or column
            }
            if (b - a == 1 && first.equals("who")) {
                return recentAny(src.start());
            }
            if (b - a > 1 && first.equals("whose")) {
                // "countries whose authorities refused": the speakers are the authorities
                return resolveMention(new Span(tokens.get(a + 1).start(), src.end()));
            }
            EntityBuilder handle = handleInside(a, b, src);
            if (handle != null) {
                return handle;
            }
            String phrase = src.of(text);
            String head = roleHead(a, b);
            if (first.equals("my") || first.equals("our")) {
                // "my father", "our reporter": the writer's own, not the last person named
                return lookup(clean(phrase), EntityKind.PERSON, false, a);
            }
            // names after "of" in a role phrase describe the role: "the head of the White House"
            Span searchIn = src;
            if (head != null && !phrase.contains(",")) {
                int of = phrase.indexOf(" of ");
                if (of >= 0) {
                    searchIn = new Span(src.start(), src.start() + of);
                }
            }
            // a name inside the mention (possibly with an appositive): "the Permanent Representative ..., Bashar Jaafari"
            EntityBuilder named = nameInside(a, b, searchIn, src);
            if (named != null) {
                return named;
            }
            // a role noun phrase: "the analyst", "the head of the White House"
            if (head != null) {
                EntityBuilder e = recentPerson(src.start(), head, phrase, null);
                if (e != null) {
                    e.aliases.add(clean(phrase));
                    e.descriptors.add(stripDeterminer(clean(phrase)));
                    return e;
                }
            }
            // a group: "experts", "specialists of the center"
            String last = groupHead(a, b);
            if (last != null) {
                String name = stripDeterminer(clean(phrase));
                return lookup(name, EntityKind.GROUP, false, a);
            }
            // anything else short and nominal becomes an entity of its own: "O’Malley’s campaign", "the ministry"
            if (b - a <= 8 && tokens.get(a).kind() == TokenKind.WORD && !is(a, Lexicon.PRONOUN_PLURAL)
                    && !first.equals("i") && !first.equals("you") && !first.equals("this") && !first.equals("that")) {
                String name = stripDeterminer(clean(phrase));
                EntityKind kind = EntityKind.PERSON;
                for (int k = a; k < b; k++) {
                    if (is(k, Lexicon.ORG_WORD)) {
                        kind = EntityKind.ORGANIZATION;
                    }
                }
                if (kind == EntityKind.PERSON && (head == null || phrase.contains("’s") || phrase.contains("'s"))) {
                    kind = possessiveOrg(a, b) ? EntityKind.ORGANIZATION : kind;
                }
                if (kind == EntityKind.PERSON && pluralCommonNoun(b - 1)) {
                    kind = EntityKind.GROUP; // "European countries", "some voters": many, not one person
                }
                EntityBuilder e = lookup(name, kind, false, a);
                e.weak = true;
                boolean personNoun = head != null && (Lexicon.ROLE_NOUNS.contains(head) || Lexicon.TITLES.contains(head));
                if (!personNoun && name.chars().noneMatch(Character::isUpperCase)) {
                    e.commonNoun = true;
                }
                return e;
            }
            return null;
        }

        /** A lower-case word that looks plural ("countries", "voters"; not "news", "status", "analysis"). */
        private boolean pluralCommonNoun(int k) {
            Token t = tokens.get(k);
            if (t.kind() != TokenKind.WORD || Character.isUpperCase(text.charAt(t.start()))) {
                return false;
            }
            String w = lower(k);
            return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                    && !w.equals("news");
        }

        /**
         * A social-media handle names whoever speaks: "one Twitter user @harbourwatch" is
         * {@code @harbourwatch}, not the platform; null when the mention has no handle.
         */
        private EntityBuilder handleInside(int a, int b, Span src) {
            for (int k = a; k + 1 < b; k++) {
                Token at = tokens.get(k);
                Token word = tokens.get(k + 1);
                if (at.length() == 1 && text.charAt(at.start()) == '@' && word.start() == at.end()
                        && word.kind() == TokenKind.WORD) {
                    EntityBuilder e = lookup(span(k, k + 2).of(text), EntityKind.PERSON, false, k);
                    String rest = clean(new Span(src.start(), at.start()).of(text)).strip();
                    if (!rest.isEmpty()) {
                        e.descriptors.add(stripDeterminer(rest));
                    }
                    addMention(new Mention(at.start(), e));
                    return e;
                }
            }
            return null;
        }

        /** "O’Malley’s campaign", "Trump’s office": a possessive name before a non-person noun. */
        private boolean possessiveOrg(int a, int b) {
            for (int k = a; k + 1 < b; k++) {
                if (lower(k).equals("’s") || lower(k).equals("'s")) {
                    return !is(b - 1, Lexicon.ROLE_NOUN);
                }
            }
            return false;
        }

        private EntityBuilder nameInside(int a, int b, Span searchIn, Span src) {
            EntityBuilder best = null;
            int bestPos = -1;
            for (Mention m : mentions) {
                if (m.position >= searchIn.start() && m.position < searchIn.end() && !possessive(m.position)) {
                    // prefer the first-named person ("X, head of Y"), else the last-named organisation
                    // ("a poll published by Pew Research Center")
                    if (best == null || m.entity.kind == EntityKind.PERSON && best.kind != EntityKind.PERSON
                            || m.entity.kind == best.kind && best.kind != EntityKind.PERSON && m.position > bestPos) {
                        best = m.entity;
                        bestPos = m.position;
                    }
                }
            }
            if (best != null) {
                // the rest of an appositive mention describes the entity
                String phrase = src.of(text);
                int comma = phrase.indexOf(',');
                if (comma < 0 && best.kind == EntityKind.ORGANIZATION && !best.aliases.contains(clean(phrase))) {
                    best.descriptors.add(stripDeterminer(clean(phrase))); // "a new X national poll": "the poll" later
                }
                if (comma > 0) {
                    for (String part : phrase.split(",")) {
                        String p = stripDeterminer(part.strip());
                        if (!p.isEmpty() && !best.aliases.contains(p) && !containsAlias(p, best)) {
                            best.descriptors.add(p);
                        }
                    }
                }
            }
            return best;
        }

        /** Whether the name starting at {@code position} is followed by 's ("Okafor's rival"). */
        private boolean possessive(int position) {
            int k = layer.tokenAtOrAfter(position);
            while (k < tokens.size() && isNameToken(k)) {
                k++;
            }
            return k < tokens.size() && (lower(k).equals("'s") || lower(k).equals("’s"));
        }

        private boolean containsAlias(String phrase, EntityBuilder e) {
            for (String alias : e.aliases) {
                if (phrase.contains(alias)) {
                    return true;
                }
            }
            return false;
        }

        /** A lower-case common noun right before a name ("engineer Tomasz Brandt"), by shape. */
        private boolean looksLikeRoleNoun(int k) {
            Token t = tokens.get(k);
            String w = lower(k);
            if (!(t.kind() == TokenKind.WORD && Character.isLowerCase(text.charAt(t.start())) && w.length() > 3
                    && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly") && !w.endsWith("s")
                    && !is(k, Lexicon.NAME_STOPWORD) && !ROLE_STOP.contains(w)) || k == 0) {
                return false;
            }
            // only inside a noun phrase: "Civil engineer X", "the engineer X", "Harbour's engineer X",
            // never after a verb or auxiliary ("would choose Clinton")
            String prev = lower(k - 1);
            Token p = tokens.get(k - 1);
            return prev.equals("a") || prev.equals("an") || prev.equals("the") || prev.equals("’s") || prev.equals("'s")
                    || p.kind() == TokenKind.WORD && Character.isUpperCase(text.charAt(p.start()));
        }

        private static final Set<String> ROLE_STOP = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(List.of("that", "than", "with", "from", "into", "about", "said",
                "says", "told", "when", "then", "also", "where", "which", "while", "what", "because", "after",
                "before", "like", "over", "upon", "under", "wrote", "noted", "added", "asked", "against", "during",
                "since", "until", "whom", "whose", "both", "between", "among", "toward", "towards", "across",
                "behind", "beyond", "near", "even", "just", "only", "very", "more", "most", "much", "many")));

        /** The role word of a mention like "the analyst", "the head of the White House", or null. */
        private String roleHead(int a, int b) {
            // "the engineer", "the new coach": a determiner and lower-case words
            if (b - a >= 2 && b - a <= 4 && (lower(a).equals("the") || lower(a).equals("this"))) {
                boolean allLower = true;
                for (int k = a + 1; k < b; k++) {
                    allLower &= tokens.get(k).kind() == TokenKind.WORD && Character.isLowerCase(text.charAt(tokens.get(k).start()));
                }
                if (allLower && !is(b - 1, Lexicon.ROLE_NOUN | Lexicon.GROUP_NOUN)) {
                    return lower(b - 1);
                }
            }
            for (int k = a; k < b; k++) {
                String w = lower(k);
                if (w.equals("of") || w.equals(",")) {
                    break;
                }
                if (is(k, Lexicon.ROLE_NOUN) || is(k, Lexicon.TITLE) && is(k, Lexicon.POLITICAL)) {
                    // the last role word before "of": "Permanent Representative", "American leader"
                    int e = k;
                    while (e + 1 < b && is(e + 1, Lexicon.ROLE_NOUN | Lexicon.TITLE)) {
                        e++;
                    }
                    return lower(e);
                }
            }
            return null;
        }

        private String groupHead(int a, int b) {
            for (int k = a; k < b; k++) {
                if (is(k, Lexicon.GROUP_NOUN)) {
                    return lower(k);
                }
            }
            return null;
        }

        /**
         * The most recent person mentioned before {@code pos} that fits the role: same nationality
         * if the role names one, and a role class (political, expert) that does not contradict; and
         * for a pronoun, not of the other gender when the person's is known.
         */
        private EntityBuilder recentPerson(int pos, String roleHead, String phrase, FirstNameGenders.Gender gender) {
            RoleClass wanted = roleHead == null ? RoleClass.UNKNOWN : RoleClass.of(phrase);
            String nationality = null;
            if (phrase != null) {
                for (String w : WORD_SEPARATORS.split(phrase)) {
                    String k = Lexicon.nationalityKey(w);
                    if (k != null) {
                        nationality = k;
                        break;
                    }
                }
            }
            boolean knownRole = roleHead == null || Lexicon.ROLE_NOUNS.contains(roleHead) || Lexicon.TITLES.contains(roleHead);
            EntityBuilder fallback = null;
            Set<EntityBuilder> seen = new LinkedHashSet<>();
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                boolean candidateKind = m.entity.kind == EntityKind.PERSON || !knownRole && !m.entity.place;
                if (m.position >= pos || !candidateKind || m.entity.weak && !m.entity.speaks || !seen.add(m.entity)) {
                    continue;
                }
                EntityBuilder e = m.entity;
                if (roleHead == null && (e.commonNoun || !personWord(e))) {
                    continue;
                }
                if (roleHead == null) {
                    FirstNameGenders.Gender known = gender == null ? null : genderOf(e);
                    if (known != null && known != gender) {
                        continue; // "she" after "Donald Trump said": someone named before him
                    }
                    return e;
                }
                String en = e.nationality();
                if (nationality != null && en != null && !nationality.equals(en)) {
                    continue;
                }
                FirstNameGenders.Gender roleGender = roleGender(roleHead);
                FirstNameGenders.Gender known = roleGender == null ? null : genderOf(e);
                if (known != null && known != roleGender) {
                    continue; // "the spokeswoman" is not the man named last
                }
                for (String d : e.descriptors) {
                    if (d.toLowerCase(Locale.ROOT).contains(roleHead) && RoleClass.of(d) != RoleClass.EXPERT
                            == (wanted != RoleClass.EXPERT)) {
                        return e; // the article already called this person so
                    }
                }
                if (!knownRole) {
                    continue; // "the engineer" only for someone the article called an engineer
                }
                RoleClass have = e.roleClass();
                if (wanted != RoleClass.UNKNOWN && have != RoleClass.UNKNOWN && have != wanted) {
                    continue;
                }
                if (have == wanted || wanted == RoleClass.UNKNOWN) {
                    if (nationality == null || nationality.equals(en)) {
                        return e;
                    }
                }
                if (fallback == null) {
                    fallback = e;
                }
            }
            return knownRole ? fallback : null;
        }

        /**
         * Sentences back a pronoun looks for the last speaker: the same or the one before (on
         * PolNeAR, agreement with CoreNLP's coreference is best at 1, on train and on dev).
         */
        private static final int SPEAKER_REACH = 1;

        /**
         * The last person to speak, when they spoke within {@code SPEAKER_REACH} sentences before
         * {@code pos} and may be what the pronoun refers to: "X said ... about Y. He added" is
         * about X far more often than about Y, the name mentioned last.
         */
        private EntityBuilder previousSpeaker(int pos, FirstNameGenders.Gender gender) {
            if (lastSpeaker == null || layer.sentences().isEmpty()
                    || layer.sentenceAt(pos) - layer.sentenceAt(lastSpeakerAt) > SPEAKER_REACH) {
                return null;
            }
            EntityBuilder e = lastSpeaker;
            FirstNameGenders.Gender known = gender == null ? null : genderOf(e);
            if (e.commonNoun || !personWord(e) || known != null && known != gender) {
                return null;
            }
            return e;
        }

        /** Role nouns that say their holder's gender. */
        private static final Set<String> FEMALE_ROLES = Set.of("mother", "wife", "daughter", "sister", "woman",
                "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "grandmother", "actress", "queen",
                "girl", "aunt", "niece", "widow", "councilwoman");
        private static final Set<String> MALE_ROLES = Set.of("father", "husband", "son", "brother", "man",
                "spokesman", "chairman", "congressman", "businessman", "grandfather", "actor", "king", "boy", "uncle",
                "nephew", "widower", "councilman");

        private static FirstNameGenders.Gender roleGender(String roleHead) {
            return FEMALE_ROLES.contains(roleHead) ? FirstNameGenders.Gender.FEMALE
                    : MALE_ROLES.contains(roleHead) ? FirstNameGenders.Gender.MALE : null;
        }

        /** A person's gender from a first name in their name or a title ("Mrs."), or null. */
        private FirstNameGenders.Gender genderOf(EntityBuilder e) {
            if (genders == null) {
                return null;
            }
            // the first word of the name that the list knows, bar the last ("Crooked Hillary Clinton")
            String[] words = e.name.split(" ");
            for (int i = 0; i < words.length - 1; i++) {
                FirstNameGenders.Gender g = genders.of(words[i]);
                if (g != null) {
                    return g;
                }
            }
            for (String d : e.descriptors) {
                String lower = d.toLowerCase(Locale.ROOT);
                if (lower.startsWith("mr.") || lower.startsWith("mr ")) {
                    return FirstNameGenders.Gender.MALE;
                }
                if (lower.startsWith("mrs.") || lower.startsWith("ms.") || lower.startsWith("mrs ") || lower.startsWith("ms ")) {
                    return FirstNameGenders.Gender.FEMALE;
                }
            }
            return null;
        }

        private EntityBuilder recentGroupOrOrg(int pos) {
            EntityBuilder org = null;
            int sentence = layer.sentenceAt(pos);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.position >= pos || m.entity.kind == EntityKind.PERSON || m.entity.place) {
                    continue;
                }
                if (m.entity.kind == EntityKind.GROUP && layer.sentenceAt(m.position) >= sentence - 2) {
                    return m.entity;
                }
                if (org == null) {
                    org = m.entity;
                }
            }
            return org;
        }

        private EntityBuilder recentOfKind(int pos, EntityKind kind) {
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.position < pos && m.entity.kind == kind && !m.entity.place) {
                    return m.entity;
                }
            }
            return null;
        }

        private EntityBuilder recentAny(int pos) {
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.position < pos) {
                    return m.entity;
                }
            }
            return null;
        }

        // ------------------------------------------------------------ helpers

        private String lower(int i) {
            return layer.lower(i);
        }

        private int tokenStart(int i) {
            return tokens.get(i).start();
        }

        private Span span(int a, int b) {
            return new Span(tokens.get(a).start(), tokens.get(b - 1).end());
        }
    }

    /** Each run of whitespace as one space, ends stripped: {@code s.replaceAll("\\s+", " ").strip()} without a regex. */
    static String clean(String s) {
        StringBuilder b = null; // only once something changes
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < n && isRegexSpace(s.charAt(j))) {
                j++;
            }
            if (b == null && (c != ' ' || j - i > 1)) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null) {
                b.append(' ');
            }
            i = j - 1;
        }
        return (b == null ? s : b.toString()).strip();
    }

    /** The characters of the regex class {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static String stripDeterminer(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (String d : new String[] {"the ", "a ", "an "}) {
            if (l.startsWith(d)) {
                return s.substring(d.length());
            }
        }
        return s;
    }
}
