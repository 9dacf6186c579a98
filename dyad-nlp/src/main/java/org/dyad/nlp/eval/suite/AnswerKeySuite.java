package org.dyad.nlp.eval.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.nlp.eval.ExpectedEvent;

/**
 * The sample corpus's answer key as an event-coding suite on raw text: one record per sentence the
 * key cites, expecting every event the key lists for that sentence. Dyad codes the sentence alone,
 * so actors named only in earlier sentences of the document are not in reach; the score measures
 * the coder and the sentence-level resolver, not in-document references. Events without a code are
 * left out.
 */
public final class AnswerKeySuite {

  private AnswerKeySuite() {}

  public static ValidationSuite of(AnswerKey key, Path file) {
    Map<String, List<ExpectedEvent>> bySentence = new LinkedHashMap<>();
    for (ExpectedEvent event : key.events()) {
      if (event.code() != null) {
        bySentence.computeIfAbsent(event.file() + '\u0000' + event.sentence(), k -> new ArrayList<>()).add(event);
      }
    }
    List<SuiteRecord> records = new ArrayList<>();
    for (List<ExpectedEvent> events : bySentence.values()) {
      ExpectedEvent first = events.getFirst();
      List<CodedTriple> expected = events.stream().map(e -> new CodedTriple(e.source(), e.target(), e.code())).toList();
      String category = first.code().length() >= 2 ? first.code().substring(0, 2) : first.code();
      records.add(new SuiteRecord(first.file(), first.line(), category, true, first.date(), first.sentence(), null, expected,
          false, false, Map.of()));
    }
    return new ValidationSuite(file.getFileName().toString(), file, SuiteEnvironment.NONE, records, key.warnings());
  }
}
