package org.whosaid.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.model.Block;
import org.whosaid.model.BlockKind;
import org.whosaid.model.Span;
import org.whosaid.text.TextLayer;

class StructureAnalyzerTest {

    private static List<String> kinds(String text) {
        Structure s = StructureAnalyzer.analyze(Article.of("t", text), TextLayer.of(text));
        return s.blocks().stream().map(b -> b.kind() + ": " + b.span().of(text)).toList();
    }

    @Test
    void firstSingleSentenceLineIsTheHeadline() {
        assertThat(kinds("Mayor backs new bridge\n\nThe mayor said yes.")).containsExactly(
                "HEADLINE: Mayor backs new bridge", "PARAGRAPH: The mayor said yes.");
    }

    @Test
    void firstLineWithSeveralSentencesIsBodyText() {
        assertThat(kinds("The mayor said yes. Others said no.\n\nMore text follows here.").get(0)).startsWith("PARAGRAPH");
    }

    @Test
    void shortUnpunctuatedLineBetweenParagraphsIsAHeading() {
        assertThat(kinds("Headline\n\nThe vote was close.\n\n“Not over yet”\n\nCounting went on.")).contains(
                "HEADING: “Not over yet”");
    }

    @Test
    void bulletedPhotoLinesAreCaptionThenCredits() {
        assertThat(kinds("Headline\n\nBody text here.\n\n  • Workers on the old bridge\n  • Harbour Herald\n  • Reuters\n  • © Ana Lind\n"))
                .containsSubsequence("CAPTION: • Workers on the old bridge", "CREDIT: • Harbour Herald",
                        "CREDIT: • Reuters", "CREDIT: • © Ana Lind");
    }

    @Test
    void copyrightLineInAnyCaseIsACredit() {
        assertThat(kinds("Headline\n\nBody text here.\n\n(C) Harbour Herald 2024\n\n(c) Ana Lind")).contains(
                "CREDIT: (C) Harbour Herald 2024", "CREDIT: (c) Ana Lind");
    }

    @Test
    void fourteenWordsWithoutFinalPunctuationMakeAHeadingFifteenDoNot() {
        String fourteen = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        String fifteen = fourteen + " fifteen";
        assertThat(kinds("Headline\n\nBody text here.\n\n" + fourteen + "\n\n" + fifteen)).contains(
                "HEADING: " + fourteen, "PARAGRAPH: " + fifteen);
    }

    @Test
    void starLineIsAFootnoteAndByLineIsAByline() {
        assertThat(kinds("Headline\n\nBy Imogen Vale\n\nBody text.\n\n* The group is banned in some countries."))
                .contains("BYLINE: By Imogen Vale", "FOOTNOTE: * The group is banned in some countries.");
    }

    @Test
    void datelineIsSplitFromItsParagraph() {
        assertThat(kinds("Headline\n\nDALLAS (AP) — The mayor spoke on Monday.")).containsSubsequence(
                "DATELINE: DALLAS (AP) —", "PARAGRAPH: The mayor spoke on Monday.");
    }

    @Test
    void knownBlocksFromMarkupAreUsedAsGiven() {
        String text = "Title\n\nA caption";
        Article a = Article.builder("t", text).knownBlocks(List.of(
                new Block(BlockKind.HEADLINE, new Span(0, 5)), new Block(BlockKind.CAPTION, new Span(7, 16)))).build();
        Structure s = StructureAnalyzer.analyze(a, TextLayer.of(text));
        assertThat(s.carriesSpeech(8)).isFalse();
        assertThat(s.headline()).isEqualTo(new Span(0, 5));
    }
}
