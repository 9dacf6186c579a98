package org.dyad.core.sanctions;

import java.util.Objects;

/**
 * A document or registration number ({@code Passport 042833 (Lebanon)}).
 *
 * @param type what it is ({@code "Passport"}, {@code "National ID No."}, {@code "IMO"})
 * @param value the number as written
 * @param country the issuing country, empty when not given
 */
public record SanctionsIdentifier(String type, String value, String country) {

  public SanctionsIdentifier {
    Objects.requireNonNull(type, "type");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an identifier of type '" + type + "' needs a value");
    }
    value = value.strip();
    country = country == null ? "" : country.strip();
  }
}
