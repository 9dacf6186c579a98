package org.dyad.nlp.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The three-letter root of a CAMEO actor code (country, IGO, militant group...), with the country
 * codes that the gold data and Dyad's dictionaries spell differently mapped to ISO 3166 alpha-3.
 *
 * <p>{@code JAP}, {@code ITL} and {@code VTN} are CAMEO 1.x codes still used in the PLOVER gold
 * records for Japan, Italy and Vietnam; {@code TMP} is the Phoenix (and Dyad) code for East Timor,
 * which the gold records give as {@code TLS}. Without the mapping a correct resolution would count
 * as a wrong root.
 */
public final class CameoRoot {

  private static final Map<String, String> ISO_SPELLING =
      Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "TMP", "TLS");

  private CameoRoot() {}

  /**
   * The upper-cased first three characters of {@code code} (the whole code when shorter, as
   * {@link org.dyad.core.nlp.Mention#root()} does), in its ISO spelling.
   */
  public static String of(String code) {
    Objects.requireNonNull(code, "code");
    String upper = code.strip().toUpperCase(Locale.ROOT);
    String root = upper.length() <= 3 ? upper : upper.substring(0, 3);
    return ISO_SPELLING.getOrDefault(root, root);
  }

  /** Whether {@code code} starts with three letters, so that it has a root at all. */
  public static boolean hasRoot(String code) {
    String stripped = code.strip();
    if (stripped.length() < 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = stripped.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }
}
