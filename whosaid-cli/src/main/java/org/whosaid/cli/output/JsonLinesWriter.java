package org.whosaid.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.Cue;
import org.whosaid.model.Entity;
import org.whosaid.model.Quote;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.TimeExpression;

/**
 * JSON Lines: one object per article, streamed field by field, in the layout {@code docs/schema.md}
 * documents. Offsets leave here as code points; keep the two in step.
 */
final class JsonLinesWriter implements AnalysisWriter {
    private final Writer out;
    private final JsonGenerator json;
    private final boolean includeText;

    JsonLinesWriter(Writer out, OutputOptions options) {
        this.out = out;
        this.includeText = options.includeText();
        try {
            // The writer-based generator never throws on an unpaired surrogate; the UTF-8 encoder below it
            // replaces one with '?', which keeps code-point offsets valid.
            this.json = new JsonFactoryBuilder().rootValueSeparator((String) null)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build().createGenerator(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a JSON generator over a Writer", e);
        }
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        Article article = analysis.article();
        CodePointOffsets offsets = CodePointOffsets.of(article.text());
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("source", article.source());
        json.writeStringField("title", analysis.title());
        json.writeStringField("published", article.published() == null ? null : article.published().toString());
        if (article.url() != null) {
            json.writeStringField("url", article.url());
        }
        if (article.outlet() != null) {
            json.writeStringField("outlet", article.outlet());
        }
        if (includeText) {
            json.writeStringField("text", article.text());
        }
        json.writeArrayFieldStart("quotes");
        for (Quote quote : analysis.quotes()) {
            writeQuote(quote, offsets);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (Entity entity : analysis.entities()) {
            writeEntity(entity);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private void writeQuote(Quote quote, CodePointOffsets offsets) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", quote.id());
        json.writeStringField("type", quote.type().label());
        json.writeStringField("text", quote.text());
        writeOffsets(quote.span(), offsets);
        List<Span> fragments = quote.fragments();
        if (fragments.size() > 1) {
            json.writeArrayFieldStart("fragments");
            for (Span fragment : fragments) {
                int[] cp = offsets.span(fragment);
                json.writeArray(cp, 0, 2);
            }
            json.writeEndArray();
        }
        json.writeFieldName("cue");
        Cue cue = quote.cue();
        if (cue == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("text", cue.text());
            writeOffsets(cue.span(), offsets);
            json.writeEndObject();
        }
        json.writeFieldName("speaker");
        Speaker speaker = quote.speaker();
        if (speaker == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("name", speaker.name());
            json.writeStringField("mention", speaker.mention());
            writeOffsets(speaker.span(), offsets);
            json.writeStringField("entity", speaker.entityId());
            json.writeEndObject();
        }
        json.writeStringField("channel", quote.channel());
        json.writeFieldName("time");
        TimeExpression time = quote.time();
        if (time == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("text", time.text());
            writeOffsets(time.span(), offsets);
            json.writeStringField("value", time.value());
            json.writeEndObject();
        }
        json.writeNumberField("confidence", round3(quote.confidence()));
        json.writeEndObject();
    }

    private void writeOffsets(Span span, CodePointOffsets offsets) throws IOException {
        int[] cp = offsets.span(span);
        json.writeNumberField("start", cp[0]);
        json.writeNumberField("end", cp[1]);
    }

    private void writeEntity(Entity entity) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("name", entity.name());
        json.writeStringField("kind", entity.kind().label());
        writeStrings("aliases", entity.aliases());
        writeStrings("descriptors", entity.descriptors());
        json.writeEndObject();
    }

    private void writeStrings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    static double round3(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }
}
