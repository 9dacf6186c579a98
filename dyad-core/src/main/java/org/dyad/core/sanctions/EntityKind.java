package org.dyad.core.sanctions;

import java.util.Locale;

/** What a designation names. The OFAC lists call an organisation an "entity" and leave its type empty. */
public enum EntityKind {
  PERSON,
  ORGANISATION,
  VESSEL,
  AIRCRAFT;

  /** The lower-case word used in the CLI and JSON output. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
