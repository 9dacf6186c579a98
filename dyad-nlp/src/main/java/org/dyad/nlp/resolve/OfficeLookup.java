package org.dyad.nlp.resolve;

import java.time.LocalDate;
import java.util.Optional;

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
}
