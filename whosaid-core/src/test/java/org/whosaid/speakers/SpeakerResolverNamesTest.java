package org.whosaid.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.model.Entity;
import org.whosaid.model.EntityKind;
import org.whosaid.quotes.Attribution;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.structure.Structure;
import org.whosaid.structure.StructureAnalyzer;
import org.whosaid.syntax.NameTagger;
import org.whosaid.text.TextLayer;

/** The speaker stage asks the name tagger what kind of entity a name of several words is. */
class SpeakerResolverNamesTest {

    private static final SpeakerResolver RESOLVER = new SpeakerResolver(NameTagger.bundled(), null);

    private static SpeakerResolver.Resolution resolve(String body) {
        String text = "A headline for the test\n\n" + body;
        TextLayer layer = TextLayer.of(text);
        Structure structure = StructureAnalyzer.analyze(Article.of("t", text), layer);
        List<Attribution> attributions = new QuoteFinder(CueLexicon.english()).find(layer, structure);
        return RESOLVER.resolve(layer, structure, attributions);
    }

    /** The names the sources worded {@code mention} resolve to. */
    private static List<String> namesOf(SpeakerResolver.Resolution r, String mention) {
        return r.speakers().stream().filter(s -> s != null && s.mention().equals(mention)).map(s -> s.name()).toList();
    }

    @Test
    void pronounSkipsAPlaceNamedInTwoWords() {
        SpeakerResolver.Resolution r = resolve("Governor Tom Ridley toured the border on Monday. "
                + "Voters in New Mexico are split on the plan.\n\nHe said that the plan would pass.");
        assertThat(r.speakers()).hasSize(1);
        assertThat(r.speakers().get(0).mention()).isEqualTo("He");
        assertThat(r.speakers().get(0).name()).isEqualTo("Tom Ridley");
    }

    @Test
    void companyNamedWithoutAnOrganisationWordIsAnOrganisation() {
        SpeakerResolver.Resolution r = resolve("Analysts at Goldman Sachs said that rates would rise.");
        assertThat(r.entities()).extracting(Entity::name).contains("Goldman Sachs");
        assertThat(r.entities()).filteredOn(e -> e.name().equals("Goldman Sachs"))
                .extracting(Entity::kind).containsOnly(EntityKind.ORGANIZATION);
    }

    @Test
    void personNamedInTwoWordsStaysAPerson() {
        SpeakerResolver.Resolution r = resolve("Mike Penrose said that the plant would close.\n\n"
                + "He added that talks would go on.");
        assertThat(r.entities()).filteredOn(e -> e.name().equals("Mike Penrose"))
                .extracting(Entity::kind).containsOnly(EntityKind.PERSON);
        assertThat(r.speakers()).extracting(s -> s.name()).containsOnly("Mike Penrose");
    }

    @Test
    void pronounSkipsASourceThatNamesNoOne() {
        SpeakerResolver.Resolution r = resolve("Senator Ada Verne toured the port on Monday.\n\n"
                + "The website reported that tickets sold out.\n\nShe said that the port would grow.");
        assertThat(r.speakers()).extracting(s -> s == null ? null : s.mention()).contains("She");
        assertThat(namesOf(r, "She")).containsExactly("Ada Verne");
    }

    @Test
    void pronounSkipsAOneWordSourceTheTaggerReadsAsNoName() {
        SpeakerResolver.Resolution r = resolve("Senator Ada Verne toured the port on Monday.\n\n"
                + "Progress said that tickets sold out.\n\nShe said that the port would grow.");
        assertThat(namesOf(r, "She")).containsExactly("Ada Verne");
    }

    @Test
    void pronounRightAfterAQuoteGoesToItsSpeakerNotTheNameMentionedLast() {
        SpeakerResolver.Resolution r = resolve("Senator Karl Brun met Governor Tom Pratt on Monday.\n\n"
                + "Brun said that the plan of Tom Pratt had failed. He added that talks would go on.");
        assertThat(namesOf(r, "He")).containsExactly("Karl Brun");
    }

    @Test
    void pluralCommonNounSourceIsAGroup() {
        SpeakerResolver.Resolution r = resolve("Nordic countries said that the ferry will sail again.");
        assertThat(r.entities()).filteredOn(e -> e.name().equals("Nordic countries"))
                .extracting(Entity::kind).containsOnly(EntityKind.GROUP);
    }

    @Test
    void socialMediaHandleNamesTheSpeakerNotThePlatform() {
        SpeakerResolver.Resolution r = resolve("One Twitter user @harbourwatch said that the pier was sinking.");
        assertThat(r.speakers()).extracting(s -> s.name()).containsExactly("@harbourwatch");
    }

    @Test
    void genderedRoleNounSkipsAPersonOfTheOtherGender() {
        SpeakerResolver resolver = new SpeakerResolver(NameTagger.bundled(), FirstNameGenders.bundled());
        String text = "A headline for the test\n\nMaria Lund said that the port would grow.\n\n"
                + "Peter Holm said that the ferry was late.\n\nThe spokeswoman said that tickets sold out.";
        TextLayer layer = TextLayer.of(text);
        Structure structure = StructureAnalyzer.analyze(Article.of("t", text), layer);
        List<Attribution> attributions = new QuoteFinder(CueLexicon.english()).find(layer, structure);
        SpeakerResolver.Resolution r = resolver.resolve(layer, structure, attributions);
        assertThat(r.speakers().get(2).mention()).isEqualTo("The spokeswoman");
        assertThat(r.speakers().get(2).name()).isNotEqualTo("Peter Holm");
    }

    @Test
    void whoseMentionNamesTheNounAfterIt() {
        String text = "A headline for the test\n\nSailors from towns whose mayors said that the pier was safe were angry.";
        TextLayer layer = TextLayer.of(text);
        Structure structure = StructureAnalyzer.analyze(Article.of("t", text), layer);
        int at = text.indexOf("whose mayors");
        Attribution attribution = new Attribution(org.whosaid.model.QuoteType.REPORTED,
                List.of(new org.whosaid.model.Span(text.indexOf("that the pier"), text.indexOf(" were angry"))),
                new org.whosaid.model.Span(text.indexOf("said"), text.indexOf("said") + 4),
                new org.whosaid.model.Span(at, at + "whose mayors".length()), null, null, 0.7);
        SpeakerResolver.Resolution r = RESOLVER.resolve(layer, structure, List.of(attribution));
        assertThat(r.speakers().get(0).name()).isEqualTo("mayors");
    }
}
