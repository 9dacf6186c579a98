package org.dyad.nlp.verbs;

import java.util.List;
import java.util.Objects;

/**
 * A pattern of a verb block: {@code - before * after [code] # comment}. The {@code *} stands for the
 * verb; {@code before} is read right to left from it, {@code after} left to right.
 *
 * @param before the elements written before {@code *}, in written order
 * @param after the elements written after {@code *}, in written order
 * @param codes the code the pattern gives
 * @param line the 1-based line of the dictionary file it was read from
 * @param text the pattern as written, without the comment, for provenance ({@code "* (TO SANCTIONS)"})
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, EventCodes codes, int line, String text) {

  public VerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(text, "text");
  }
}
