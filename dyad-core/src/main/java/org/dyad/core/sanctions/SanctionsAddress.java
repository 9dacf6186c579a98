package org.dyad.core.sanctions;

/**
 * A listed address; any part may be empty, none is null.
 *
 * @param street street and number
 * @param city city, state or province and postal code, as one string
 * @param country country name as the list writes it
 */
public record SanctionsAddress(String street, String city, String country) {

  public SanctionsAddress {
    street = street == null ? "" : street.strip();
    city = city == null ? "" : city.strip();
    country = country == null ? "" : country.strip();
  }

  public boolean isEmpty() {
    return street.isEmpty() && city.isEmpty() && country.isEmpty();
  }
}
