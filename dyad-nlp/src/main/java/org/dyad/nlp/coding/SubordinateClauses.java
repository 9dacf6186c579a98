package org.dyad.nlp.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.event.Event;

/**
 * Adverbial clauses coded only when the clause they modify gave no event: "Egypt recalled its
 * ambassador from Israel to protest against air strikes" reports one act, the recall, and "Ukraine
 * took Russia to court, accusing Moscow of financing rebels" one accusation, not two; clauses of
 * time under a coded act are its background. This trades some recall for fewer events counted
 * twice, read into a purpose or reported again.
 */
final class SubordinateClauses {

  private static final Set<String> MARKERS_OF_THE_SAME_ACT = Set.of("TO", "BY");
  /** Markers of a clause of time: what happened before, since or as the news did. */
  private static final Set<String> TIME_MARKERS = Set.of("AFTER", "SINCE", "BEFORE", "AS");
  /** Prepositions of a phrase of time, whose noun's clause is background too. */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("AFTER", "SINCE", "BEFORE");

  private SubordinateClauses() {}

  /**
   * PETRARCH-2's practice: the adverbial clauses of a verb that gave an event are dropped, and only
   * those.
   */
  static void onlyWhenAlone(Dependencies tree, Map<Integer, List<Event>> eventsByVerb) {
    for (Map.Entry<Integer, List<Event>> entry : new ArrayList<>(eventsByVerb.entrySet())) {
      if (!entry.getValue().isEmpty()) {
        for (int clause : tree.children(entry.getKey(), "advcl")) {
          eventsByVerb.remove(clause);
        }
      }
    }
  }

  /**
   * Dyad's practice, reaching further but only to clauses that tell of the same act ({@link
   * #sameAct}): these adverbial clauses of a coded verb are dropped with the clauses coordinated with
   * them ("…, setting fire to shops and clashing with police"), and so are those of
   * the open complements it governs ("agreed to restore democracy, bowing to protests"), whose act
   * is the governing verb's; and a protest's clause of demanding ({@link ProtestDemands}). Where the
   * coded verb found only the place it happened in and such a clause names whom it befell ("a bomb
   * exploded at the mausoleum in Rangoon, killing four South Korean ministers"), the clause tells the
   * act and the verb is dropped instead.
   *
   * @param placeTarget whether an event's target is a place the act was "in" or "at"
   */
  static void onlyWhenAloneInClause(Dependencies tree, Map<Integer, List<Event>> eventsByVerb,
      java.util.function.Predicate<Event> placeTarget) {
    List<Integer> dropped = new ArrayList<>();
    for (Map.Entry<Integer, List<Event>> entry : eventsByVerb.entrySet()) {
      if (entry.getValue().isEmpty()) {
        continue;
      }
      if (entry.getValue().stream().anyMatch(event -> ProtestDemands.isProtest(event.code()))) {
        // "burned vehicles, demanding that Moi quit": the demand is what the protest is for
        dropped.addAll(ProtestDemands.demands(tree, entry.getKey()));
      }
      Deque<Integer> clause = new ArrayDeque<>(List.of(entry.getKey()));
      while (!clause.isEmpty()) {
        int verb = clause.pop();
        clause.addAll(tree.children(verb, "xcomp"));
        for (int adverbial : adverbials(tree, verb)) {
          if (!sameAct(tree, adverbial)) {
            continue;
          }
          List<Event> clauseEvents = eventsByVerb.getOrDefault(adverbial, List.of());
          if (entry.getValue().stream().allMatch(placeTarget) && !clauseEvents.stream().allMatch(placeTarget)
              && !sameStates(entry.getValue(), clauseEvents)) {
            // the clause names whom the act befell where the verb found only where
            dropped.add(entry.getKey());
          } else {
            dropped.add(adverbial);
            dropped.addAll(coordinated(tree, adverbial));
          }
        }
      }
    }
    dropped.forEach(eventsByVerb::remove);
    dropBackgrounds(tree, eventsByVerb);
  }

