package org.dyad.sanctions.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.ScoreFeature;

/**
 * What a known year of birth or country does to a name's score: agreement with the list adds a
 * little, disagreement takes away more (a different birth year is strong evidence of a different
 * person; a shared one is weak evidence of the same), and a list that says nothing changes nothing.
 * A birth year within {@value #NEAR_YEARS} years of a listed one counts as neither, since lists
 * give approximate years. Countries are compared by English name ({@code IR} is Iran) against the
 * entity's nationalities, addresses and places of birth.
 */
final class Qualifiers {

  static final double YEAR_AGREES = 0.05;
  static final double YEAR_DIFFERS = -0.15;
  static final double COUNTRY_AGREES = 0.03;
  static final double COUNTRY_DIFFERS = -0.05;
  static final int NEAR_YEARS = 2;

  private Qualifiers() {}

  static double adjustment(NameQuery query, SanctionsEntity entity) {
    return explain(query, entity).stream().mapToDouble(ScoreFeature::contribution).sum();
  }

  static List<ScoreFeature> explain(NameQuery query, SanctionsEntity entity) {
    List<ScoreFeature> features = new ArrayList<>(2);
    if (query.birthYear() != null) {
      features.add(year(query.birthYear(), entity.birthYears()));
    }
    if (query.country() != null) {
      features.add(country(query.country(), entity.countries()));
    }
    return features;
  }

  private static ScoreFeature year(int year, List<Integer> listed) {
    if (listed.isEmpty()) {
      return new ScoreFeature("birth year", "the list gives no year of birth", 0);
    }
    int nearest = listed.stream().mapToInt(y -> Math.abs(y - year)).min().orElseThrow();
    if (nearest == 0) {
      return new ScoreFeature("birth year", year + " is listed", YEAR_AGREES);
    }
    if (nearest <= NEAR_YEARS) {
      return new ScoreFeature("birth year", year + " is within " + NEAR_YEARS + " years of " + listed, 0);
    }
    return new ScoreFeature("birth year", year + " differs from the listed " + listed, YEAR_DIFFERS);
  }

  private static ScoreFeature country(String code, List<String> listed) {
    String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    if (listed.isEmpty()) {
      return new ScoreFeature("country", "the list names no country", 0);
    }
    String lowerName = name.toLowerCase(Locale.ROOT);
    for (String country : listed) {
      String lower = country.toLowerCase(Locale.ROOT);
      if (lower.contains(lowerName) || lower.equals(code.toLowerCase(Locale.ROOT))) {
        return new ScoreFeature("country", name + " is listed (" + country + ")", COUNTRY_AGREES);
      }
    }
    return new ScoreFeature("country", name + " is not among " + listed, COUNTRY_DIFFERS);
  }
}
