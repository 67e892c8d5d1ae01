package org.whosaid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.whosaid.eval.polnear.PolnearCorpus;
import org.whosaid.eval.polnear.PronounResolutionCheck;
import org.whosaid.eval.polnear.Split;
import org.whosaid.eval.report.DocSections;
import org.whosaid.learned.CombinedFinder;
import org.whosaid.learned.LearnedModel;
import org.whosaid.quotes.AttributionFinder;
import org.whosaid.quotes.CueLexicon;
import org.whosaid.quotes.QuoteFinder;
import org.whosaid.speakers.FirstNameGenders;
import org.whosaid.speakers.SpeakerResolver;
import org.whosaid.syntax.ConllArticle;
import org.whosaid.syntax.ConllReader;
import org.whosaid.syntax.ConllSentence;
import org.whosaid.syntax.NameTagger;
import org.whosaid.syntax.NameTaggerEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code whosaid eval names}: the name tagger against CoreNLP's named-entity tags of PolNeAR dev;
 * optionally rewrites the {@code names} section of {@code docs/EVALUATION.md}.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Scores the name tagger against PolNeAR's CoreNLP named-entity tags (dev split).")
final class EvalNamesCommand implements Callable<Integer> {

    @Mixin
    CorenlpFiles corenlp;

    @Option(names = "--model", paramLabel = "FILE", description = "a name-tagger model; default: the bundled one")
    Path model;

    @Option(names = "--write-docs", paramLabel = "FILE",
            description = "replace (or add) the 'names' section of this Markdown file, e.g. docs/EVALUATION.md")
    Path docs;

    @Override
    public Integer call() throws IOException {
        Path file = corenlp.file("dev", "whosaid eval names");
        if (file == null) {
            return 1;
        }
        NameTagger tagger;
        if (model == null) {
            tagger = NameTagger.bundled();
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                tagger = NameTagger.read(in);
            }
        }
        List<ConllArticle> silver = ConllReader.read(file);
        List<ConllSentence> sentences = new ArrayList<>();
        for (ConllArticle a : silver) {
            sentences.addAll(a.sentences());
        }
        NameTaggerEvaluation.Scores s = NameTaggerEvaluation.score(tagger, sentences);
        double[] speed = NameTaggerEvaluation.speed(tagger, sentences, 3);
        StringBuilder sb = new StringBuilder();
        sb.append("## Names: the name tagger against CoreNLP's silver named-entity tags (PolNeAR dev)\n\n");
        sb.append(String.format(Locale.ROOT, "Model: %s. %,d sentences, %,d words; word accuracy %.2f%%. A name is a "
                + "maximal run of words of one kind; it counts when its bounds and kind match. CoreNLP's COUNTRY, "
                + "CITY and STATE_OR_PROVINCE count as places; its other tags as no name.%n%n",
                model == null ? "bundled" : model, s.sentences(), s.tokens(), 100 * s.accuracy()));
        sb.append("| kind | precision | recall | F1 | reference names |\n|---|---:|---:|---:|---:|\n");
        for (NameTagger.NameKind k : NameTagger.NameKind.values()) {
            NameTaggerEvaluation.Counts c = s.perKind().get(k);
            if (c != null) {
                sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %,d |%n", k.name().toLowerCase(Locale.ROOT),
                        100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.reference()));
            }
        }
        sb.append(String.format(Locale.ROOT, "%nSpeed, one thread: %,.0f words/s (%,.0f per CPU-second).%n%n", speed[0], speed[1]));
        PolnearCorpus corpus;
        try {
            corpus = PolnearCorpus.load(corenlp.dir(), Split.DEV);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("whosaid eval names: " + e.getMessage());
            return 1;
        }
        AttributionFinder finder = new CombinedFinder(LearnedModel.bundled(), new QuoteFinder(CueLexicon.english()));
        FirstNameGenders genders = FirstNameGenders.bundled();
        sb.append("What they do for the speaker stage (default finder, PolNeAR dev), by silver checks for want of gold "
                + "coreference: of the sources \"he\", \"she\", \"him\", \"her\" and \"his\", the share resolved to an entity "
                + "whose name ends in a word CoreNLP tags as a person in the article; and of those CoreNLP's coreference "
                + "puts in a chain that names someone, the share resolved to that someone. The first-name genders "
                + "(`whosaid train genders`) are learned from the train split's chains.\n\n");
        sb.append("| speaker stage | pronoun sources | to a person | in a chain | agrees with the chain |\n|---|---:|---:|---:|---:|\n");
        Object[][] setups = {{"word lists only", null, null}, {"+ name tagger", tagger, null},
            {"+ first-name genders", null, genders}, {"+ both (the default)", tagger, genders}};
        for (Object[] setup : setups) {
            PronounResolutionCheck.Result r = PronounResolutionCheck.run(corpus, silver, finder,
                    new SpeakerResolver((NameTagger) setup[1], (FirstNameGenders) setup[2]));
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %d | %.1f%% |%n", setup[0], r.pronouns(),
                    100 * r.share(), r.inChains(), 100 * r.agreement()));
        }
        sb.append("\n");
        sb.append("Regenerate: `./whosaid eval names --write-docs docs/EVALUATION.md`.\n");
        System.out.print(sb);
        if (docs != null) {
            DocSections.write(docs, "names", sb.toString(), EvalPolnearCommand.DOCS_PREAMBLE);
            System.out.println("updated section 'names' of " + docs);
        }
        return 0;
    }
}