  /**
   * "Putin spoke with Erdogan for the first time since Turkey shot down a Russian warplane", "Sudan
   * accused the United States of aggression after American missiles destroyed a factory": a clause
   * of time tells the news's background, reported when it happened; its events are dropped when a
   * clause above it gave an act, not only a statement ("broke through barricades as they marched on
   * Bucharest" keeps the march, the only act coded).
   */
  private static void dropBackgrounds(Dependencies tree, Map<Integer, List<Event>> eventsByVerb) {
    List<Integer> dropped = new ArrayList<>();
    for (Map.Entry<Integer, List<Event>> entry : eventsByVerb.entrySet()) {
      int clause = entry.getKey();
      // "clamped a curfew on Osh after ethnic clashes killed dozens": a clause on the noun of a phrase of time
      boolean onTime = tree.baseRelation(clause).equals("acl")
          && TIME_PREPOSITIONS.contains(String.valueOf(tree.preposition(tree.head(clause))));
      boolean ofTime = onTime
          || tree.children(clause, "mark").stream().anyMatch(mark -> TIME_MARKERS.contains(tree.lemma(mark)));
      if (entry.getValue().isEmpty() || !ofTime) {
        continue;
      }
      for (int above = tree.head(clause); above != 0; above = tree.head(above)) {
        if (eventsByVerb.getOrDefault(above, List.of()).stream().anyMatch(event -> !event.code().startsWith("01"))) {
          dropped.add(clause);
          dropped.addAll(coordinated(tree, clause));
          break;
        }
      }
    }
    dropped.forEach(eventsByVerb::remove);
  }

  /**
   * The adverbial clauses of {@code verb}, with the participles the parser read as its conjuncts: in
   * "slapped sanctions on Syria, freezing government assets" the participle says how, as an
   * adverbial clause would, and has no subject of its own to make it an act of its own.
   */
  private static List<Integer> adverbials(Dependencies tree, int verb) {
    List<Integer> adverbials = new ArrayList<>(tree.children(verb, "advcl"));
    for (int conjunct : tree.children(verb, "conj")) {
      if (tree.word(conjunct).pos().equals("VBG") && tree.children(conjunct, "nsubj", "nsubj:pass").isEmpty()) {
        adverbials.add(conjunct);
      }
    }
    return adverbials;
  }

  /**
   * Whether an adverbial clause tells more of the governing act rather than news of its own: it has
   * no subject of its own, and no marker but a purpose's or a means' ("to protest", "by carrying
   * out tests", "…, accusing Moscow"). "As America attacked Iraq" and "while attacking Syria" are
   * acts of their own.
   */
  private static boolean sameAct(Dependencies tree, int adverbial) {
    if (!tree.children(adverbial, "nsubj", "nsubj:pass", "csubj").isEmpty()) {
      return false;
    }
    for (int mark : tree.children(adverbial, "mark")) {
      if (!MARKERS_OF_THE_SAME_ACT.contains(tree.lemma(mark))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the clause's events befall only the people of the state the verb's place is in: "lifted
   * martial law in Beijing, ending restrictions on the city's residents" tells one act on China, the
   * verb's; "ended their occupation of the shipyard in Gdansk, heeding Walesa's call" names Walesa.
   */
  private static boolean sameStates(List<Event> verbs, List<Event> clauses) {
    return clauses.stream().allMatch(clause -> verbs.stream().anyMatch(verb -> {
      String state = verb.target().code().substring(0, 3);
      return clause.target().code().equals(state) || clause.target().code().equals(state + "CVL");
    }));
  }

  private static List<Integer> coordinated(Dependencies tree, int verb) {
    List<Integer> all = new ArrayList<>();
    for (int conjunct : tree.children(verb, "conj")) {
      all.add(conjunct);
      all.addAll(coordinated(tree, conjunct));
    }
    return all;
  }
}
