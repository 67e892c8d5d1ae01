package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whosaid.syntax.NameTagger.NameKind;
import org.whosaid.syntax.NameTaggerEvaluation.Counts;

class NameTaggerEvaluationTest {

    private static final NameKind O = NameKind.NONE;
    private static final NameKind PER = NameKind.PERSON;
    private static final NameKind ORG = NameKind.ORGANIZATION;
    private static final NameKind LOC = NameKind.LOCATION;

    @Test
    void nameCountsOnlyWithBothBoundsAndItsKind() {
        // reference: "Ada Verne" person, "Oslo" place, "Harbour Bank" organisation
        NameKind[] reference = {PER, PER, O, LOC, O, ORG, ORG};
        // predicted: the person right, the place as an organisation, the organisation cut short
        NameKind[] predicted = {PER, PER, O, ORG, O, ORG, O};
        Map<NameKind, Counts> c = NameTaggerEvaluation.compare(List.<NameKind[]>of(predicted), List.<NameKind[]>of(reference));
        assertThat(c.get(PER)).isEqualTo(new Counts(1, 1, 1));
        assertThat(c.get(ORG)).isEqualTo(new Counts(0, 2, 1));
        assertThat(c.get(LOC)).isEqualTo(new Counts(0, 0, 1));
        assertThat(c.get(ORG).precision()).isZero();
        assertThat(c.get(PER).f1()).isEqualTo(1.0);
    }

    @Test
    void aLongerPredictedRunIsNotTheSameName() {
        NameKind[] reference = {PER, O, O};
        NameKind[] predicted = {PER, PER, O};
        Map<NameKind, Counts> c = NameTaggerEvaluation.compare(List.<NameKind[]>of(predicted), List.<NameKind[]>of(reference));
        assertThat(c.get(PER)).isEqualTo(new Counts(0, 1, 1));
    }
}
