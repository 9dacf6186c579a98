package org.dyad.cli;

import org.dyad.core.evidence.AdmiraltyGrade;
import picocli.CommandLine.Option;

/** The {@code --min-grade} option shared by the commands that weigh reports by their source's grade. */
final class MinGradeOption {

  @Option(names = "--min-grade", paramLabel = "A1-F6",
      description = "Count only reports from documents graded at least this (their own grade, else their outlet's;"
          + " 'dyad grade'); ungraded documents drop out.")
  String minGrade;

  /** The grade asked for, or null when none was. */
  AdmiraltyGrade grade() {
    return minGrade == null ? null : AdmiraltyGrade.parse(minGrade);
  }
}
