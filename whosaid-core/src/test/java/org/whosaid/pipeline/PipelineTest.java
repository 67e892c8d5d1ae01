package org.whosaid.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.whosaid.RandomTexts;
import org.whosaid.SpanContract;
import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.Block;
import org.whosaid.model.Quote;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;

/** End-to-end behaviour of the rule pipeline on small fictional articles, one construction each. */
class PipelineTest {

    private final Pipeline pipeline = Pipeline.create(PipelineOptions.defaults());

    private Analysis analyze(String body) {
        return pipeline.analyze(Article.of("t", "A headline for the test\n\n" + body));
    }

    private static Quote only(Analysis a) {
        assertThat(a.quotes()).hasSize(1);
        return a.quotes().get(0);
    }

    @Test
    void attributesDirectQuoteWithCueAfterIt() {
        Quote q = only(analyze("“The road will open in May,” Mayor Ana Ruiz said."));
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.text()).isEqualTo("The road will open in May");
        assertThat(q.speaker().name()).isEqualTo("Ana Ruiz");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void pairsClosingMarkMisplacedAfterCommaAndSpace() {
        Quote q = only(analyze("“We are ready. The money is there, ”the minister emphasized."));
        assertThat(q.text()).isEqualTo("We are ready. The money is there");
        assertThat(q.speaker().mention()).isEqualTo("the minister");
    }

    @Test
    void joinsInterruptedQuotationIntoFragments() {
        Analysis a = analyze("Judge Omar Selby spoke first.\n\n\"The court is closed,\" Selby said. \"It opens on Monday.\"");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(q.fragments()).hasSize(2);
        assertThat(q.speaker().name()).isEqualTo("Omar Selby");
    }

