package org.whosaid.eval.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.whosaid.eval.bench.BenchResult;
import org.whosaid.eval.polnear.PolnearEvaluation;
import org.whosaid.eval.score.Counts;
import org.whosaid.eval.score.Role;
import org.whosaid.eval.score.Tally;
import org.whosaid.pipeline.Stage;

/** Machine-readable copies of the figures, for tracking them across commits. */
public final class JsonSummary {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSummary() {
    }

    public static ObjectNode of(PolnearEvaluation e, Machine machine) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("corpus", "polnear");
        root.put("split", e.corpus().split().label());
        root.put("model", e.model());
        root.put("articles", e.scores().documents());
        root.put("date", machine.date().toString());
        root.set("overall", tally(e.scores().overall()));
        root.set("agreement", tally(e.agreement().overall()));
        ObjectNode byType = root.putObject("byType");
        e.scores().byType().forEach((k, v) -> byType.set(k.label(), tally(v)));
        ObjectNode byOutlet = root.putObject("byOutlet");
        e.scores().byOutlet().forEach((k, v) -> byOutlet.set(k, tally(v)));
        return root;
    }

    public static ObjectNode of(BenchResult r, Machine machine) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("articles", r.files());
        root.put("bytes", r.bytes());
        root.put("tokens", r.tokens());
        root.put("threads", r.threads());
        root.put("articlesPerSecond", r.articlesPerSecond());
        root.put("megabytesPerSecond", r.megabytesPerSecond());
        root.put("tokensPerSecond", r.tokensPerSecond());
        root.put("medianFullNanos", r.medianFullNanos());
        root.put("medianBareNanos", r.medianBareNanos());
        root.put("fullToBare", r.fullToBareRatio());
        root.put("peakHeapBytes", r.peakHeapBytes());
        root.put("maxHeapBytes", r.maxHeapBytes());
        root.put("cores", machine.cores());
        root.put("date", machine.date().toString());
        ObjectNode stages = root.putObject("stageNanosPerRun");
        for (Map.Entry<Stage, Long> s : r.stageNanos().entrySet()) {
            stages.put(s.getKey().name().toLowerCase(Locale.ROOT), s.getValue());
        }
        return root;
    }

    public static void write(ObjectNode node, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), node);
    }

    private static ObjectNode tally(Tally t) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Role r : Role.values()) {
            n.set(r.label(), counts(t.role(r)));
        }
        n.set("attribution", counts(t.attributions()));
        return n;
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("gold", c.gold());
        n.put("predicted", c.predicted());
        n.put("exactP", c.exactPrecision());
        n.put("exactR", c.exactRecall());
        n.put("exactF1", c.exactF1());
        n.put("overlapP", c.overlapPrecision());
        n.put("overlapR", c.overlapRecall());
        n.put("overlapF1", c.overlapF1());
        return n;
    }
}
