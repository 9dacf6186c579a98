package org.dyad.core.event;

import java.util.Objects;

/**
 * One CAMEO 1.1b3 event code with the facts an analysis needs.
 *
 * @param code two to four digits ({@code 163})
 * @param goldstein the Goldstein conflict-cooperation score, -10 to +10
 * @param quad the QuadClass in GDELT's convention: 1 verbal cooperation, 2 material cooperation,
 *     3 verbal conflict, 4 material conflict
 * @param description what the code means ({@code "Impose embargo, boycott, or sanctions"})
 */
public record CameoCode(String code, double goldstein, int quad, String description) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("a CAMEO code has two to four digits, got '" + code + "'");
    }
    if (goldstein < -10 || goldstein > 10 || quad < 1 || quad > 4) {
      throw new IllegalArgumentException("code " + code + ": Goldstein " + goldstein + " or QuadClass " + quad + " out of range");
    }
  }

  /** The root category: the first two digits. */
  public String root() {
    return code.substring(0, 2);
  }
}
