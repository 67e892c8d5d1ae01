package org.whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.RandomTexts;
import org.whosaid.SpanContract;
import org.whosaid.model.Span;

/**
 * The text stage's contract on hand-written fixtures and on random text: every offset inside the
 * text, tokens and sentences sorted and disjoint, sentences covering each token once, quoted pieces
 * inside their quotation, no empty token, no split surrogate pair, and no exception whatever the input.
 */
class TextStageContractTest {

    private static final long SEED = 20240611L;
    private static final int RANDOM_TEXTS = 3000;
    private static final int MAX_LENGTH = 2000;

    static Stream<String> fixtures() {
        return Stream.of(
                "",
                " ",
                "\n\n",
                "\"",
                "\u201c",
                "\u2019",
                "''",
                "``",
                "`",
                "...",
                "\ud83d\ude00",
                "\ud800",
                "\udc00x",
                "x\ud800",
                "Dr. Ada Verne of the U.S. Navy arrived at 9 a.m. on Jan. 22nd, 2014.",
                "J. R. Smith paid 11,000 dollars, or 1.8 times the price.",
                "Read more at https://example.org/story?id=7. Then write to us.",
                "Wait... what? Wait\u2026 really! Yes.",
                "Trump\u2019s aides don't know O\u2019Malley or al-Shafi.",
                "\u201cWe will not let them into our country, \u201dthe head of the White House emphasized.",
                "\u201cHe told me \u2018never again\u2019 twice,\u201d she said.",
                "\u201eWir schaffen das\u201c, sagte sie. \u00ab Nous resterons \u00bb, dit-il. \u201dVi stannar\u201d, sa han.",
                "\u201cThe first paragraph ends here.\n\n\u201cThe second one goes on,\u201d the mayor said.",
                "\u201cThis quotation never ends.\n\nA new paragraph starts.",
                "He shrugged\u201d and left. \u201d \u201d \u201c \u201c",
                "''Fine,'' said the clerk. ``Fine,'' said the other.",
                "\u2039 Oui \u203a, dit-elle. \u201a\u00e9\u2018 \u201f \u201b \u301dx\u301e \uff02y\uff02",
                "The Kurds\u2019 land \ud83d\udc4d\ud83c\udffd is \u201cours\ud83d\ude00\u201d.",
                "Headline without a period\r\nBody text.\rMore\u2029Text\u2028Line");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void keepsTheContractOnFixtures(String text) {
        check(text, "fixture");
    }

    @Test
    void keepsTheContractOnRandomText() {
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            check(RandomTexts.next(random, MAX_LENGTH), "random text #" + i + " (seed " + SEED + ")");
        }
    }

    @Test
    void randomTextExercisesEveryQuoteMarkSurrogatePairsAndQuotationShape() {
        // guards the generator itself: a contract run over text without quotes would prove little
        Random random = new Random(SEED);
        Set<QuoteMark> seen = new HashSet<>();
        int pairs = 0;
        int quotations = 0;
        int reopened = 0;
        int unclosed = 0;
        int nested = 0;
        for (int i = 0; i < 200; i++) {
            String text = RandomTexts.next(random, MAX_LENGTH);
            TextLayer layer = TextLayer.of(text);
            for (Token t : layer.tokens()) {
                if (t.kind() == TokenKind.QUOTE && QuoteMark.of(text, t) != null) {
                    seen.add(QuoteMark.of(text, t));
                }
            }
            pairs += (int) text.codePoints().filter(Character::isSupplementaryCodePoint).count();
            quotations += layer.quotations().size();
            reopened += (int) layer.quotations().stream().filter(QuotedSpan::spansParagraphs).count();
            unclosed += (int) layer.quotations().stream().filter(q -> !q.closed()).count();
            nested += (int) layer.quotations().stream().filter(q -> q.depth() > 0).count();
        }
        assertThat(seen).containsExactlyInAnyOrder(QuoteMark.values());
        assertThat(pairs).isGreaterThan(100);
        assertThat(quotations).isGreaterThan(100);
        assertThat(reopened).as("quotations re-opened across paragraphs").isGreaterThan(10);
        assertThat(unclosed).as("unclosed quotations").isGreaterThan(10);
        assertThat(nested).as("nested quotations").isGreaterThan(10);
    }

    private static void check(String text, String name) {
        TextLayer layer;
        try {
            layer = TextLayer.of(text);
        } catch (RuntimeException e) {
            throw new AssertionError(name + " threw on: " + SpanContract.escape(text, 4000), e);
        }
        try {
            SpanContract.assertTextLayer(layer);
            assertTextStageSpecifics(layer);
        } catch (AssertionError e) {
            throw new AssertionError(name + ": " + e.getMessage() + "\nfull text: " + SpanContract.escape(text, 4000), e);
        }
    }

    /** Invariants that only make sense for the text stage's own records. */
    private static void assertTextStageSpecifics(TextLayer layer) {
        String text = layer.text();
        Set<Integer> quoteStarts = new HashSet<>();
        Set<Integer> quoteEnds = new HashSet<>();
        for (Token t : layer.tokens()) {
            if (t.kind() == TokenKind.QUOTE) {
                quoteStarts.add(t.start());
                quoteEnds.add(t.end());
                for (int i = t.start(); i < t.end(); i++) {
                    if (!QuoteMark.isQuoteChar(text.charAt(i))) {
                        fail("QUOTE token %s holds a non-quote character%s", new Span(t.start(), t.end()),
                                SpanContract.context(text, new Span(t.start(), t.end())));
                    }
                }
            }
        }
        for (QuotedSpan q : layer.quotations()) {
            if (!quoteStarts.contains(q.outer().start())) {
                fail("quoted span %s does not start at a quotation mark%s", q.outer(), SpanContract.context(text, q.outer()));
            }
            if (q.closed() && !quoteEnds.contains(q.outer().end())) {
                fail("closed quoted span %s does not end at a quotation mark%s", q.outer(), SpanContract.context(text, q.outer()));
            }
            for (Span p : q.pieces()) {
                if (Character.isWhitespace(text.charAt(p.start())) || Character.isWhitespace(text.charAt(p.end() - 1))) {
                    fail("quoted piece %s is not trimmed%s", p, SpanContract.context(text, p));
                }
            }
            if (!q.content().equals(new Span(q.pieces().get(0).start(), q.pieces().get(q.pieces().size() - 1).end()))) {
                fail("content of %s is not first piece to last", q.outer());
            }
        }
    }
}
