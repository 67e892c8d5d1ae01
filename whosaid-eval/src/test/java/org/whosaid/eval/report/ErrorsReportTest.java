package org.whosaid.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.eval.score.Attribution;
import org.whosaid.eval.score.DocumentCase;
import org.whosaid.eval.score.Pieces;
import org.whosaid.eval.score.Scorer;
import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;

class ErrorsReportTest {

    private static final String TEXT = "The market opened late. Traders said prices would climb. Nobody else spoke.";

    private static Pieces p(String words) {
        int i = TEXT.indexOf(words);
        return Pieces.normalized(new Span(i, i + words.length()), TEXT);
    }

    @Test
    void groupsErrorsByCauseWithTheSentenceAroundThem() {
        Attribution gold = new Attribution(p("Traders"), p("said"), p("prices would climb"), QuoteType.REPORTED);
        Attribution predicted = new Attribution(Pieces.EMPTY, p("said"), p("prices would"), QuoteType.REPORTED);

        String report = ErrorsReport.render("errors", Scorer.score(List.of(
                new DocumentCase("market", "gazette", TEXT, List.of(gold), List.of(predicted)))).errors());

        assertThat(report).contains("## content boundary off", "## source missed");
        assertThat(report).contains("Traders said ⟦⟨prices would⟩ climb⟧.");
        assertThat(report).doesNotContain("The market opened late", "Nobody else");
    }
}
