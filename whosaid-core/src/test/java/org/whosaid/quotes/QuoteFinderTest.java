package org.whosaid.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.model.Span;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.text.TextLayer;

/** The rule finder's spans follow PolNeAR's conventions; one fictional sentence per mechanism. */
class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder(CueLexicon.english());
    private String text;

    private List<Attribution> find(String body) {
        text = "A headline for the test\n\n" + body;
        TextLayer layer = TextLayer.of(text);
        return finder.find(layer, StructureAnalyzer.analyze(Article.of("t", text), layer));
    }

    private String of(Span span) {
        return span == null ? null : span.of(text);
    }

    private Attribution only(List<Attribution> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void reportedContentStartsWithItsComplementiser() {
        Attribution a = only(find("Mayor Ana Ruiz said that the road would open in May."));
        assertThat(of(a.contentSpan())).isEqualTo("that the road would open in May");
    }

    @Test
    void asClauseAfterTheContentNamesItsSource() {
        List<Attribution> found = find("The pier will close for a year.\n\nThe divers were never paid, as Ruiz has noted.");
        Attribution a = only(found);
        assertThat(of(a.contentSpan())).isEqualTo("The divers were never paid");
        assertThat(of(a.source())).isEqualTo("Ruiz");
        assertThat(of(a.cue())).isEqualTo("has noted");
    }

    @Test
    void cueSpansAuxiliariesAndAdverbsBeforeTheVerb() {
        Attribution a = only(find("The harbour council has also said that the ferry will stop in June."));
        assertThat(of(a.cue())).isEqualTo("has also said");
        assertThat(of(a.source())).isEqualTo("The harbour council");
    }

    @Test
    void reflexiveStaysOutOfTheCue() {
        Attribution a = only(find("Ruiz herself said the tunnel was closed."));
        assertThat(of(a.cue())).isEqualTo("said");
    }

    @Test
    void relativePronounIsTheSourceOfItsClause() {
        List<Attribution> found = find("The plan was drawn up by Omar Selby, who said the vote had been fair.");
        Attribution a = found.get(found.size() - 1);
        assertThat(of(a.source())).isEqualTo("who");
        assertThat(of(a.contentSpan())).isEqualTo("the vote had been fair");
    }

    @Test
    void participleAfterATrailerTakesTheMainClauseSource() {
        List<Attribution> found = find("“The road is safe,” Ruiz said, adding that repairs would start in May.");
        assertThat(found).hasSize(2);
        assertThat(of(found.get(0).contentSpan())).isEqualTo("The road is safe");
        assertThat(of(found.get(1).cue())).isEqualTo("adding");
        assertThat(of(found.get(1).source())).isEqualTo("Ruiz");
        assertThat(of(found.get(1).contentSpan())).isEqualTo("that repairs would start in May");
    }

    @Test
    void contentInterruptedByTheCueHasTwoPieces() {
        Attribution a = only(find("The new budget, Ruiz said on Tuesday, would be balanced by June."));
        assertThat(a.content()).extracting(this::of).containsExactly("The new budget", "would be balanced by June");
        assertThat(of(a.source())).isEqualTo("Ruiz");
    }

    @Test
    void invertedSubjectKeepsItsAppositive() {
        Attribution a = only(find("“The bridge will hold,” said Ana Ruiz, a city engineer who inspected it."));
        assertThat(of(a.source())).isEqualTo("Ana Ruiz, a city engineer who inspected it");
    }

    @Test
    void appositiveSubjectBeforeATrailerIsTheSource() {
        Attribution a = only(find("“The bridge will hold,” Ana Ruiz, the city engineer, said."));
        assertThat(of(a.source())).isEqualTo("Ana Ruiz, the city engineer");
        assertThat(of(a.contentSpan())).isEqualTo("The bridge will hold");
    }

    @Test
    void coordinatedClauseWithItsOwnCueIsASecondAttribution() {
        List<Attribution> found = find("Ruiz said the road was safe, but critics argued that it was far too narrow.");
        assertThat(found).hasSize(2);
        assertThat(of(found.get(0).contentSpan())).isEqualTo("the road was safe");
        assertThat(of(found.get(1).source())).isEqualTo("critics");
        assertThat(of(found.get(1).cue())).isEqualTo("argued");
    }

    @Test
    void cueWordsLearnedFromTheCorpusAreCueVerbs() {
        List<String> learned = CueLexicon.learnedWords();
        assertThat(learned).isNotEmpty().allMatch(w -> w.equals(w.strip().toLowerCase(java.util.Locale.ROOT)));
        CueLexicon lexicon = CueLexicon.english();
        assertThat(learned).allMatch(lexicon::isCueVerb);
        assertThat(learned).doesNotContain("according");
    }

    @Test
    void infinitiveComplementIsTheContent() {
        Attribution a = only(find("The harbour authority declined to comment on the closure."));
        assertThat(of(a.contentSpan())).isEqualTo("to comment on the closure");
        assertThat(of(a.source())).isEqualTo("The harbour authority");
    }

    @Test
    void hearerBeforeAnInfinitiveBelongsToTheContent() {
        Attribution a = only(find("Pastor Lena Marsh asked the congregation to stand for a minute."));
        assertThat(of(a.contentSpan())).isEqualTo("the congregation to stand for a minute");
    }

    @Test
    void passiveExpectationTakesItsSubjectAsSource() {
        Attribution a = only(find("The ferry company is expected to announce new fares on Monday."));
        assertThat(of(a.cue())).isEqualTo("is expected");
        assertThat(of(a.source())).isEqualTo("The ferry company");
        assertThat(of(a.contentSpan())).isEqualTo("to announce new fares on Monday");
    }

    @Test
    void progressiveBeliefIsABelief() {
        Attribution a = only(find("The mayor's allies were hoping that the vote would be delayed."));
        assertThat(a.type()).isEqualTo(org.whosaid.model.QuoteType.BELIEF);
        assertThat(of(a.cue())).isEqualTo("were hoping");
    }

    @Test
    void sentenceAdverbAfterTheSubjectIsNoApposition() {
        List<Attribution> found = find("Senator Karl Brun, meanwhile, warned that the ferry would close.");
        Attribution a = found.get(found.size() - 1);
        assertThat(of(a.source())).isEqualTo("Senator Karl Brun");
        assertThat(of(a.cue())).isEqualTo("warned");
    }

    @Test
    void trailingAccordingToIsNotPartOfTheContent() {
        List<Attribution> found = find("Ruiz said the fares would rise in May, according to two council members.");
        Attribution said = found.stream().filter(a -> of(a.cue()).equals("said")).findFirst().orElseThrow();
        assertThat(of(said.contentSpan())).isEqualTo("the fares would rise in May");
    }

    @Test
    void quantifierOrAdjectiveCanHeadTheSubject() {
        Attribution a = only(find("A council official said that the ferry would stop in June."));
        assertThat(of(a.source())).isEqualTo("A council official");
    }

    @Test
    void subjectStepsOverAParenthesis() {
        Attribution a = only(find("Sen. Karl Brun (D-Ore.) said the ferry would stop in June."));
        assertThat(of(a.source())).isEqualTo("Sen. Karl Brun (D-Ore.)");
    }

    @Test
    void coordinatedCueEndsTheContentAndSharesTheSource() {
        List<Attribution> found = find("Ruiz said the ferry would stop in June and added that buses would replace it.");
        assertThat(found).hasSize(2);
        assertThat(of(found.get(0).contentSpan())).isEqualTo("the ferry would stop in June");
        assertThat(of(found.get(1).cue())).isEqualTo("added");
        assertThat(of(found.get(1).source())).isEqualTo("Ruiz");
        assertThat(of(found.get(1).contentSpan())).isEqualTo("that buses would replace it");
    }

    @Test
    void weekdayBeforeThatIsNoContent() {
        Attribution a = only(find("Ruiz said Thursday that the ferry would stop in June."));
        assertThat(of(a.contentSpan())).isEqualTo("that the ferry would stop in June");
    }

    @Test
    void transcriptLineBelongsToItsSpeakerLabel() {
        List<Attribution> found = find("HOST: Why did the council close the old pier so suddenly?\n\n"
                + "LUND: The pilings had rotted through after three wet winters.");
        assertThat(found).extracting(f -> of(f.source())).containsExactly("HOST", "LUND");
        assertThat(of(found.get(0).contentSpan())).isEqualTo("Why did the council close the old pier so suddenly");
        assertThat(found.get(0).cue()).isNull();
    }

    @Test
    void transcriptLabelsAlsoFollowOtherLineBreaks() {
        List<Attribution> found = find("HOST: Why did the council close the old pier so suddenly?\u2029"
                + "LUND: The pilings had rotted through after three wet winters.");
        assertThat(found).extracting(f -> of(f.source())).containsExactly("HOST", "LUND");
    }

    @Test
    void labelsThatNameNoSpeakerAreNotAttributions() {
        assertThat(find("Note: the ferry timetable in this story was changed on Monday evening.")).isEmpty();
        assertThat(find("Q: Why did the council close the old pier so suddenly this spring?")).isEmpty();
        assertThat(find("Reporting: Lia Moss, Omar Selby, Dana Cole, Ana Ruiz and Petra Lund.")).isEmpty();
        assertThat(find("Harbour Board: Ana Ruiz, Omar Selby, Dana Cole, Petra Lund and Jo Kemp.")).isEmpty();
    }

    @Test
    void leaderEndingItsParagraphTakesTheQuotationBelowNotTheOneAbove() {
        Attribution a = only(find("“The ferry is late again.”\n\n"
                + "Selby replied:\n\n“We have ordered a second boat. It will sail in May.”"));
        assertThat(of(a.source())).isEqualTo("Selby");
        assertThat(of(a.contentSpan())).isEqualTo("We have ordered a second boat. It will sail in May.");
    }

    @Test
    void quotationAfterATrailerJoinsItOnlyWhenItFillsItsSentence() {
        List<Attribution> found = find("“The pier is unsafe,” Ruiz said. “You ignored the divers” to save money, she said.");
        assertThat(of(found.get(0).source())).isEqualTo("Ruiz");
        assertThat(found.get(0).content()).extracting(this::of).containsExactly("The pier is unsafe");
    }

    @Test
    void quotedTitleBeforeTheSubjectIsNoTrailer() {
        Attribution a = only(find("On Sunday’s broadcast of “Harbour Hour,” Mayor Ana Ruiz said the ferry would run in May."));
        assertThat(of(a.source())).isEqualTo("Mayor Ana Ruiz");
        assertThat(of(a.contentSpan())).isEqualTo("the ferry would run in May");
    }

    @Test
    void sentenceOpeningAsClauseWithAHandleTakesTheContentAfterItsComma() {
        Attribution a = only(find("As one Twitter user @harbourwatch pointed out with a photo, the pier is sinking fast."));
        assertThat(of(a.source())).isEqualTo("one Twitter user @harbourwatch");
        assertThat(of(a.contentSpan())).isEqualTo("the pier is sinking fast");
    }

    @Test
    void quotationResumedAfterATrailerWithAdjunctsIsASecondPiece() {
        Attribution a = only(find("“The pier is safe,” Ruiz said at a meeting in Bergen, Norway, “but the cranes are not.”"));
        assertThat(a.content()).extracting(this::of).containsExactly("The pier is safe", "but the cranes are not.");
    }

    @Test
    void quotationAfterAnotherCueInTheTrailerIsNotResumed() {
        List<Attribution> found = find("“The pier is safe,” Ruiz said, adding a warning, “but the cranes are not.”");
        assertThat(of(found.get(0).cue())).isEqualTo("said");
        assertThat(found.get(0).content()).extracting(this::of).containsExactly("The pier is safe");
    }

    @Test
    void shortAdjunctAfterTheCueIsSkippedBeforeAContentSubject() {
        Attribution a = only(find("Mayor Ana Ruiz said after the meeting she would not resign."));
        assertThat(of(a.contentSpan())).isEqualTo("she would not resign");
    }

    @Test
    void reportedContentStopsBeforeACoordinatedClauseWithACueOfItsOwn() {
        List<Attribution> found = find("Ruiz said the ferry would stop in May, and when pressed on why, the harbour master "
                + "replied that the cranes were old.");
        assertThat(of(found.get(0).contentSpan())).isEqualTo("the ferry would stop in May");
    }

    @Test
    void participlePhraseBetweenCommasIsNoAppositiveOfTheSubject() {
        List<Attribution> found = find("Ruiz, speaking to a harbour crowd in Bergen, said the ferry would run in May.");
        assertThat(of(found.get(0).source())).isEqualTo("Ruiz");
        assertThat(of(found.get(0).contentSpan())).isEqualTo("the ferry would run in May");
    }

    @Test
    void timeAfterATrailerCueLeavesTheContentBeforeItWithoutTheDateline() {
        Attribution a = only(find("BERGEN ― The ferry plan is a waste of money, harbour workers said Friday afternoon, "
                + "as they left the meeting."));
        assertThat(of(a.source())).isEqualTo("harbour workers");
        assertThat(a.content()).extracting(this::of).containsExactly("The ferry plan is a waste of money");
    }

    @Test
    void headlineLabelsItsSpeakerWithMoreWordsThanABodyLine() {
        String text = "Mayor Ana Ruiz Slams Harbour Board: ‘The Ferry Plan Failed’\n\nThe mayor spoke on Tuesday.";
        TextLayer layer = TextLayer.of(text);
        List<Attribution> found = finder.find(layer, StructureAnalyzer.analyze(Article.of("t", text), layer));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).source().of(text)).isEqualTo("Mayor Ana Ruiz Slams Harbour Board");
        assertThat(found.get(0).contentSpan().of(text)).isEqualTo("The Ferry Plan Failed");
    }
}
