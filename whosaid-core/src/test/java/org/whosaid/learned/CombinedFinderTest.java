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
        return attribution(QuoteType.REPORTED, text, source, cue, content);
    }

    private static Attribution attribution(QuoteType type, String text, String source, String cue, String content) {
        return new Attribution(type, List.of(span(text, content)), span(text, cue),
                source == null ? null : span(text, source), null, null, 0.7);
    }

    /** The merge of one learned attribution with no rule attributions. */
    private static Attribution mergedAlone(String text, Attribution learned) {
        return CombinedFinder.merge(TextLayer.of(text), List.of(), List.of(learned)).get(0);
    }

    private static final String HARBOUR = "\u201CThe pier is safe,\u201D the harbour master said. "
            + "The mayor announced that the ferry would run again in June, after the repairs. "
            + "Fishermen complained about the new fees.";

    @Test
    void rulesDirectQuotationWinsOverAnOverlappingLearnedOne() {
        Attribution rules = attribution(QuoteType.DIRECT, HARBOUR, "the harbour master", "said", "The pier is safe");
        Attribution learned = attribution(QuoteType.PARTIAL, HARBOUR, "the harbour master", "said",
                "The pier is safe,\u201D the harbour");
        assertThat(CombinedFinder.merge(TextLayer.of(HARBOUR), List.of(rules), List.of(learned))).containsExactly(rules);
    }

    @Test
    void learnedReportedSpeechWinsOverOverlappingRules() {
        Attribution rules = attribution(HARBOUR, "The mayor", "announced", "that the ferry would run again in June, after the repairs");
        Attribution learned = attribution(HARBOUR, "The mayor", "announced", "that the ferry would run again in June");
        assertThat(CombinedFinder.merge(TextLayer.of(HARBOUR), List.of(rules), List.of(learned))).containsExactly(learned);
    }

    @Test
    void keepsRulesAttributionsTheModelMissedInContentOrder() {
        Attribution direct = attribution(QuoteType.DIRECT, HARBOUR, "the harbour master", "said", "The pier is safe");
        Attribution mayor = attribution(HARBOUR, "The mayor", "announced", "that the ferry would run again in June");
        Attribution fishermen = attribution(HARBOUR, "Fishermen", "complained", "the new fees");
        assertThat(CombinedFinder.merge(TextLayer.of(HARBOUR), List.of(mayor, direct), List.of(fishermen)))
                .containsExactly(direct, mayor, fishermen);
    }

    @Test
    void dropsAnImplausibleLearnedAttributionEvenWithoutCompetition() {
        String text = "Recall that the old mill closed in 1990 after the flood.";
        Attribution learned = attribution(text, null, "Recall", "that the old mill closed in 1990 after the flood");
        assertThat(CombinedFinder.merge(TextLayer.of(text), List.of(), List.of(learned))).isEmpty();
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
    void dropsASourcelessImpersonalAside() {
        String text = "It is worth noting that the mill has closed twice before in its long history.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, null, "noting", "that the mill has closed twice before in its long history")))
                .isFalse();
        String modal = "It should be noted that the mill has closed twice before.";
        assertThat(CombinedFinder.plausible(TextLayer.of(modal),
                attribution(modal, null, "noted", "that the mill has closed twice before"))).isFalse();
    }

    @Test
    void keepsAnImpersonalReport() {
        String text = "It was reported on Monday that the mill would close in the autumn.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, null, "reported", "that the mill would close in the autumn"))).isTrue();
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

    @Test
    void dropsVeryShortContentWhoseCueIsNoSpeechWord() {
        String text = "Most voters would choose Ruiz again.";
        assertThat(CombinedFinder.plausible(TextLayer.of(text),
                attribution(text, "Most voters", "would choose", "Ruiz again"))).isFalse();
        String said = "The clerk denied it.";
        assertThat(CombinedFinder.plausible(TextLayer.of(said), attribution(said, "The clerk", "denied", "it"))).isTrue();
    }

    @Test
    void learnedAttributionGetsTheChannelAndTimeAroundItsCue() {
        String text = "Last week, Dana Cole wrote on Twitter that the port would close.";
        Attribution learned = attribution(text, "Dana Cole", "wrote", "that the port would close");
        Attribution merged = mergedAlone(text, learned);
        assertThat(merged.content()).isEqualTo(learned.content());
        assertThat(merged.channel()).isEqualTo(span(text, "on Twitter"));
        assertThat(merged.time()).isEqualTo(span(text, "Last week"));
    }

    @Test
    void channelWordsInsideTheContentAreNotItsChannel() {
        String text = "Dana Cole said that the port posted on Twitter last week would close.";
        Attribution learned = attribution(text, "Dana Cole", "said", "that the port posted on Twitter last week would close");
        Attribution merged = mergedAlone(text, learned);
        assertThat(merged.channel()).isNull();
        assertThat(merged.time()).isNull();
    }

    @Test
    void nestedAttributionDoesNotTakeTheOuterOnesChannel() {
        String text = "In an interview with RT, Omar Selby noted that the mayor demands new ferries for the port.";
        Attribution outer = attribution(text, "Omar Selby", "noted", "that the mayor demands new ferries for the port");
        Attribution inner = attribution(text, "the mayor", "demands", "new ferries for the port");
        List<Attribution> merged = CombinedFinder.merge(TextLayer.of(text), List.of(), List.of(outer, inner));
        assertThat(merged).extracting(Attribution::channel).containsExactly(span(text, "In an interview with RT"), null);
    }

    @Test
    void framesAnAttributionWhoseSentenceOpensWithReporters() {
        String text = "The mayor spoke first. Reporters heard Dana Cole say on Twitter that the port would close.";
        Attribution learned = attribution(text, "Dana Cole", "say", "that the port would close");
        Attribution merged = mergedAlone(text, learned);
        assertThat(merged.channel()).isEqualTo(span(text, "on Twitter"));
    }

    @Test
    void contentSplitByTheSourceAndCueGetsItsFirstPiece() {
        String text = "But in recent weeks, the mayor said on Friday, the ferry has run late every day.";
        Attribution learned = attribution(text, "the mayor", "said", "the ferry has run late every day");
        assertThat(mergedAlone(text, learned).content()).extracting(piece -> piece.of(text))
                .containsExactly("in recent weeks", "the ferry has run late every day");
    }

    @Test
    void contentAfterAnOpeningClauseWithItsOwnCommaStaysOnePiece() {
        String text = "In Oslo, by the harbour, the mayor said, the ferry has run late every day.";
        Attribution learned = attribution(text, "the mayor", "said", "the ferry has run late every day");
        assertThat(mergedAlone(text, learned).content()).extracting(piece -> piece.of(text))
                .containsExactly("the ferry has run late every day");
    }

    @Test
    void rulesSpeakerLabelWinsOverAnOverlappingLearnedAttribution() {
        String text = "Ana Ruiz: Harbour Workers Worried About The Ferry\n\nThe mayor spoke on Tuesday.";
        Attribution label = new Attribution(QuoteType.REPORTED, List.of(span(text, "Harbour Workers Worried About The Ferry")),
                null, span(text, "Ana Ruiz"), null, null, 0.7);
        Attribution learned = attribution(text, "Harbour Workers", "Worried About", "The Ferry");
        assertThat(CombinedFinder.merge(TextLayer.of(text), List.of(label), List.of(learned))).containsExactly(label);
    }
}
