package org.whosaid.quotes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

import org.whosaid.model.Span;
import org.whosaid.text.QuotedSpan;
import org.whosaid.text.Sentence;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;
import org.whosaid.text.WordSet;

/**
 * Recognises where and when something was said in the words around a cue ("on Twitter", "in an
 * interview with RT", "last week", "at the end of April"), and resolves times against the
 * publication date. Works on lower-cased tokens; returns token indexes, never throws.
 */
public final class ChannelAndTime {

    private static final Set<String> PLATFORMS = WordSet.of(
            "twitter", "facebook", "instagram", "telegram", "youtube", "tiktok", "linkedin", "truth", "social",
            "radio", "television", "tv", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "pbs", "npr", "bbc", "rt",
            "reddit", "weibo", "vkontakte", "x", "air", "camera", "website", "blog", "podcast");
    private static final Set<String> CHANNEL_NOUNS = WordSet.of(
            "interview", "conversation", "statement", "tweet", "post", "letter", "op-ed", "speech", "blog",
            "video", "release", "memo", "email", "e-mail", "podcast", "broadcast", "message", "address",
            "conference", "rally", "briefing", "hearing", "meeting", "summit", "forum", "event", "debate",
            "appearance", "remarks", "testimony", "column", "editorial", "essay", "book", "report",
            "announcement", "call", "show", "program", "programme", "session", "visit", "campaign", "talk",
            "town", "ceremony", "lecture", "tweets", "posts", "statements");
    private static final Set<String> DETERMINERS = WordSet.of("a", "an", "the", "his", "her", "their", "its", "our");
    private static final Set<String> UNITS = WordSet.of("week", "month", "year", "weekend", "night", "morning",
            "evening", "afternoon", "summer", "winter", "spring", "fall", "autumn", "decade", "time");

    private ChannelAndTime() {
    }

    /**
     * The channel and the time of an attribution, looked for in its cue's sentence outside its
     * content and outside quotations: {@code {channel, time}}, either null when absent. For
     * attributions found without the rules (the learned model's), which the rules frame alike.
     */
    public static Span[] around(TextLayer layer, Span cue, List<Span> content) {
        if (cue == null || layer.sentences().isEmpty()) {
            return new Span[2];
        }
        Sentence s = layer.sentences().get(layer.sentenceAt(cue.start()));
        // the sentence's tokens, and the one before it: channelAt looks one token back ("told reporters")
        int base = Math.max(0, s.firstToken() - 1);
        int to = Math.min(s.endToken(), layer.tokens().size());
        List<Token> tokens = layer.tokens().subList(base, to);
        String[] lower = new String[to - base];
        for (int k = 0; k < lower.length; k++) {
            lower[k] = layer.lower(base + k);
        }
        List<QuotedSpan> quotations = layer.quotations();
        return find(tokens, lower, s.firstToken() - base, to - base,
                k -> inside(content, tokens.get(k)) || quoted(quotations, tokens.get(k)));
    }

    /**
     * The first channel and the first time phrase among tokens [from, to) that {@code skip} does not
     * exclude: {@code {channel, time}} as spans, either null.
     */
    static Span[] find(List<Token> tokens, String[] lower, int from, int to, IntPredicate skip) {
        Span channel = null;
        Span time = null;
        for (int k = from; k < to; k++) {
            if (skip.test(k)) {
                continue;
            }
            if (channel == null) {
                int e = channelAt(lower, k, to);
                if (e > k) {
                    channel = new Span(tokens.get(k).start(), tokens.get(e - 1).end());
                    k = e - 1;
                    continue;
                }
            }
            if (time == null) {
                int e = timeAt(lower, k, to);
                if (e > k) {
                    time = new Span(tokens.get(k).start(), tokens.get(e - 1).end());
                    k = e - 1;
                }
            }
        }
        return new Span[] {channel, time};
    }

