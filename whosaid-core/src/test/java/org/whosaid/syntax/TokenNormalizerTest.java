package org.whosaid.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenNormalizerTest {

    @Test
    void mapsCurlyQuotesBracketsAndDashesToCoreNlpForms() {
        assertThat(TokenNormalizer.normalize(List.of("\u201c", "No", "\u2014", "(", "never", ")", "\u201d")))
                .containsExactly("``", "No", "--", "-LRB-", "never", "-RRB-", "''");
    }

    @Test
    void pairsStraightDoubleQuotesByParity() {
        assertThat(TokenNormalizer.normalize(List.of("\"", "Yes", "\"", "and", "\"", "no", "\"")))
                .containsExactly("``", "Yes", "''", "and", "``", "no", "''");
    }

    @Test
    void straightensCurlyApostrophesInsideWords() {
        assertThat(TokenNormalizer.normalize(List.of("Clinton", "\u2019s", "do", "n\u2019t")))
                .containsExactly("Clinton", "'s", "do", "n't");
    }
}
