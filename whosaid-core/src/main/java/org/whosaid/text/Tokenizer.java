package org.whosaid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into tokens without copying it, keeping exact offsets. Penn-Treebank-like: possessive
 * {@code 's} and {@code n't} are split off, hyphenated words, abbreviations (U.S., Dr., a.m.) and
 * initials stay whole, every quotation mark is its own token, and ellipses are one token.
 *
 * <p>A single left-to-right scan with bounded look-ahead: linear time whatever the input.
 */
public final class Tokenizer {

    /** Words that take a period as part of the token ("Dr.", "Gen."). Compared case-sensitively. */
    private static final Set<String> ABBREVIATIONS = WordSet.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
            "Maj", "Adm", "Cmdr", "Gens", "Sens", "Reps", "St", "Jr", "Sr", "Rev", "Hon", "Pres",
            "Inc", "Corp", "Ltd", "Co", "Bros", "vs", "etc", "approx", "Dept", "Univ", "Ave", "Blvd",
            "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Mt",
            "Ft", "Calif", "Mass", "Fla", "Ariz", "Ill", "Penn", "Wash", "Conn", "Colo", "Tenn", "Ky",
            "Va", "Ga", "Md", "Mich", "Minn", "Nev", "Okla", "Ore", "Wis", "Ala", "Ark", "Kan", "La",
            "Miss", "Neb", "Del", "Tex", "Vt", "e.g", "i.e", "cf", "al", "Mses", "Messrs");

    /** Abbreviations of "number", which take their period only before a number ("No. 5", not "No."). */
    private static final Set<String> NUMBER_SIGNS = Set.of("No", "Nos");

    private Tokenizer() {
    }

    /** Tokenizes the whole text. */
    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                i++;
                continue;
            }
            int end;
            TokenKind kind;
            if (QuoteMark.isQuoteChar(c)) {
                end = scanQuoteOrContraction(text, i, out);
                kind = end < 0 ? TokenKind.WORD : TokenKind.QUOTE;
                end = Math.abs(end);
            } else if (isUrlStart(text, i)) {
                end = scanUrl(text, i);
                kind = TokenKind.URL;
            } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                end = scanWord(text, i);
                kind = TokenKind.WORD;
            } else if (Character.isDigit(c)) {
                end = scanNumber(text, i);
                kind = TokenKind.NUMBER;
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                end = i + 1;
                while (end < n && end - i < 64) {
                    char d = text.charAt(end);
                    if (d == '.' || d == '!' || d == '?' || d == '\u2026') {
                        end++;
                    } else {
                        break;
                    }
                }
                kind = TokenKind.TERMINAL;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                end = i + 2;
                kind = TokenKind.PUNCT;
            } else {
                end = i + Character.charCount(text.codePointAt(i));
                kind = TokenKind.PUNCT;
            }
            out.add(new Token(i, end, kind));
            i = end;
        }
        return out;
    }

    /**
     * Returns the end of a quotation-mark token at {@code i}, or minus the end of a contraction
     * word token ("'s", "'re") when the apostrophe belongs to the previous word.
     */
    private static int scanQuoteOrContraction(String text, int i, List<Token> out) {
        char c = text.charAt(i);
        int n = text.length();
        if ((c == '\'' || c == '\u2019') && i > 0 && !out.isEmpty() && out.get(out.size() - 1).end() == i
                && Character.isLetterOrDigit(text.charAt(i - 1))) {
            int suffix = contractionSuffixLength(text, i + 1);
            if (suffix > 0) {
                return -(i + 1 + suffix);
            }
        }
        // doubled apostrophes or backticks stand for one double quotation mark
        if ((c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c) {
            return i + 2;
        }
        return i + 1;
    }

    /** Length of a contraction suffix (s, re, ve, ll, d, m) starting at {@code j}, else 0. */
    private static int contractionSuffixLength(String text, int j) {
        int n = text.length();
        int k = j;
        while (k < n && k - j < 3 && Character.isLetter(text.charAt(k))) {
            k++;
        }
        if (k < n && Character.isLetter(text.charAt(k))) {
            return 0;
        }
        String s = text.substring(j, k).toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "s", "re", "ve", "ll", "d", "m":
                return k - j;
            default:
                return 0;
        }
    }

    private static boolean isUrlStart(String text, int i) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    private static int scanUrl(String text, int i) {
        int n = text.length();
        int end = i;
        while (end < n && end - i < 2048) {
            char d = text.charAt(end);
            if (Character.isWhitespace(d) || d == '<' || d == '>' || d == '"' || QuoteMark.isQuoteChar(d) && d != '\'') {
                break;
            }
            end++;
        }
        while (end > i + 4 && ".,;:!?)]'".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static int scanWord(String text, int i) {
        int n = text.length();
        int end = i;
        boolean initialsPattern = true; // "U.S.", "a.m."
        int lettersSinceDot = 0;
        while (end < n) {
            char d = text.charAt(end);
            if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK
                    || Character.getType(d) == Character.COMBINING_SPACING_MARK) {
                end++;
                lettersSinceDot++;
                if (lettersSinceDot > 1) {
                    initialsPattern = false;
                }
                continue;
            }
            if ((d == '-' || d == '\u2010' || d == '&') && end + 1 < n && Character.isLetterOrDigit(text.charAt(end + 1))) {
                end++;
                initialsPattern = false;
                lettersSinceDot = 0;
                continue;
            }
            if ((d == '\'' || d == '\u2019') && end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
                int suffix = contractionSuffixLength(text, end + 1);
                if (suffix > 0) {
                    break; // "Trump's" -> "Trump" + "'s"
                }
                if ((text.charAt(end + 1) == 't' || text.charAt(end + 1) == 'T') && end > i
                        && (text.charAt(end - 1) == 'n' || text.charAt(end - 1) == 'N')
                        && (end + 2 >= n || !Character.isLetter(text.charAt(end + 2)))) {
                    // "don't" -> "do" + "n't"; a lone "n't" stays one token
                    return end - 1 > i ? end - 1 : end + 2;
                }
                end++;
                initialsPattern = false;
                continue;
            }
            if (d == '.' && initialsPattern && lettersSinceDot == 1 && end + 1 < n
                    && Character.isLetter(text.charAt(end + 1))
                    && (end + 2 >= n || !Character.isLetter(text.charAt(end + 2)))) {
                end++; // the dot inside "U.S"
                lettersSinceDot = 0;
                continue;
            }
            break;
        }
        if (end < n && text.charAt(end) == '.') {
            boolean dotted = end - i >= 3 && text.charAt(end - 2) == '.';
            boolean initial = end - i == 1 && Character.isUpperCase(text.charAt(i));
            String word = text.substring(i, end);
            // "No." abbreviates "number" only before one; otherwise it is the answer "No" ending a sentence
            boolean abbreviation = ABBREVIATIONS.contains(word)
                    && (!NUMBER_SIGNS.contains(word) || digitFollows(text, end + 1));
            if (dotted || initial || abbreviation) {
                if (!(end + 1 < n && text.charAt(end + 1) == '.')) { // not the start of an ellipsis
                    end++;
                }
            }
        }
        return end;
    }

    /** Whether a digit comes at {@code j}, after at most one space. */
    private static boolean digitFollows(String text, int j) {
        int k = j < text.length() && Character.isSpaceChar(text.charAt(j)) ? j + 1 : j;
        return k < text.length() && Character.isDigit(text.charAt(k));
    }

    private static int scanNumber(String text, int i) {
        int n = text.length();
        int end = i;
        while (end < n) {
            char d = text.charAt(end);
            if (Character.isDigit(d)) {
                end++;
            } else if ((d == '.' || d == ',' || d == ':' || d == '/') && end + 1 < n && Character.isDigit(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        // ordinals and units glued to the number: 1st, 22nd, 9am
        int k = end;
        while (k < n && k - end < 3 && Character.isLetter(text.charAt(k))) {
            k++;
        }
        if (k > end && (k >= n || !Character.isLetter(text.charAt(k)))) {
            String suffix = text.substring(end, k).toLowerCase(java.util.Locale.ROOT);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")
                    || suffix.equals("am") || suffix.equals("pm") || suffix.equals("s")) {
                end = k;
            }
        }
        return end;
    }

    /** A set from a word list that may repeat words. */
}
