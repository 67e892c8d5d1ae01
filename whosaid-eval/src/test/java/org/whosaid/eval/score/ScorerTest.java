package org.whosaid.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;

class ScorerTest {

    /** A fictional article with one direct quote, one reported statement and one belief. */
    private static final String TEXT = "Mayor Ana Ruiz said, \"The bridge opens in May.\" "
            + "Engineers reported that the steel had arrived late. "
            + "Councillor Bo Lind thinks the budget will hold. "
            + "The weather was mild all week, the ferries ran on time, the markets were busy, the schools "
            + "opened again after the long holiday and the river stayed low.";

    private static Span at(String words) {
        int i = TEXT.indexOf(words);
        if (i < 0) {
            throw new IllegalArgumentException("not in the fixture: " + words);
        }
        return new Span(i, i + words.length());
    }

    private static Pieces p(String words) {
        return Pieces.normalized(at(words), TEXT);
    }

    private static Attribution attr(String source, String cue, String content, QuoteType type) {
        return new Attribution(source == null ? Pieces.EMPTY : p(source), cue == null ? Pieces.EMPTY : p(cue),
                content == null ? Pieces.EMPTY : p(content), type);
    }

    private static final Attribution RUIZ = attr("Mayor Ana Ruiz", "said", "\"The bridge opens in May.\"", QuoteType.DIRECT);
    private static final Attribution ENGINEERS = attr("Engineers", "reported", "that the steel had arrived late",
            QuoteType.REPORTED);
    private static final Attribution LIND = attr("Councillor Bo Lind", "thinks", "the budget will hold", QuoteType.BELIEF);

    private static Scores score(List<Attribution> gold, List<Attribution> predicted) {
        return Scorer.score(List.of(new DocumentCase("doc", "gazette", TEXT, gold, predicted)));
    }

    @Test
    void countsIdenticalPredictionsAsExactAfterTrimming() {
        Attribution predicted = attr("Ana Ruiz", "said", "The bridge opens in May", QuoteType.DIRECT);

        Scores s = score(List.of(RUIZ), List.of(predicted));

        Counts content = s.overall().role(Role.CONTENT);
        assertThat(content.exactGold()).isEqualTo(1);
        assertThat(content.exactF1()).isEqualTo(1.0);
        Counts source = s.overall().role(Role.SOURCE);
        assertThat(source.exactGold()).isZero();
        assertThat(source.overlapRecall()).isCloseTo(8.0 / 14, within(1e-9));
        assertThat(source.overlapPrecision()).isEqualTo(1.0);
    }

    @Test
    void creditsOverlapWithTheCoveredFractionOnEachSide() {
        Attribution predicted = attr("Engineers", "reported", "the steel had arrived late. Councillor", QuoteType.REPORTED);

        Counts content = score(List.of(ENGINEERS), List.of(predicted)).overall().role(Role.CONTENT);

        int shared = "the steel had arrived late".length();
        assertThat(content.exactGold()).isZero();
        assertThat(content.overlapRecall()).isCloseTo((double) shared / "that the steel had arrived late".length(), within(1e-9));
        assertThat(content.overlapPrecision()).isCloseTo((double) shared / "the steel had arrived late. Councillor".length(), within(1e-9));
    }

    @Test
    void matchesOneToOneSoTwoPredictionsForOneGoldCountOnce() {
        Scores s = score(List.of(RUIZ), List.of(RUIZ, RUIZ));

        Counts content = s.overall().role(Role.CONTENT);
        assertThat(content.gold()).isEqualTo(1);
        assertThat(content.predicted()).isEqualTo(2);
        assertThat(content.exactGold()).isEqualTo(1);
        assertThat(content.exactPredicted()).isEqualTo(1);
        assertThat(content.exactPrecision()).isEqualTo(0.5);
        assertThat(content.overlapPrecision()).isEqualTo(0.5);
        assertThat(s.errors()).extracting(ErrorEntry::cause).containsExactly(ErrorCause.FALSE_ALARM_DUPLICATE);
    }

