package org.dyad.nlp.eval.suite;

import java.util.List;

/** What the scorer asks of an event coder: the events it codes in one record of a suite. */
@FunctionalInterface
public interface SuiteCoder {

  /**
   * The events coded in {@code record}, duplicates included (the scorer counts them), or an
   * empty list for none. Called once per counted record, in file order, from one thread.
   */
  List<CodedTriple> code(SuiteRecord record);
}
