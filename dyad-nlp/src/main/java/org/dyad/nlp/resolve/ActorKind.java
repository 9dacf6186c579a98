package org.dyad.nlp.resolve;

import java.util.Set;

import org.dyad.nlp.dictionary.ActorEntry;

/** What sort of actor a dictionary entry names; back-references bind only to a compatible kind. */
public enum ActorKind {
  STATE,
  INTERNATIONAL_ORGANISATION,
  ARMED_OR_POLITICAL_GROUP,
  PERSON;

  /** CAMEO's three-letter roots that are not states: militant networks and unidentified actors. */
  private static final Set<String> NON_STATE_ROOTS = Set.of("IMG", "UIS", "REB", "SPY", "OPP", "PTY");

  /**
   * Classifies an entry from its shape, which works the same for Dyad's dictionaries and the
   * Phoenix ones: a person comes from a leaders or figures file (most figures' codes are undated,
   * a dissident being OPP on every day) or has dated codes (terms of office), none of
   * them a bare state code (a state whose code changed, such as Georgia's USRGEO before 1991 and GEO
   * after, is still a state) and not from a groups, parties or institutions file (the Taliban's dated
   * codes are the years it governed, the Muslim Brotherhood's the year it held Egypt's government,
   * the KGB's the years of the Soviet Union it served); an
   * organisation's code starts with IGO, NGO or MNC; a bare three-letter code is a
   * state, except CAMEO's non-state roots such as IMG (an international militant group); any
   * other code (IMGMUSALQ, YEMREB, RUSUAF) is a group, except a named organ of a state from an
   * institutions file (the KGB's RUSSPY, Xinhua's CHNMED), which is the state in that role.
   */
  public static ActorKind of(ActorEntry entry, String code) {
    boolean dated = entry.codes().stream().anyMatch(span -> span.isDated());
    boolean stateCodes = entry.codes().stream().anyMatch(span -> isStateCode(span.code()));
    String file = entry.sourceFile();
    boolean groupsFile = file.contains("groups") || file.contains("parties") || file.contains("institutions");
    if ((dated && !stateCodes && !groupsFile) || file.contains("leaders") || file.contains("figures")) {
      return PERSON;
    }
    if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC")) {
      return INTERNATIONAL_ORGANISATION;
    }
    // "the KGB", "Xinhua": a named organ of a state is that state in its role, as "Soviet intelligence" is
    boolean organ = file.contains("institutions") && code.length() > 3 && isStateCode(code.substring(0, 3));
    return isStateCode(code) || organ ? STATE : ARMED_OR_POLITICAL_GROUP;
  }

  /** Whether {@code code} is a bare state code (IRN), not a non-state root (IMG) or a longer code. */
  static boolean isStateCode(String code) {
    return code.length() == 3 && !NON_STATE_ROOTS.contains(code);
  }
}
