package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.dyad.core.json.DyadJson;
import org.dyad.nlp.coding.CodingSetup;
import org.dyad.nlp.coding.DocumentCoder;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.nlp.eval.Half;
import org.dyad.nlp.eval.PloverRecords;
import org.dyad.nlp.eval.suite.AnswerKeySuite;
import org.dyad.nlp.eval.suite.PloverEventSuite;
import org.dyad.nlp.eval.suite.RecordOutcome;
import org.dyad.nlp.eval.suite.SuiteEvaluation;
import org.dyad.nlp.eval.suite.SuiteReader;
import org.dyad.nlp.eval.suite.SuiteScore;
import org.dyad.nlp.eval.suite.SuiteScorer;
import org.dyad.nlp.eval.suite.ValidationSuite;
import org.dyad.nlp.parse.CoreNlpSentenceParser;

/** {@code dyad eval SUITE}: codes a validation suite and prints its score. */
final class EventEvaluationRun {

  private final PrintWriter out;
  private final boolean json;
  private final boolean markdown;
  private final int examples;

  EventEvaluationRun(PrintWriter out, boolean json, boolean markdown, int examples) {
    this.out = out;
    this.json = json;
    this.markdown = markdown;
    this.examples = examples;
  }

  /**
   * @param dictionaries for a suite, the folder holding its dictionaries (null: beside it)
   * @param half for PLOVER records, the half to score
   */
  int run(Path file, Path dictionaries, Half half) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    SuiteScore score;
    if (name.endsWith(".xml")) {
      score = SuiteEvaluation.run(new SuiteReader().read(file), dictionaries).score();
    } else if (name.endsWith(".jsonl")) {
      ValidationSuite suite = AnswerKeySuite.of(AnswerKey.read(file), file);
      score = new SuiteScorer(PloverEventSuite.cameoCoder(rawTextCoder(null, dictionaries))).score(suite);
    } else {
      score = PloverEventSuite.score(PloverEventSuite.of(PloverRecords.read(file), half, file), referenceOrOwn(dictionaries));
    }
    if (json) {
      out.println(DyadJson.write(score.summary()));
    } else if (markdown) {
      out.println(markdown(score).stripTrailing());
    } else {
      out.printf("%s: %d of %d records right (%.1f%%); events P %.3f R %.3f F1 %.3f; at root level P %.3f R %.3f F1 %.3f%n",
          score.suite(), score.correct(), score.records(), 100.0 * score.correct() / Math.max(1, score.records()),
          score.precision(), score.recall(), score.f1(), score.rootPrecision(), score.rootRecall(), score.rootF1());
    }
    return 0;
  }

  /**
   * Dyad's whole pipeline on raw text with Dyad's dictionaries, or with PETRARCH-2's reference set
   * (its {@code CAMEO.2.0.txt} verbs and the Phoenix actors) when {@code folder} holds it.
   */
  private static DocumentCoder referenceOrOwn(Path folder) throws IOException {
    if (folder == null) {
      return rawTextCoder(null, null);
    }
    Path verbs = folder.resolve("CAMEO.2.0.txt");
    if (!java.nio.file.Files.isRegularFile(verbs)) {
      throw new IllegalArgumentException(folder + " does not hold CAMEO.2.0.txt: --dictionaries on PLOVER records names PETRARCH-2's reference dictionaries");
    }
    return rawTextCoder(verbs, folder);
  }

  /**
   * Dyad's whole pipeline on raw text; {@code verbs} a PETRARCH-2 verb file and {@code actors} a
   * Phoenix folder, each null for Dyad's own.
   */
  private static DocumentCoder rawTextCoder(Path verbs, Path actors) throws IOException {
    CodingSetup setup = CodingSetup.load(verbs, actors);
    return new DocumentCoder(new CoreNlpSentenceParser(), setup.resolver(), setup.coder());
  }

  private String markdown(SuiteScore score) {
    StringBuilder text = new StringBuilder();
    text.append("## ").append(score.suite()).append("\n\n");
    text.append(String.format("%d of %d records right (%.1f%%). Events: precision %.3f, recall %.3f, F1 %.3f; root level %.3f / %.3f / %.3f.%n%n",
        score.correct(), score.records(), 100.0 * score.correct() / Math.max(1, score.records()), score.precision(),
        score.recall(), score.f1(), score.rootPrecision(), score.rootRecall(), score.rootF1()));
    text.append("| Category | Records | Right |\n|---|---:|---:|\n");
    for (Map.Entry<String, SuiteScore.CategoryTally> entry : score.byCategory().entrySet()) {
      text.append("| ").append(entry.getKey()).append(" | ").append(entry.getValue().records()).append(" | ")
          .append(entry.getValue().correct()).append(" |\n");
    }
    text.append("\nRecords coded wrong (first ").append(examples).append("):\n\n");
    int shown = 0;
    for (RecordOutcome outcome : score.outcomes()) {
      if (!outcome.right() && shown++ < examples) {
        text.append("- ").append(outcome.id()).append(" (line ").append(outcome.line()).append("): missing ")
            .append(outcome.missing()).append(", extra ").append(outcome.extra()).append('\n');
      }
    }
    return text.toString();
  }
}
