package org.dyad.core.sanctions;

import java.util.Objects;

/**
 * Another name of a listed entity.
 *
 * @param name the name as the list writes it ({@code "AL-SURI, Yasin"})
 * @param type {@code aka} (also known as), {@code fka} (formerly), {@code nka} (now known as)
 * @param weak true when the list marks the alias low quality (OFAC's "weak a.k.a."): useful for
 *     reading, weaker as evidence of a match
 */
public record SanctionsAlias(String name, String type, boolean weak) {

  public SanctionsAlias {
    Objects.requireNonNull(type, "type");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an alias needs a name");
    }
    name = name.strip();
  }
}
