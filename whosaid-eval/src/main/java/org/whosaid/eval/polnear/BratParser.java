package org.whosaid.eval.polnear;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.whosaid.eval.score.Attribution;
import org.whosaid.eval.score.Pieces;
import org.whosaid.eval.score.QuotationTypes;
import org.whosaid.model.Span;

/**
 * Parses one brat standoff file of PolNeAR into attributions.
 *
 * <p>{@code T} lines are labelled spans ({@code T3\tContent 10 20;25 30\tcovered text}); an
 * {@code E} line ties one attribution's spans by role ({@code E1\tAttribution:T4 Source:T3
 * Content:T2 Cue:T1}; {@code Content2} adds pieces to the content; any role may be missing).
 * {@code #} notes and the other brat record kinds are ignored. The covered text of a span that
 * contains line breaks continues on the following lines; those lines are skipped.
 *
 * <p>Offsets: brat counts Unicode code points (it is written in Python); we convert them to UTF-16
 * offsets. PolNeAR's texts happen to contain no character outside the Basic Multilingual Plane, so
 * for this corpus both conventions agree, and every span's covered text matches its offsets.
 *
 * <p>Bad lines never stop the file: each is reported as a {@link Problem} naming file and line.
 */
final class BratParser {

    /** More pieces than this in one span is not an annotation but a broken line. */
    static final int MAX_PIECES = 64;

    private final String file;
    private final String text;
    private final int[] codePointToChar;
    private final List<Problem> problems = new ArrayList<>();

    private record TextBound(String id, String label, List<Span> spans, int line) { }

    private BratParser(String file, String text) {
        this.file = file;
        this.text = text;
        this.codePointToChar = codePointIndex(text);
    }

    /** Parsed attributions of one file and the problems met on the way. */
    record Result(List<Attribution> attributions, List<Problem> problems) { }

    static Result parse(String file, String ann, String text) {
        return new BratParser(file, text).run(ann);
    }

    private Result run(String ann) {
        Map<String, TextBound> bounds = new LinkedHashMap<>();
        List<String[]> events = new ArrayList<>();
        List<Integer> eventLines = new ArrayList<>();
        String[] lines = ann.split("\n", -1);
        int continuation = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int lineNo = i + 1;
            if (continuation > 0) {
                continuation--;
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            char kind = line.charAt(0);
            if (kind == 'T') {
                TextBound t = textBound(fields, lineNo);
                if (t != null) {
                    if (bounds.putIfAbsent(t.id(), t) != null) {
                        problem(lineNo, "duplicate id " + t.id() + "; the first one is kept");
                    }
                    continuation = newlinesIn(t.spans());
                }
            } else if (kind == 'E') {
                if (fields.length < 2) {
                    problem(lineNo, "event line without arguments: " + abbreviate(line));
                } else {
                    events.add(fields);
                    eventLines.add(lineNo);
                }
            } else if (kind == 'A' || kind == 'R' || kind == 'M' || kind == 'N' || kind == '*') {
                continue;
            } else {
                problem(lineNo, "unrecognised line: " + abbreviate(line));
            }
        }
        Set<String> used = new HashSet<>();
        List<Attribution> attributions = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            Attribution a = attribution(events.get(e), eventLines.get(e), bounds, used);
            if (a != null) {
                attributions.add(a);
            }
        }
        for (TextBound t : bounds.values()) {
            if (!used.contains(t.id()) && roleOf(t.label()) != null) {
                problem(t.line(), t.id() + " (" + t.label() + ") belongs to no attribution; ignored");
            }
        }
        return new Result(attributions, problems);
    }

    private TextBound textBound(String[] fields, int lineNo) {
        if (fields.length < 2) {
            problem(lineNo, "span line without label and offsets: " + abbreviate(String.join("\t", fields)));
            return null;
        }
        String body = fields[1];
        int space = body.indexOf(' ');
        if (space <= 0) {
            problem(lineNo, "span line without offsets: " + abbreviate(body));
            return null;
        }
        String label = body.substring(0, space);
        String[] ranges = body.substring(space + 1).split(";", -1);
        if (ranges.length > MAX_PIECES) {
            problem(lineNo, fields[0] + " has " + ranges.length + " pieces, more than " + MAX_PIECES);
            return null;
        }
        List<Span> spans = new ArrayList<>(ranges.length);
        for (String range : ranges) {
            String[] ends = range.trim().split(" ", -1);
            int start;
            int end;
            try {
                if (ends.length != 2) {
                    throw new NumberFormatException("expected two offsets");
                }
                start = Integer.parseInt(ends[0]);
                end = Integer.parseInt(ends[1]);
            } catch (NumberFormatException ex) {
                problem(lineNo, fields[0] + ": bad offsets '" + abbreviate(range) + "'");
                return null;
            }
            if (start < 0 || end < start || end >= codePointToChar.length) {
                problem(lineNo, fields[0] + ": offsets " + start + "-" + end + " outside the text ("
                        + (codePointToChar.length - 1) + " code points)");
                return null;
            }
            spans.add(new Span(codePointToChar[start], codePointToChar[end]));
        }
        return new TextBound(fields[0], label, spans, lineNo);
    }

    private Attribution attribution(String[] fields, int lineNo, Map<String, TextBound> bounds, Set<String> used) {
        List<Span> source = new ArrayList<>();
        List<Span> cue = new ArrayList<>();
        List<Span> content = new ArrayList<>();
        for (String arg : fields[1].trim().split(" +")) {
            if (arg.isEmpty()) {
                continue;
            }
            int colon = arg.indexOf(':');
            if (colon <= 0) {
                problem(lineNo, fields[0] + ": argument without role: '" + abbreviate(arg) + "'");
                continue;
            }
            String roleName = arg.substring(0, colon);
            TextBound t = bounds.get(arg.substring(colon + 1));
            if (t == null) {
                problem(lineNo, fields[0] + ": " + roleName + " refers to missing span " + arg.substring(colon + 1));
                continue;
            }
            used.add(t.id());
            if (roleName.startsWith("Attribution")) {
                continue;
            }
            String role = roleOf(roleName);
            if (role == null) {
                problem(lineNo, fields[0] + ": unknown role '" + roleName + "'");
            } else if (role.equals("Source")) {
                source.addAll(t.spans());
            } else if (role.equals("Cue")) {
                cue.addAll(t.spans());
            } else {
                content.addAll(t.spans());
            }
        }
        Pieces cuePieces = Pieces.normalized(cue, text);
        Attribution a = new Attribution(Pieces.normalized(source, text), cuePieces,
                Pieces.normalized(content, text), QuotationTypes.classify(text, content, cuePieces.textOf(text)));
        if (a.isEmpty()) {
            problem(lineNo, fields[0] + " has no source, cue or content; ignored");
            return null;
        }
        return a;
    }

    /** "Source", "Cue" or "Content" for a role or label ("Content2" is "Content"), else null. */
    private static String roleOf(String name) {
        String base = name.replaceFirst("[0-9]+$", "");
        return switch (base) {
            case "Source", "Cue", "Content" -> base;
            default -> null;
        };
    }

    private int newlinesIn(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
        }
        return n;
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Maps code point offsets 0..n (inclusive) to UTF-16 offsets. */
    private static int[] codePointIndex(String text) {
        int n = text.codePointCount(0, text.length());
        int[] index = new int[n + 1];
        int c = 0;
        for (int i = 0; i < n; i++) {
            index[i] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        index[n] = c;
        return index;
    }
}
