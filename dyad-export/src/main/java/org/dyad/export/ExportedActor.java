package org.dyad.export;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.core.event.EventActor;

/**
 * An actor as other tools see it: a state or one of its organs, an intergovernmental organisation,
 * an armed or militant group, another organisation, or a person acting for one of these. Read off
 * the CAMEO actor code: {@code IRN} and {@code IRNGOV} are states (the second an organ),
 * {@code IGOUNO} an IGO, {@code IMGMUSALQ} and {@code AFGREB} armed groups.
 *
 * @param code the CAMEO code
 * @param name the actor's name
 * @param kind what the actor is
 * @param country ISO 3166 alpha-2 code of the state it belongs to, lower case, or null
 */
public record ExportedActor(String code, String name, Kind kind, String country) {

  /** What other tools should call the actor. */
  public enum Kind {
    STATE,
    STATE_ORGAN,
    IGO,
    ARMED_GROUP,
    ORGANISATION
  }

  /** Roles that make a state-coded actor an armed non-state group. */
  private static final Set<String> ARMED = Set.of("REB", "INS", "UAF", "IMG", "SEP");

  private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

  public static ExportedActor of(EventActor actor) {
    String code = actor.code();
    String root = code.substring(0, Math.min(3, code.length()));
    Optional<String> country = Optional.ofNullable(ALPHA2.get(root));
    Kind kind;
    if (root.equals("IGO")) {
      kind = Kind.IGO;
    } else if (root.equals("IMG") || code.length() >= 6 && ARMED.contains(code.substring(3, 6))) {
      kind = Kind.ARMED_GROUP;
    } else if (country.isPresent()) {
      kind = code.length() == 3 ? Kind.STATE : Kind.STATE_ORGAN;
    } else {
      kind = Kind.ORGANISATION;
    }
    return new ExportedActor(code, actor.name(), kind, country.orElse(null));
  }

  private static Map<String, String> alpha2ByAlpha3() {
    Map<String, String> map = new TreeMap<>();
    for (String two : Locale.getISOCountries()) {
      map.put(Locale.of("", two).getISO3Country(), two.toLowerCase(Locale.ROOT));
    }
    return map;
  }
}
