package org.dyad.nlp.eval.suite;

import java.util.Objects;
import org.dyad.nlp.eval.CameoRoot;

/**
 * One coded event as a validation suite writes it: source actor code, target actor code and
 * event code, verbatim ({@code GONGOV}, {@code ---REL}, {@code "INJURY TOLL"}, {@code 064}). Both
 * what a suite expects and what a coder emits.
 *
 * @param source the source actor code
 * @param target the target actor code
 * @param code the event code
 */
public record CodedTriple(String source, String target, String code) {

  public CodedTriple {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    if (source.isBlank() || target.isBlank() || code.isBlank()) {
      throw new IllegalArgumentException(
          "a coded event needs a source, a target and a code, got (" + source + ", " + target + ", " + code + ")");
    }
  }

  /**
   * This triple at root level: each actor code cut to its {@linkplain CameoRoot three-letter
   * root}, the event code to its first two characters (its CAMEO root category).
   */
  public CodedTriple root() {
    return new CodedTriple(CameoRoot.of(source), CameoRoot.of(target), code.length() <= 2 ? code : code.substring(0, 2));
  }

  @Override
  public String toString() {
    return "(" + source + ", " + target + ", " + code + ")";
  }
}
