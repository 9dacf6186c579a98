package org.dyad.cli;

import org.dyad.nlp.resolve.OfficeLookup;

/** The office holders the CLI resolves with. */
final class Offices {

  private Offices() {}

  static OfficeLookup lookup() {
    return OfficeLookup.NONE;
  }
}
