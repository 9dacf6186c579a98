package org.dyad.nlp.eval.suite;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;

/**
 * One {@code <Sentence>} record of a validation suite.
 *
 * @param id the record's id; not unique in every suite ({@code DEMO-32} appears twice in one)
 * @param line the 1-based line of its {@code <Sentence>} tag, which tells records apart
 * @param category its category ({@code DEMO}, {@code AFP}), or "" when it has none
 * @param evaluate whether the suite asks for it to be evaluated (see {@link SuiteReader})
 * @param date the day it is coded for
 * @param text the content of {@code <Text>}, entities decoded, runs of white space made one blank
 *     and the ends stripped
 * @param parse the parse in {@code <Parse>} with its words placed in {@link #text()}, or null when
 *     the record has none or it could not be read (the suite's warnings say which)
 * @param expected the events it expects, duplicates kept, in file order; empty for a record
 *     marked {@code noevents} or {@code error}
 * @param noEvents whether it is marked {@code noevents="True"}: nothing should be coded
 * @param error whether it is marked {@code error="..."} (a discard, a dateline, a bad parse): the
 *     coder should reject it, so nothing should be coded either
 * @param options the {@code <Config option value>} settings in force at the record, in the
 *     order they were first set; PETRARCH-1 applied them from where they stand to the end of the
 *     file, UD-PETRARCH ignores them
 */
public record SuiteRecord(
    String id, int line, String category, boolean evaluate, LocalDate date, String text, ParsedSentence parse,
    List<CodedTriple> expected, boolean noEvents, boolean error, Map<String, String> options) {

  public SuiteRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    expected = List.copyOf(expected);
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    if (id.isBlank() || text.isBlank() || line < 1) {
      throw new IllegalArgumentException("a suite record needs an id, a text and a line from 1, got '" + id + "' at "
          + line);
    }
    if ((noEvents || error) && !expected.isEmpty()) {
      throw new IllegalArgumentException("record " + id + " is marked noevents or error yet expects events");
    }
    if (parse != null && !parse.sentence().equals(sentence(id, text))) {
      throw new IllegalArgumentException("record " + id + ": the parse is not of the record's text");
    }
  }

  /** The record as a one-sentence document: {@code doc} = id, sentence 0 spanning the text. */
  public Sentence sentence() {
    return sentence(id, text);
  }

  /** Whether it is scored under {@code environment}: evaluated, and its category included. */
  public boolean counts(SuiteEnvironment environment) {
    return evaluate && environment.includes(category);
  }

  private static Sentence sentence(String id, String text) {
    return new Sentence(id, 0, 0, text.length(), text);
  }
}