    @Test
    void resolvesRoleNounToMostRecentFittingPerson() {
        Analysis a = analyze("Political analyst Vera Holm said the vote was close.\n\n"
                + "Prime Minister Karl Brun said that the count was fair.\n\n"
                + "“Nobody expected this,” the analyst said.");
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker().name()).isEqualTo("Vera Holm");
    }

    @Test
    void resolvesPronounToPreviousSpeaker() {
        Analysis a = analyze("Senator Lena Marsh said the bill would pass.\n\nShe added that talks would go on.");
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).containsOnly("Lena Marsh");
        assertThat(a.quotes().get(1).speaker().mention()).isEqualTo("She");
    }

    @Test
    void resolvesOrganisationsGroupsAndPossessives() {
        Analysis a = analyze("The Pentagon said the drill was routine.\n\n"
                + "Officials said that more drills would follow.\n\n"
                + "Senator Ray Oduya spoke later. Oduya’s campaign said the senator would attend.");
        assertThat(a.quotes()).extracting(q -> q.speaker().name())
                .containsExactly("Pentagon", "Officials", "Oduya’s campaign");
        assertThat(a.entities()).extracting(e -> e.kind().label())
                .containsExactly("organization", "group", "organization");
    }

    @Test
    void joinsTransliterationVariantsOfOneSurname() {
        Analysis a = analyze("Envoy Bashir Jaafari arrived on Monday.\n\n“We will talk,” Jafari said.");
        assertThat(a.quotes().get(0).speaker().name()).isEqualTo("Bashir Jaafari");
    }

    @Test
    void relativePronounSourceGoesToTheNameBeforeIt() {
        Analysis a = analyze("The talks were led by Mara Olsen, who said that a deal was close.");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).speaker().name()).isEqualTo("Mara Olsen");
    }

    @Test
    void roleNounGoesToTheOrganisationTheArticleDescribedSo() {
        Analysis a = analyze("Mayor Ana Ruiz leads the race, according to a new Harbour Gazette poll.\n\n"
                + "Most voters would choose Ruiz again. The poll indicates a tight race in the north.");
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).containsExactly("Harbour Gazette", "Harbour Gazette");
        assertThat(a.entities()).extracting(e -> e.name()).doesNotContain("Ana Ruiz");
    }

    @Test
    void attributesQuotationsSignedWithADashAndAName() {
        Analysis a = analyze("The ferry timetable changed this week.\n\n“The new timetable is a mess.” ― Lena Park\n"
                + "“I like the later boat.” — Omar Reyes\n\nThe “express” service \u2014 launched in May \u2014 ends soon.");
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).containsExactly("Lena Park", "Omar Reyes");
    }

    @Test
    void firstPersonSourcesAreTheAuthorAndTheirFamilyIsNotTheLastNamedPerson() {
        Article article = Article.builder("t", "Why I left the party\n\nMayor Ana Ruiz spoke at the rally.\n\n"
                + "I believe that the party lost its way. My mother told me that politics was a calling.")
                .authors(java.util.List.of("Jo Kemp")).build();
        Analysis a = pipeline.analyze(article);
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).containsExactly("Jo Kemp", "My mother");
    }

    @Test
    void findsReportedSpeechWithAccordingTo() {
        Quote q = only(analyze("According to the Harbour Authority, traffic has doubled since 2019."));
        assertThat(q.type()).isEqualTo(QuoteType.REPORTED);
        assertThat(q.speaker().name()).contains("Harbour Authority");
        assertThat(q.text()).isEqualTo("traffic has doubled since 2019");
    }

    @Test
    void marksPartialQuotationInsideReportedSpeech() {
        Quote q = only(analyze("Ruiz said that the plan was “dead on arrival” in the council."));
        assertThat(q.type()).isEqualTo(QuoteType.PARTIAL);
    }

    @Test
    void ignoresScareQuotesWithoutCue() {
        assertThat(analyze("The so-called “reform” changed nothing for the town.").quotes()).isEmpty();
    }

    @Test
    void neverAttributesCaptionsCreditsOrFootnotes() {
        Analysis a = analyze("The council met on Monday.\n\n  • “We are ready,” says a sign at the gate\n  • Reuters\n  • © Lia Moss\n\n"
                + "* “Reform Now” is a registered party.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void extractsChannelAndResolvesTimeAgainstPublication() {
        Article article = Article.builder("t", "Headline\n\nLast week, Dana Cole wrote on Twitter that the port would close.")
                .published(java.time.LocalDate.of(2024, 3, 14)).build();
        Quote q = only(pipeline.analyze(article));
        assertThat(q.channel()).isEqualTo("Twitter");
        assertThat(q.time().text()).isEqualTo("Last week");
        assertThat(q.time().value()).isEqualTo("2024-W10");
    }

    @Test
    void rejectsArticlesOverTheSizeLimit() {
        Pipeline small = Pipeline.create(PipelineOptions.defaults().withMaxChars(10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.analyze(Article.of("big", "x".repeat(11))))
                .isInstanceOf(ArticleTooLargeException.class).hasMessageContaining("big");
    }

    @Test
    void batchKeepsInputOrder() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            articles.add(Article.of("a" + i, "Headline\n\n“Number " + i + " is here,” Tom Reed said."));
        }
        List<Pipeline.Result> results = Pipeline.create(PipelineOptions.defaults().withThreads(2)).analyzeAll(articles);
        for (int i = 0; i < 50; i++) {
            assertThat(results.get(i).analysis().article().id()).isEqualTo("a" + i);
        }
    }

    /** The contract every stage's output keeps: spans inside the text, in order, never backwards. */
    @Test
    void everySpanOfEveryStageLiesInsideTheTextOnRandomInput() {
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            String text = RandomTexts.next(random, 1500);
            Analysis a = pipeline.analyze(Article.of("r" + i, text));
            List<Span> blocks = new ArrayList<>();
            for (Block b : a.blocks()) {
                blocks.add(b.span());
            }
            SpanContract.assertWellFormed(text, blocks, "blocks");
            SpanContract.assertSortedNonOverlapping(text, blocks, "blocks");
            List<Span> contents = new ArrayList<>();
            for (Quote q : a.quotes()) {
                contents.add(q.span());
                SpanContract.assertWellFormed(text, q.fragments(), "fragments");
                SpanContract.assertSortedNonOverlapping(text, q.fragments(), "fragments");
                if (q.cue() != null) {
                    SpanContract.assertWellFormed(text, List.of(q.cue().span()), "cue");
                }
                if (q.speaker() != null) {
                    SpanContract.assertWellFormed(text, List.of(q.speaker().span()), "speaker");
                }
            }
            SpanContract.assertSortedByStart(text, contents, "quotes");
        }
    }
}
