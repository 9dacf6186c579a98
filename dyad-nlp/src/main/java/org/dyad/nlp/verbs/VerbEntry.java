package org.dyad.nlp.verbs;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verb of a block: its base form, the particles of a phrasal verb ({@code +CALL_OFF} has base
 * {@code CALL} and particles {@code [OFF]}), irregular forms listed in braces, and its own code when
 * the line gives one (else the block's).
 *
 * <p>In a multi-word verb the {@code +} marks the word the parser will tag as the verb; it is
 * usually the first ({@code +GO_BY}) but may come later: the validation dictionary's {@code
 * WIRE_+TAP} has base {@code TAP} and {@code preceding} {@code [WIRE]}, and its validation record
 * expects "wire tapped" to be coded through the verb "tapped".
 *
 * @param base the base form, upper case ({@code BREAK})
 * @param preceding the words written before the verb in a multi-word verb, upper case; usually empty
 * @param particles the words that follow the verb in a phrasal or multi-word verb, upper case
 * @param forms irregular inflected forms of the base from the braces ({@code BROKE}, {@code
 *     BROKEN}); for a multi-word verb, the verb word of each form ({@code WENT} for {@code
 *     +WENT_BY})
 * @param codes the verb's own code, or null to use the block's
 * @param line the 1-based line it was read from
 */
public record VerbEntry(
    String base,
    List<String> preceding,
    List<String> particles,
    Set<String> forms,
    EventCodes codes,
    int line) {

  public VerbEntry {
    Objects.requireNonNull(base, "base");
    preceding = List.copyOf(preceding);
    particles = List.copyOf(particles);
    forms = Set.copyOf(forms);
    if (base.isBlank()) {
      throw new IllegalArgumentException("blank verb");
    }
  }

  /** A verb whose multi-word form, if any, starts with the verb itself (the common case). */
  public VerbEntry(String base, List<String> particles, Set<String> forms, EventCodes codes, int line) {
    this(base, List.of(), particles, forms, codes, line);
  }
}