    @Test
    void comparesDiscontinuousSpansAsSetsOfPieces() {
        String text = "\"We start Monday,\" the foreman said, \"and finish by June.\"";
        Span first = new Span(0, 18);
        Span second = new Span(37, text.length());
        int foreman = text.indexOf("the foreman");
        int said = text.indexOf("said");
        Attribution gold = new Attribution(Pieces.normalized(new Span(foreman, foreman + 11), text),
                Pieces.normalized(new Span(said, said + 4), text),
                Pieces.normalized(List.of(first, second), text), QuoteType.DIRECT);
        Attribution both = new Attribution(gold.source(), gold.cue(),
                Pieces.normalized(List.of(new Span(1, 16), new Span(38, text.length() - 2)), text), QuoteType.DIRECT);
        Attribution firstOnly = new Attribution(gold.source(), gold.cue(), Pieces.normalized(first, text), QuoteType.DIRECT);

        Counts exact = Scorer.score(List.of(new DocumentCase("d", null, text, List.of(gold), List.of(both))))
                .overall().role(Role.CONTENT);
        Counts partial = Scorer.score(List.of(new DocumentCase("d", null, text, List.of(gold), List.of(firstOnly))))
                .overall().role(Role.CONTENT);

        assertThat(exact.exactF1()).isEqualTo(1.0);
        assertThat(partial.exactGold()).isZero();
        double firstChars = "We start Monday".length();
        assertThat(partial.overlapRecall()).isCloseTo(firstChars / (firstChars + "and finish by June".length()), within(1e-9));
        assertThat(partial.overlapPrecision()).isEqualTo(1.0);
    }

    @Test
    void creditsAnAttributionOnlyWhenItsSourceOverlapsTheGoldSource() {
        Attribution rightSource = attr("Ruiz", "said", "The bridge opens in May", QuoteType.DIRECT);
        Attribution wrongSource = attr("Engineers", "said", "The bridge opens in May", QuoteType.DIRECT);

        Counts right = score(List.of(RUIZ), List.of(rightSource)).overall().attributions();
        Counts wrong = score(List.of(RUIZ), List.of(wrongSource)).overall().attributions();

        assertThat(right.overlapRecall()).isEqualTo(1.0);
        assertThat(right.exactRecall()).isZero();
        assertThat(wrong.overlapRecall()).isZero();
    }

    @Test
    void breaksDownRecallByGoldTypeAndPrecisionByPredictedType() {
        Attribution asReported = attr("Engineers", "reported", "that the steel had arrived late", QuoteType.REPORTED);
        Attribution beliefAsReported = attr("Councillor Bo Lind", "thinks", "the budget will hold", QuoteType.REPORTED);

        Scores s = score(List.of(ENGINEERS, LIND), List.of(asReported, beliefAsReported));

        Counts belief = s.type(QuoteType.BELIEF).role(Role.CONTENT);
        Counts reported = s.type(QuoteType.REPORTED).role(Role.CONTENT);
        assertThat(belief.gold()).isEqualTo(1);
        assertThat(belief.predicted()).isZero();
        assertThat(belief.exactRecall()).isEqualTo(1.0);
        assertThat(reported.gold()).isEqualTo(1);
        assertThat(reported.predicted()).isEqualTo(2);
        assertThat(reported.exactPrecision()).isEqualTo(1.0);
        assertThat(s.confusion(QuoteType.BELIEF, QuoteType.REPORTED)).isEqualTo(1);
        assertThat(s.errors()).extracting(ErrorEntry::cause).containsExactly(ErrorCause.TYPE_WRONG);
    }

    @Test
    void sumsOutletsSeparately() {
        Scores s = Scorer.score(List.of(
                new DocumentCase("a", "gazette", TEXT, List.of(RUIZ), List.of(RUIZ)),
                new DocumentCase("b", "courier", TEXT, List.of(LIND), List.of())));

        assertThat(s.byOutlet()).containsOnlyKeys("courier", "gazette");
        assertThat(s.byOutlet().get("gazette").role(Role.CONTENT).exactRecall()).isEqualTo(1.0);
        assertThat(s.byOutlet().get("courier").role(Role.CONTENT).exactRecall()).isZero();
        assertThat(s.overall().role(Role.CONTENT).exactRecall()).isEqualTo(0.5);
    }

    @Test
    void namesTheCauseOfEachMissAndFalseAlarm() {
        Attribution sourceless = attr(null, "reported", "that the steel had arrived late", QuoteType.REPORTED);
        Attribution weather = attr(null, null, "the river stayed low", QuoteType.REPORTED);

        Scores s = score(List.of(RUIZ, ENGINEERS), List.of(sourceless, weather));

        assertThat(s.errors()).extracting(ErrorEntry::cause).containsExactlyInAnyOrder(
                ErrorCause.CONTENT_MISSED, ErrorCause.SOURCE_MISSED, ErrorCause.FALSE_ALARM_NO_GOLD);
    }

    @Test
    void prefersTheBestOverlappingPairWhenMatching() {
        List<Pieces> gold = List.of(p("Engineers reported that the steel"), p("the steel had arrived late"));
        List<Pieces> predicted = List.of(p("the steel had arrived late"));

        int[] match = Matcher.overlap(gold, predicted);

        assertThat(match).containsExactly(-1, 0);
    }
}
