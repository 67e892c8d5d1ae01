package org.whosaid.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.learned.CombinedFinder;
import org.whosaid.learned.LearnedModel;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.speakers.SpeakerResolver;
import org.whosaid.syntax.ConllArticle;
import org.whosaid.syntax.ConllReader;
import org.whosaid.syntax.NameTagger;

/**
 * The name tagger's use in the speaker stage, on PolNeAR dev: more "he"/"she" sources go to a
 * person than with word lists alone. Fails (does not skip) when the corpus is missing.
 */
class PronounResolutionCheckIT {

    private static Path corpusDir() {
        return Path.of(System.getProperty("polnear.dir", "../../shared/data/polnear"));
    }

    @Test
    void nameTaggerSendsMorePronounsToPersons() throws IOException {
        PolnearCorpus dev = PolnearCorpus.load(corpusDir(), Split.DEV);
        List<ConllArticle> silver = ConllReader.read(corpusDir().resolve("dev").resolve("corenlp.conll.gz"));
        AttributionFinder finder = new CombinedFinder(LearnedModel.bundled(), new QuoteFinder(CueLexicon.english()));
        PronounResolutionCheck.Result with = PronounResolutionCheck.run(dev, silver, finder,
                new SpeakerResolver(NameTagger.bundled()));
        PronounResolutionCheck.Result without = PronounResolutionCheck.run(dev, silver, finder, new SpeakerResolver(null));
        assertThat(with.pronouns()).isEqualTo(without.pronouns()).isGreaterThan(200);
        assertThat(with.share()).as("with the name tagger").isGreaterThanOrEqualTo(0.82)
                .isGreaterThan(without.share() + 0.02);
    }
}
