package org.dyad.core.sanctions;

import java.util.Locale;

/**
 * A name to look up in the sanctions lists, with the qualifiers an analyst may know.
 *
 * @param name the name as written, in any script
 * @param birthYear year of birth, or null when unknown
 * @param country ISO 3166 alpha-2 code of a country tied to the person (nationality, residence),
 *     upper case, or null when unknown
 */
public record NameQuery(String name, Integer birthYear, String country) {

  public NameQuery {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a name is needed to search the sanctions lists");
    }
    if (birthYear != null && (birthYear < 1800 || birthYear > 2100)) {
      throw new IllegalArgumentException("year of birth must be between 1800 and 2100, got " + birthYear);
    }
    if (country != null) {
      country = country.strip().toUpperCase(Locale.ROOT);
      if (!country.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("country must be a two-letter ISO code such as IR, got '" + country + "'");
      }
    }
  }

  public static NameQuery of(String name) {
    return new NameQuery(name, null, null);
  }
}
