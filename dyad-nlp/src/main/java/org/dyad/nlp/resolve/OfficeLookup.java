package org.dyad.nlp.resolve;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.nlp.dictionary.OfficeHolders;

/** Who held an office of a state on a day: how "the Iranian president" becomes a person. */
@FunctionalInterface
public interface OfficeLookup {

  /** Knows no one. */
  OfficeLookup NONE = (country, office, day) -> Optional.empty();

  /**
   * The display name of whoever held {@code office} (an agent phrase in normal form such as
   * {@code "president"}) of the state {@code country} (a three-letter code) on {@code day}.
   */
  Optional<String> holder(String country, String office, LocalDate day);

  /** The holders of an offices dictionary; no one on an unknown day. */
  static OfficeLookup of(OfficeHolders holders) {
    return (country, office, day) ->
        day == null ? Optional.empty() : holders.holder(country, office, day).map(term -> ActorNames.titleCase(term.holder()));
  }

  /** Dyad's own offices dictionary. */
  static OfficeLookup defaults() {
    return of(OfficeHolders.defaults());
  }
}
