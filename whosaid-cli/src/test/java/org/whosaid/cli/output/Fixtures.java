package org.whosaid.cli.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.Cue;
import org.whosaid.model.Entity;
import org.whosaid.model.EntityKind;
import org.whosaid.model.Quote;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.TimeExpression;

/** Hand-built analyses of small fictional articles, with spans found by the words they cover. */
final class Fixtures {
    private Fixtures() {
    }

    static final String FERRY_TEXT = String.join("\n",
            "Ferry to stay, mayor says",
            "",
            "\"The ferry is not going anywhere,\" Mayor Elena Kovač said on Tuesday. \"Not this year, not next year.\"",
            "",
            "The harbour master, Piet Olsen, told reporters that the timetable would \"stay as it is\" until spring.",
            "",
            "Kovač later wrote on Twitter that the subsidy was safe.",
            "",
            "\"Nobody asked us,\" one passenger complained.");

    static final Entity KOVAC = new Entity("e1", "Elena Kovač", EntityKind.PERSON,
            List.of("Elena Kovač", "Kovač"), List.of("mayor"));
    static final Entity OLSEN = new Entity("e2", "Piet Olsen", EntityKind.PERSON,
            List.of("Piet Olsen"), List.of("harbour master"));

    /**
     * The ferry story: an interrupted direct quote with a time, a partial quote with a direct one
     * nested in it, a reported one on Twitter by a surname, and one with no cue and no speaker.
     */
    static Analysis ferry() {
        String t = FERRY_TEXT;
        Article article = Article.builder("ferry.txt", t).source("news/ferry.txt").title(null)
                .published(LocalDate.of(2024, 3, 13)).url("https://example.org/ferry").outlet("Harbour Gazette").build();
        List<Quote> quotes = List.of(
                quote("q1", QuoteType.DIRECT, t)
                        .fragments("The ferry is not going anywhere,", "Not this year, not next year.")
                        .cue("said").speaker("Elena Kovač", span(t, "Mayor Elena Kovač"), "e1")
                        .time("on Tuesday", "2024-03-12").confidence(0.91234).build(),
                quote("q2", QuoteType.PARTIAL, t)
                        .fragments("the timetable would \"stay as it is\" until spring")
                        .cue("told reporters").speaker("Piet Olsen", span(t, "Piet Olsen"), "e2").confidence(0.8).build(),
                quote("q3", QuoteType.DIRECT, t)
                        .fragments("stay as it is")
                        .cue("told reporters").speaker("Piet Olsen", span(t, "Piet Olsen"), "e2").confidence(0.7).build(),
                quote("q4", QuoteType.REPORTED, t)
                        .fragments("the subsidy was safe")
                        .cue("wrote").speaker("Elena Kovač", spanAfter(t, "Kovač later", "Kovač"), "e1")
                        .channel("Twitter").confidence(0.6).build(),
                quote("q5", QuoteType.DIRECT, t).fragments("Nobody asked us,").confidence(0.4).build());
        return new Analysis(article, "Ferry to stay, mayor says", List.of(), quotes, List.of(KOVAC, OLSEN));
    }

    /** Non-BMP characters (emoji, a mathematical letter) before and inside the quoted parts. */
    static final String SHIP_TEXT = "🚢 Ferry 🌊 update\n\n⚓ \"We sail at dawn 🌅,\" 𝒞aptain Mira Holt said. \"Be there.\"";

    static Analysis ship() {
        String t = SHIP_TEXT;
        Entity holt = new Entity("e1", "Mira Holt", EntityKind.PERSON, List.of("Mira Holt"), List.of("captain"));
        Quote quote = quote("q1", QuoteType.DIRECT, t).fragments("We sail at dawn 🌅,", "Be there.")
                .cue("said").speaker("Mira Holt", span(t, "𝒞aptain Mira Holt"), "e1").confidence(1).build();
        return new Analysis(Article.of("ship.txt", t), null, List.of(), List.of(quote), List.of(holt));
    }

    /** An analysis of {@code text} with the given quotes and entities, and nothing else known. */
    static Analysis analysis(String id, String text, List<Quote> quotes, List<Entity> entities) {
        return new Analysis(Article.of(id, text), null, List.of(), quotes, entities);
    }

    /** The span of the only occurrence of {@code part} in {@code text}. */
    static Span span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0 || text.indexOf(part, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + part + "' must occur exactly once in the fixture text");
        }
        return new Span(at, at + part.length());
    }

    /** The span of {@code part} at the start of the only occurrence of {@code anchor}. */
    static Span spanAfter(String text, String anchor, String part) {
        int at = span(text, anchor).start();
        if (!text.startsWith(part, at)) {
            throw new IllegalArgumentException("'" + anchor + "' must start with '" + part + "'");
        }
        return new Span(at, at + part.length());
    }

    static QuoteBuilder quote(String id, QuoteType type, String text) {
        return new QuoteBuilder(id, type, text);
    }

    /** Builds a {@link Quote} from the words of the fixture text it covers. */
    static final class QuoteBuilder {
        private final String id;
        private final QuoteType type;
        private final String text;
        private final List<Span> fragments = new ArrayList<>();
        private Cue cue;
        private Speaker speaker;
        private String channel;
        private TimeExpression time;
        private double confidence = 1;

        QuoteBuilder(String id, QuoteType type, String text) {
            this.id = id;
            this.type = type;
            this.text = text;
        }

        QuoteBuilder fragments(String... parts) {
            for (String part : parts) {
                fragments.add(span(text, part));
            }
            return this;
        }

        QuoteBuilder fragments(Span... spans) {
            fragments.addAll(List.of(spans));
            return this;
        }

        QuoteBuilder cue(String words) {
            cue = new Cue(words, span(text, words));
            return this;
        }

        QuoteBuilder speaker(String name, Span mention, String entityId) {
            speaker = new Speaker(name, mention.of(text), mention, entityId);
            return this;
        }

        QuoteBuilder channel(String channel) {
            this.channel = channel;
            return this;
        }

        QuoteBuilder time(String words, String value) {
            time = new TimeExpression(words, span(text, words), value);
            return this;
        }

        QuoteBuilder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        Quote build() {
            Span whole = fragments.get(0);
            StringBuilder content = new StringBuilder();
            for (Span f : fragments) {
                whole = whole.union(f);
                content.append(content.length() == 0 ? "" : " ").append(f.of(text));
            }
            return new Quote(id, type, content.toString(), whole, fragments, cue, speaker, channel, time, confidence);
        }
    }

    /** {@code text[start, end)} in code points, as Python slices it. */
    static String slice(String text, int start, int end) {
        int[] codePoints = text.codePoints().toArray();
        return new String(codePoints, start, end - start);
    }
}
