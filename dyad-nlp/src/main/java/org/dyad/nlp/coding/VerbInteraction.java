package org.dyad.nlp.coding;

import java.util.Optional;
import org.dyad.nlp.verbs.PicoOntology;
import org.dyad.nlp.verbs.PicoOntology.PicoCode;

/**
 * PETRARCH-2's verb interaction: a coded verb governing a coded open complement ("wants to help
 * Israel", "agreed to lift the sanctions") means the two meanings combined through the dictionary's
 * internal coding ontology (PICO), not either verb alone. Intend (0x3000) with material aid
 * (0x0040) is 0x3040, 033 "express intent to provide material aid"; agree to ease sanctions keeps
 * the easing, 085.
 *
 * <p>The arithmetic on the two PICO values, upper (the governing verb) and lower (the complement):
 * a negated lower meaning is added to the upper ("refuse" reported with a negation); when both are
 * top-level categories (0x1000 and over: say, appeal, intend, demand…) the lower one wins ("want to
 * re-examine" is the investigation, 090); a lower value at least the upper's wins; otherwise the
 * two are added. A sum the ontology has no code for means no event, as in PETRARCH-2, except
 * intend + fight, which CAMEO codes as a threat of force (138).
 *
 * <p>A code the ontology lacks is read as its root category ({@code 0874} unknown → {@code 080}).
 */
final class VerbInteraction {

  private static final int TOP_LEVEL = 0x1000;
  private static final int INTEND_TO_FIGHT = 0x30A0;

  private final PicoOntology pico;

  VerbInteraction(PicoOntology pico) {
    this.pico = pico;
  }

  /**
   * The CAMEO code of {@code lower} done under {@code upper}, or empty when the combination has no
   * code (then neither verb reports an event).
   *
   * @param lowerNegated whether the complement is negated ("agreed not to attack")
   */
  Optional<String> combine(String upper, String lower, boolean lowerNegated) {
    Optional<PicoCode> up = value(upper);
    Optional<PicoCode> low = value(lower);
    if (up.isEmpty() || low.isEmpty()) {
      return Optional.empty();
    }
    int u = up.get().value();
    int l = lowerNegated ? low.get().value() - PicoOntology.NEGATION : low.get().value();
    int combined;
    if (l < 0) {
      combined = l + u;
    } else if (u >= TOP_LEVEL && l >= TOP_LEVEL || l >= u) {
      combined = l;
    } else {
      combined = u + l;
    }
    if (combined == INTEND_TO_FIGHT) {
      return Optional.of("138");
    }
    return pico.cameo(combined);
  }

  /**
   * Whether {@code cameo} is a top-level meaning (say, appeal, intend, demand, consult…, 0x1000 and
   * over): PETRARCH-2 does not fold such an act of someone else into the governing verb ("want Obama
   * to head back" is not the USA's own act).
   */
  boolean topLevel(String cameo) {
    return value(cameo).map(code -> code.value() >= TOP_LEVEL).orElse(false);
  }

  private Optional<PicoCode> value(String cameo) {
    if (cameo == null) {
      return Optional.empty();
    }
    Optional<PicoCode> exact = pico.pico(cameo);
    return exact.isPresent() || cameo.length() < 2 ? exact : pico.pico(cameo.substring(0, 2) + "0");
  }
}
