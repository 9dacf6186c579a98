package org.dyad.core.event;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * CAMEO event codes translated to PLOVER event categories, modes and contexts, from Dyad's own copy
 * of the Open Event Data Alliance's 2021 CAMEO-to-PLOVER table ({@code cameo-plover.tsv} beside
 * this class).
 *
 * <p>A code the table does not list takes the category of its nearest listed ancestor: a
 * four-digit code falls back to its three-digit parent, then to its two-digit cue category. CAMEO
 * codes refine their parents, so the parent's category is right, only less specific; a dictionary
 * that coins a four-digit code under {@code 043} thus still lands on {@code CONSULT}. Every CAMEO
 * 1.1b3 code outside cue categories 01 and 02 is listed itself. Codes 01 (public statements) and
 * 02 (appeals) have no category at all: PLOVER drops them.
 */
public final class PloverMapping {

  private static final String RESOURCE = "cameo-plover.tsv";
  private static final PloverMapping DEFAULT = load();

  private final Map<String, PloverCategory> categories;

  private PloverMapping(Map<String, PloverCategory> categories) {
    this.categories = Collections.unmodifiableMap(categories);
  }

  /** The 2021 CAMEO-to-PLOVER table. */
  public static PloverMapping plover() {
    return DEFAULT;
  }

  /**
   * The PLOVER category of {@code cameoCode}, falling back from four digits to three to two; empty
   * for codes of cue categories 01 and 02 and for codes that are not two to four digits.
   */
  public Optional<PloverCategory> of(String cameoCode) {
    Objects.requireNonNull(cameoCode, "cameoCode");
    if (!cameoCode.matches("\\d{2,4}")) {
      return Optional.empty();
    }
    for (int length = cameoCode.length(); length >= 2; length--) {
      PloverCategory category = categories.get(cameoCode.substring(0, length));
      if (category != null) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  private static PloverMapping load() {
    Map<String, PloverCategory> categories = new LinkedHashMap<>();
    for (String[] fields : TabSeparatedResource.rows(PloverMapping.class, RESOURCE, 4)) {
      List<String> contexts = fields[3].isEmpty() ? List.of() : Arrays.asList(fields[3].split(","));
      categories.put(fields[0], new PloverCategory(fields[1], fields[2].isEmpty() ? null : fields[2], contexts));
    }
    return new PloverMapping(categories);
  }
}
