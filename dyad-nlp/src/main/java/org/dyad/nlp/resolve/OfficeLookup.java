package org.dyad.nlp.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.nlp.dictionary.OfficeHolders;

/** Who held an office of a state on a day: how "the Iranian president" becomes a person. */
@FunctionalInterface
public interface OfficeLookup {

  /** Knows no one. */
  OfficeLookup NONE = (country, office, day) -> Optional.empty();

  /**
   * The state or organisation whose holder of {@code office} on {@code day} bears {@code surname}
   * ("President Clinton" in 1999 is the United States'), when exactly one does.
   */
  default Optional<String> stateOfHolder(String office, String surname, LocalDate day) {
    return Optional.empty();
  }

  /**
   * The display name of whoever held {@code office} (an agent phrase in normal form such as
   * {@code "president"}) of the state {@code country} (a three-letter code) on {@code day}.
   */
  Optional<String> holder(String country, String office, LocalDate day);

  /** The holders of an offices dictionary; no one on an unknown day. */
  static OfficeLookup of(OfficeHolders holders) {
    return new OfficeLookup() {
      @Override
      public Optional<String> holder(String country, String office, LocalDate day) {
        return day == null ? Optional.empty() : holders.holder(country, office, day).map(term -> ActorNames.titleCase(term.holder()));
      }

      @Override
      public Optional<String> stateOfHolder(String office, String surname, LocalDate day) {
        if (day == null) {
          return Optional.empty();
        }
        List<String> states = holders.heldBySurname(office, surname, day).stream().map(term -> term.span().code()).distinct().toList();
        return states.size() == 1 ? Optional.of(states.getFirst()) : Optional.empty();
      }
    };
  }

  /** Dyad's own offices dictionary. */
  static OfficeLookup defaults() {
    return of(OfficeHolders.defaults());
  }
}