    private static boolean inside(List<Span> spans, Token t) {
        for (int i = 0; i < spans.size(); i++) {
            Span sp = spans.get(i);
            if (t.start() >= sp.start() && t.end() <= sp.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(List<QuotedSpan> quotations, Token t) {
        for (QuotedSpan q : quotations) {
            if (q.depth() == 0 && t.start() >= q.outer().start() && t.end() <= q.outer().end()) {
                return true;
            }
        }
        return false;
    }

    /** End (exclusive) of a channel phrase starting at token {@code k}, or {@code k} when none. */
    static int channelAt(String[] w, int k, int end) {
        String first = w[k];
        if ((first.equals("reporters") || first.equals("journalists") || first.equals("the press"))
                && k > 0 && (w[k - 1].equals("told") || w[k - 1].equals("to") || w[k - 1].equals("tells"))) {
            return k + 1;
        }
        if (!(first.equals("on") || first.equals("in") || first.equals("at") || first.equals("during")
                || first.equals("via") || first.equals("to") || first.equals("through"))) {
            return k;
        }
        int i = k + 1;
        while (i < end && DETERMINERS.contains(w[i])) {
            i++;
        }
        if (i >= end) {
            return k;
        }
        if (first.equals("to") && (w[i].equals("reporters") || w[i].equals("journalists"))) {
            return i + 1;
        }
        if ((first.equals("on") || first.equals("via")) && PLATFORMS.contains(w[i])) {
            int e = i + 1;
            while (e < end && e - i < 3 && (w[e].equals("news") || w[e].equals("social") || w[e].equals("channel")
                    || w[e].equals("account") || w[e].equals("page") || w[e].equals("business"))) {
                e++;
            }
            return e;
        }
        // skip modifiers up to a channel noun within a few words: "in an exclusive interview"
        int j = i;
        while (j < end && j - i < 4 && !CHANNEL_NOUNS.contains(w[j]) && !w[j].equals(",") && !w[j].equals("that")) {
            j++;
        }
        if (j >= end || !CHANNEL_NOUNS.contains(w[j])) {
            return k;
        }
        int e = j + 1;
        // "with RT", "at the CPAC Republican conference", "on Fox News"
        if (e + 1 < end && (w[e].equals("with") || w[e].equals("to") || w[e].equals("on") || w[e].equals("at")
                || w[e].equals("of") || w[e].equals("for"))) {
            int f = e + 1;
            while (f < end && f - e < 7 && !w[f].equals(",") && !w[f].equals("that") && !w[f].equals(".")
                    && !w[f].equals("on") && !w[f].equals("in") && !isTerminal(w[f])) {
                f++;
            }
            if (f > e + 1) {
                e = f;
            }
        }
        return e;
    }

    /** End (exclusive) of a time expression starting at token {@code k}, or {@code k} when none. */
    static int timeAt(String[] w, int k, int end) {
        String t = w[k];
        if (t.equals("yesterday") || t.equals("today") || t.equals("tonight")) {
            return k + 1;
        }
        if ((t.equals("last") || t.equals("this") || t.equals("next")) && k + 1 < end
                && (UNITS.contains(w[k + 1]) || weekday(w[k + 1]) != null || month(w[k + 1]) != null)) {
            return k + 2;
        }
        if (t.equals("earlier") && k + 2 < end && w[k + 1].equals("this") && UNITS.contains(w[k + 2])) {
            return k + 3;
        }
        if (t.equals("on") && k + 1 < end && weekday(w[k + 1]) != null) {
            return k + 2;
        }
        if (t.equals("in") && k + 1 < end) {
            int i = k + 1;
            if (w[i].equals("early") || w[i].equals("late") || w[i].equals("mid")) {
                i++;
            }
            if (i < end && month(w[i]) != null) {
                return i + 1 < end && isYear(w[i + 1]) ? i + 2 : i + 1;
            }
            if (i < end && isYear(w[i])) {
                return i + 1;
            }
            return k;
        }
        if (t.equals("at") && k + 4 < end && w[k + 1].equals("the")
                && (w[k + 2].equals("end") || w[k + 2].equals("beginning") || w[k + 2].equals("start")
                || w[k + 2].equals("middle")) && w[k + 3].equals("of")) {
            if (month(w[k + 4]) != null) {
                return k + 5 < end && isYear(w[k + 5]) ? k + 6 : k + 5;
            }
            if ((w[k + 4].equals("last") || w[k + 4].equals("this")) && k + 5 < end && UNITS.contains(w[k + 5])) {
                return k + 6;
            }
        }
        return k;
    }

    /**
     * The ISO value of a time expression: a date, a month ("2019-08"), a week ("2019-W41") or a year,
     * or null when it cannot be resolved (no publication date, or an expression we do not model).
     */
    public static String resolve(String expression, LocalDate published) {
        if (published == null) {
            return null;
        }
        String[] w = expression.toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length == 0) {
            return null;
        }
        String last = w[w.length - 1];
        if (w[0].equals("yesterday")) {
            return published.minusDays(1).toString();
        }
        if (w[0].equals("today") || w[0].equals("tonight")) {
            return published.toString();
        }
        Integer explicitYear = isYear(last) ? Integer.parseInt(last) : null;
        for (String word : w) {
            Month m = month(word);
            if (m != null) {
                int year = explicitYear != null ? explicitYear
                        : (m.getValue() <= published.getMonthValue() ? published.getYear() : published.getYear() - 1);
                if (w[0].equals("next")) {
                    year = m.getValue() > published.getMonthValue() ? published.getYear() : published.getYear() + 1;
                }
                return String.format(Locale.ROOT, "%04d-%02d", year, m.getValue());
            }
            DayOfWeek d = weekday(word);
            if (d != null) {
                LocalDate day = published.minusDays(1);
                while (day.getDayOfWeek() != d) {
                    day = day.minusDays(1);
                }
                if (w[0].equals("last") && published.minusDays(7).isBefore(day)) {
                    // "last Monday" in some styles means the previous week's; keep the nearest past one
                    return day.toString();
                }
                return day.toString();
            }
        }
        if (explicitYear != null && w.length <= 2) {
            return String.valueOf(explicitYear);
        }
        boolean lastUnit = w[0].equals("last") || expression.toLowerCase(Locale.ROOT).contains("of last");
        boolean thisUnit = w[0].equals("this") || w[0].equals("earlier");
        if (last.equals("week")) {
            LocalDate d = lastUnit ? published.minusWeeks(1) : thisUnit ? published : null;
            return d == null ? null : String.format(Locale.ROOT, "%04d-W%02d",
                    d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        if (last.equals("month")) {
            LocalDate d = lastUnit ? published.minusMonths(1) : thisUnit ? published : null;
            return d == null ? null : String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
        }
        if (last.equals("year")) {
            return lastUnit ? String.valueOf(published.getYear() - 1) : thisUnit ? String.valueOf(published.getYear()) : null;
        }
        return null;
    }

    private static boolean isTerminal(String s) {
        return s.equals(".") || s.equals("!") || s.equals("?");
    }

    static boolean isYear(String s) {
        if (s.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(s);
        return y >= 1800 && y <= 2200;
    }

    private static final java.util.Map<String, Month> MONTHS = monthNames();
    private static final java.util.Map<String, DayOfWeek> WEEKDAYS = weekdayNames();

    private static java.util.Map<String, Month> monthNames() {
        java.util.Map<String, Month> m = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            m.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
        }
        for (String abbreviation : new String[] {"jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."}) {
            m.put(abbreviation, m.get(fullMonth(abbreviation)));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static java.util.Map<String, DayOfWeek> weekdayNames() {
        java.util.Map<String, DayOfWeek> m = new java.util.HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            m.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static Month month(String s) {
        return MONTHS.get(s);
    }

    private static String fullMonth(String abbreviation) {
        switch (abbreviation) {
            case "jan.": return "january";
            case "feb.": return "february";
            case "aug.": return "august";
            case "sept.", "sep.": return "september";
            case "oct.": return "october";
            case "nov.": return "november";
            default: return "december";
        }
    }

    static DayOfWeek weekday(String s) {
        return WEEKDAYS.get(s);
    }

}
