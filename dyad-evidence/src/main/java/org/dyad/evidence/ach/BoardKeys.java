package org.dyad.evidence.ach;

/** The rule for the short keys of hypotheses and evidence items. */
final class BoardKeys {

  private BoardKeys() {}

  static void requireKey(String what, String key) {
    if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException(what + " must be 1-64 letters, digits, '_', '.' or '-', starting with a"
          + " letter or digit: '" + key + "'");
    }
  }
}
