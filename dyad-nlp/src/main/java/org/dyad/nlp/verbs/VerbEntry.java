package org.dyad.nlp.verbs;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verb of a block: its base form, the particles of a phrasal verb ({@code +CALL_OFF} has base
 * {@code CALL} and particles {@code [OFF]}), irregular forms listed in braces, and its own code when
 * the line gives one (else the block's).
 *
 * @param base the base form, upper case ({@code BREAK})
 * @param particles the words that follow the verb in a phrasal or multi-word verb, upper case
 * @param forms irregular inflected forms of the base from the braces ({@code BROKE}, {@code BROKEN})
 * @param codes the verb's own code, or null to use the block's
 * @param line the 1-based line it was read from
 */
public record VerbEntry(String base, List<String> particles, Set<String> forms, EventCodes codes, int line) {

  public VerbEntry {
    Objects.requireNonNull(base, "base");
    particles = List.copyOf(particles);
    forms = Set.copyOf(forms);
    if (base.isBlank()) {
      throw new IllegalArgumentException("blank verb");
    }
  }
}
