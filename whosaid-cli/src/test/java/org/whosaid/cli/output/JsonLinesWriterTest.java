package org.whosaid.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.cli.output.Fixtures.slice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Analysis;
import org.whosaid.model.Quote;
import org.whosaid.model.QuoteType;

class JsonLinesWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesOneParsableObjectPerLine() throws IOException {
        String out = write(OutputOptions.defaults(), Fixtures.ferry(), Fixtures.ship());

        assertThat(out).endsWith("\n");
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(parse(out)).extracting(n -> n.get("id").asText()).containsExactly("ferry.txt", "ship.txt");
    }

    @Test
    void writesNothingWhenThereAreNoArticles() throws IOException {
        assertThat(write(OutputOptions.defaults())).isEmpty();
    }

    @Test
    void writesTheArticleFieldsOfTheSchema() throws IOException {
        JsonNode ferry = parse(write(OutputOptions.defaults(), Fixtures.ferry())).get(0);

        assertThat(names(ferry)).containsExactly("id", "source", "title", "published", "url", "outlet", "quotes", "entities");
        assertThat(ferry.get("source").asText()).isEqualTo("news/ferry.txt");
        assertThat(ferry.get("title").asText()).isEqualTo("Ferry to stay, mayor says");
        assertThat(ferry.get("published").asText()).isEqualTo("2024-03-13");
        assertThat(ferry.get("url").asText()).isEqualTo("https://example.org/ferry");
        assertThat(ferry.get("outlet").asText()).isEqualTo("Harbour Gazette");
    }

    @Test
    void leavesOutUnknownUrlAndOutletButWritesNullTitleAndDate() throws IOException {
        JsonNode ship = parse(write(OutputOptions.defaults(), Fixtures.ship())).get(0);

        assertThat(names(ship)).containsExactly("id", "source", "title", "published", "quotes", "entities");
        assertThat(ship.get("source").asText()).isEqualTo("ship.txt");
        assertThat(ship.get("title").isNull()).isTrue();
        assertThat(ship.get("published").isNull()).isTrue();
    }

    @Test
    void writesEveryQuoteFieldWithNullsForWhatIsUnknown() throws IOException {
        JsonNode quotes = parse(write(OutputOptions.defaults(), Fixtures.ferry())).get(0).get("quotes");
        JsonNode first = quotes.get(0);
        JsonNode last = quotes.get(4);

        assertThat(names(first)).containsExactly("id", "type", "text", "start", "end", "fragments",
                "cue", "speaker", "channel", "time", "confidence");
        assertThat(names(first.get("speaker"))).containsExactly("name", "mention", "start", "end", "entity");
        assertThat(first.get("speaker").get("name").asText()).isEqualTo("Elena Kovač");
        assertThat(first.get("speaker").get("mention").asText()).isEqualTo("Mayor Elena Kovač");
        assertThat(first.get("speaker").get("entity").asText()).isEqualTo("e1");
        assertThat(names(first.get("time"))).containsExactly("text", "start", "end", "value");
        assertThat(first.get("time").get("value").asText()).isEqualTo("2024-03-12");
        assertThat(first.get("channel").isNull()).isTrue();
        assertThat(quotes.get(3).get("channel").asText()).isEqualTo("Twitter");
        assertThat(quotes.get(3).get("type").asText()).isEqualTo("reported");

        assertThat(last.get("cue").isNull()).isTrue();
        assertThat(last.get("speaker").isNull()).isTrue();
        assertThat(last.get("time").isNull()).isTrue();
        assertThat(last.get("channel").isNull()).isTrue();
    }

    @Test
    void writesFragmentsOnlyForInterruptedQuotes() throws IOException {
        JsonNode quotes = parse(write(OutputOptions.defaults(), Fixtures.ferry())).get(0).get("quotes");

        JsonNode fragments = quotes.get(0).get("fragments");
        assertThat(fragments).hasSize(2);
        assertThat(fragments.get(0).get(0).asInt()).isEqualTo(quotes.get(0).get("start").asInt());
        assertThat(fragments.get(1).get(1).asInt()).isEqualTo(quotes.get(0).get("end").asInt());
        for (int i = 1; i < quotes.size(); i++) {
            assertThat(quotes.get(i).has("fragments")).as("quote %d", i).isFalse();
        }
    }

    @Test
    void convertsOffsetsToCodePointsAfterNonBmpCharacters() throws IOException {
        String text = Fixtures.SHIP_TEXT;
        JsonNode quote = parse(write(OutputOptions.defaults(), Fixtures.ship())).get(0).get("quotes").get(0);
        Quote model = Fixtures.ship().quotes().get(0);

        // the ship and the wave take two UTF-16 units each but one code point; the anchor is in the BMP
        assertThat(quote.get("start").asInt()).isEqualTo(model.span().start() - 2);
        JsonNode fragments = quote.get("fragments");
        assertThat(slice(text, fragments.get(0).get(0).asInt(), fragments.get(0).get(1).asInt()))
                .isEqualTo("We sail at dawn 🌅,");
        assertThat(slice(text, fragments.get(1).get(0).asInt(), fragments.get(1).get(1).asInt()))
                .isEqualTo("Be there.");
        JsonNode speaker = quote.get("speaker");
        assertThat(slice(text, speaker.get("start").asInt(), speaker.get("end").asInt())).isEqualTo("𝒞aptain Mira Holt");
        JsonNode cue = quote.get("cue");
        assertThat(slice(text, cue.get("start").asInt(), cue.get("end").asInt())).isEqualTo("said");
    }

    @Test
    void sliceOfEveryOffsetPairMatchesItsTextInThePlainArticle() throws IOException {
        String text = Fixtures.FERRY_TEXT;
        for (JsonNode quote : parse(write(OutputOptions.defaults(), Fixtures.ferry())).get(0).get("quotes")) {
            for (String field : List.of("cue", "speaker", "time")) {
                JsonNode part = quote.get(field);
                if (!part.isNull()) {
                    String expected = part.has("mention") ? part.get("mention").asText() : part.get("text").asText();
                    assertThat(slice(text, part.get("start").asInt(), part.get("end").asInt())).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void roundsConfidenceToThreeDecimals() throws IOException {
        JsonNode quotes = parse(write(OutputOptions.defaults(), Fixtures.ferry())).get(0).get("quotes");

        assertThat(quotes.get(0).get("confidence").asDouble()).isEqualTo(0.912);
        assertThat(quotes.get(1).get("confidence").asDouble()).isEqualTo(0.8);
    }

    @Test
    void writesEntitiesWithKindAliasesAndDescriptors() throws IOException {
        JsonNode entities = parse(write(OutputOptions.defaults(), Fixtures.ferry())).get(0).get("entities");

        assertThat(entities).hasSize(2);
        JsonNode kovac = entities.get(0);
        assertThat(names(kovac)).containsExactly("id", "name", "kind", "aliases", "descriptors");
        assertThat(kovac.get("kind").asText()).isEqualTo("person");
        assertThat(kovac.get("aliases")).extracting(JsonNode::asText).containsExactly("Elena Kovač", "Kovač");
        assertThat(kovac.get("descriptors")).extracting(JsonNode::asText).containsExactly("mayor");
    }

    @Test
    void carriesTheArticleTextOnlyWhenAsked() throws IOException {
        assertThat(parse(write(OutputOptions.defaults(), Fixtures.ship())).get(0).has("text")).isFalse();

        JsonNode withText = parse(write(OutputOptions.defaults().withIncludeText(true), Fixtures.ship())).get(0);
        assertThat(withText.get("text").asText()).isEqualTo(Fixtures.SHIP_TEXT);
    }

    @Test
    void survivesAnUnpairedSurrogateInTheText() throws IOException {
        String text = "Broken \uD83D here: \"Still fine,\" she said.";
        Quote quote = Fixtures.quote("q1", QuoteType.DIRECT, text).fragments("Still fine,").cue("said").build();
        Analysis analysis = Fixtures.analysis("broken.txt", text, List.of(quote), List.of());

        JsonNode parsed = parse(write(OutputOptions.defaults().withIncludeText(true), analysis)).get(0);
        JsonNode q = parsed.get("quotes").get(0);
        assertThat(slice(parsed.get("text").asText(), q.get("start").asInt(), q.get("end").asInt()))
                .isEqualTo("Still fine,");
    }

    private static String write(OutputOptions options, Analysis... analyses) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AnalysisWriter writer = AnalysisWriter.open(OutputFormat.JSON, bytes, options)) {
            for (Analysis analysis : analyses) {
                writer.write(analysis);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> parse(String jsonLines) {
        return jsonLines.lines().map(line -> {
            try {
                return MAPPER.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
