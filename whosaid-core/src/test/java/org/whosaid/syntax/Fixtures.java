package org.whosaid.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-written fixture corpus (five sentences of our own, CoreNLP layout) and small models trained on it. */
final class Fixtures {

    private Fixtures() {
    }

    static List<ConllSentence> sentences() {
        try (InputStream in = Fixtures.class.getResourceAsStream("fixture.conll");
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<ConllSentence> out = new ArrayList<>();
            for (ConllArticle a : ConllReader.read(r, "fixture.conll")) {
                out.addAll(a.sentences());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fast options for tests: few epochs, no pruning (the corpus is tiny). */
    static SyntaxTrainer.Options quickOptions() {
        return new SyntaxTrainer.Options(new PosTaggerTrainer.Options(3, 7L, 0f, 2, 0.99),
                new ParserTrainer.Options(4, 7L, 0f, 0f, 4), 2, 2);
    }
}
