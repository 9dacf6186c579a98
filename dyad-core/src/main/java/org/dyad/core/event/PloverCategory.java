package org.dyad.core.event;

import java.util.List;
import java.util.Objects;

/**
 * Where a CAMEO event code lands in PLOVER: the event category with the detail CAMEO's three- and
 * four-digit codes carried, now split into how (mode) and about what (contexts).
 *
 * @param event the PLOVER event category ({@code COERCE})
 * @param mode how the event was carried out ({@code restrict}), or null when the code says nothing
 * @param contexts what the event was about ({@code diplomatic}), possibly none
 */
public record PloverCategory(String event, String mode, List<String> contexts) {

  public PloverCategory {
    Objects.requireNonNull(event, "event");
    contexts = List.copyOf(contexts);
    if (event.isBlank()) {
      throw new IllegalArgumentException("a PLOVER category needs an event");
    }
    if (mode != null && mode.isBlank()) {
      throw new IllegalArgumentException("a blank PLOVER mode: use null for none");
    }
  }
}
