package org.whosaid.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Span;

class CodePointOffsetsTest {

    @Test
    void leavesOffsetsUnchangedInTextWithoutSurrogates() {
        String text = "Plain text, accents é ü and a euro sign €.";
        CodePointOffsets offsets = CodePointOffsets.of(text);

        assertThat(offsets.isIdentity()).isTrue();
        for (int i = 0; i <= text.length(); i++) {
            assertThat(offsets.start(i)).isEqualTo(i);
            assertThat(offsets.end(i)).isEqualTo(i);
        }
    }

    @Test
    void agreesWithCodePointCountAtEveryCharacterBoundary() {
        String text = "a🚢b 𝒞𝒟 c🌊🌊d";
        CodePointOffsets offsets = CodePointOffsets.of(text);

        assertThat(offsets.isIdentity()).isFalse();
        for (int i = 0; i <= text.length(); i = i < text.length() ? text.offsetByCodePoints(i, 1) : i + 1) {
            int expected = text.codePointCount(0, i);
            assertThat(offsets.start(i)).as("start at %d", i).isEqualTo(expected);
            assertThat(offsets.end(i)).as("end at %d", i).isEqualTo(expected);
        }
    }

    @Test
    void widensOffsetsThatFallInsideASurrogatePair() {
        String text = "x🚢y";
        CodePointOffsets offsets = CodePointOffsets.of(text);

        // offset 2 lies between the two halves of the ship
        assertThat(offsets.start(2)).isEqualTo(1);
        assertThat(offsets.end(2)).isEqualTo(2);
        assertThat(offsets.span(new Span(2, 2))).containsExactly(1, 2);
    }

    @Test
    void countsAnUnpairedSurrogateAsOneCodePoint() {
        String text = "a\uD83Db🚢c";
        CodePointOffsets offsets = CodePointOffsets.of(text);

        assertThat(offsets.start(3)).isEqualTo(text.codePointCount(0, 3));
        assertThat(offsets.end(text.length())).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Test
    void clampsOffsetsPastTheEndOfTheText() {
        CodePointOffsets offsets = CodePointOffsets.of("🚢ab");

        assertThat(offsets.span(new Span(1, 99))).containsExactly(0, 3);
    }
}
