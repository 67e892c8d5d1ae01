package org.whosaid.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;
import org.whosaid.quotes.Attribution;
import org.whosaid.text.TextLayer;

class CombinedFinderTest {

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new AssertionError("no " + part);
        }
        return new Span(at, at + part.length());
    }

    private static Attribution attribution(String text, String source, String cue, String content) {
        return new Attribution(QuoteType.REPORTED, List.of(span(text, content)), span(text, cue),
                source == null ? null : span(text, source), null, null, 0.7);
    }

    @Test
    void keepsAnAttributionWithANamedSource() {
        String text = "Mayor Petra Lund said that the new bridge would open in May after long delays.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, "Mayor Petra Lund", "said", "that the new bridge would open in May after long delays")))
                .isTrue();
    }

    @Test
    void keepsPronounAndCommonNounSources() {
        String text = "She warned that the dam was weak. Local farmers argued that the canal was too narrow.";
        TextLayer layer = TextLayer.of(text);
        assertThat(CombinedFinder.plausible(layer, attribution(text, "She", "warned", "that the dam was weak"))).isTrue();
        assertThat(CombinedFinder.plausible(layer,
                attribution(text, "Local farmers", "argued", "that the canal was too narrow"))).isTrue();
    }

    @Test
    void dropsASourceThatIsNoNounPhrase() {
        String text = "It is worth noting that the mill has closed twice before in its long history.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, "worth", "noting", "that the mill has closed twice before in its long history")))
                .isFalse();
    }

    @Test
    void dropsASourcelessImperativeCue() {
        String text = "Recall that the old mill closed in 1990 after the flood.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, null, "Recall", "that the old mill closed in 1990 after the flood"))).isFalse();
    }

    @Test
    void keepsASourcelessCueInsideItsSentence() {
        String text = "The mill will close in the autumn, it was reported on Monday.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, null, "reported", "The mill will close in the autumn"))).isTrue();
    }

    @Test
    void dropsAShortFragmentCutAtAComma() {
        String text = "The council signed a letter stating that the town, along with two villages, would pay.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, "The council", "stating", "that the town"))).isFalse();
    }

    @Test
    void keepsShortContentThatEndsItsSentence() {
        String text = "The council stated that the town would pay.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, "The council", "stated", "that the town would pay"))).isTrue();
    }
}
