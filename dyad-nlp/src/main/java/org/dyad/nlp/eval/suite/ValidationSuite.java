package org.dyad.nlp.eval.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dyad.nlp.eval.RecordWarning;

/**
 * A PETRARCH-style validation suite as {@link SuiteReader} read it.
 *
 * @param name the file name without {@code .xml}, which scores are reported under
 * @param file the suite file
 * @param environment its {@code <Environment>}, with the dictionaries resolved beside the file
 * @param records the records that could be read, in file order
 * @param warnings what could not be read as written and what was done instead, in file order
 */
public record ValidationSuite(
    String name, Path file, SuiteEnvironment environment, List<SuiteRecord> records, List<RecordWarning> warnings) {

  public ValidationSuite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(environment, "environment");
    records = List.copyOf(records);
    warnings = List.copyOf(warnings);
  }

  /** The records that are scored: evaluated and of an included category. */
  public List<SuiteRecord> counted() {
    return records.stream().filter(record -> record.counts(environment)).toList();
  }
}
