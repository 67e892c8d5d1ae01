package org.whosaid.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerResolverCleanTest {

    @Test
    void collapsesWhitespaceRunsAsTheRegexDid() {
        String[] mentions = {"the harbour master", "  the\tharbour \n\n master ", "Ada  Verne", "Ada\u00a0Verne",
            "\u2003Ada Verne\u2003", "", " ", "Ada\u000BVerne\f\r"};
        for (String m : mentions) {
            assertThat(SpeakerResolver.clean(m)).as(m).isEqualTo(m.replaceAll("\\s+", " ").strip());
        }
    }

    @Test
    void keepsACleanMentionAsItIs() {
        String mention = "the city engineer";
        assertThat(SpeakerResolver.clean(mention)).isSameAs(mention);
    }
}
