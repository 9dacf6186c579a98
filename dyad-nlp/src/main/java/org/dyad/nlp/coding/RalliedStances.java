package org.dyad.nlp.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.event.Event;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.core.nlp.Mention;

/**
 * An appeal to others to back or to oppose a third party is the appealer's own act on that party:
 * CAMEO codes "urged the European Community to support the PLO" as rallying support on the PLO's
 * behalf (053), and "lobbied African Union members to oppose Morocco's bid" as rallying opposition
 * against Morocco (113), beside the appeal to those asked. The asked act is support (05), disapproval
 * (11) or protest (14) by someone asked, in an open complement or reported clause of a verb coded as
 * an appeal or demand (02, 10); it is not done, so it gives no event of its own ({@link DemandedActs},
 * {@link OpenComplements}).
 */
final class RalliedStances {

  static final String RALLY_SUPPORT = "053";
  static final String RALLY_OPPOSITION = "113";

  private final EventPairs pairs;

  RalliedStances(EventPairs pairs) {
    this.pairs = pairs;
  }

  /** The rallies the sentence's appeals make, by the appealing verb's index. */
  List<Event> code(Dependencies tree, EventArguments arguments, List<Predicate> predicates,
      Map<Integer, Optional<VerbMatch>> matches, Map<Integer, Predicate> byVerb, LocalDate docDate) {
    List<Event> events = new ArrayList<>();
    for (Predicate appeal : predicates) {
      Optional<VerbMatch> match = matches.getOrDefault(appeal.verb(), Optional.empty());
      if (match.isEmpty() || appeal.negated() || !DemandedActs.asks(match.get())) {
        continue;
      }
      for (int clause : tree.children(appeal.verb(), "xcomp", "ccomp")) {
        Predicate asked = byVerb.get(clause);
        Optional<VerbMatch> askedMatch = matches.getOrDefault(clause, Optional.empty());
        Optional<String> rally = askedMatch.flatMap(RalliedStances::rally);
        if (asked == null || asked.negated() || rally.isEmpty()) {
          continue;
        }
        List<Mention> askedSubjects = arguments.sources(asked, askedMatch.get());
        if (askedSubjects.isEmpty()) {
          // "calling it an attempt to blame outsiders": no one is asked to act
          continue;
        }
        List<Mention> sources = arguments.sources(appeal, match.get());
        // those asked are the appeal's target, not the stance's: "urged the Arabs to rise up against the Saudis"
        List<Mention> askedParties = new ArrayList<>(arguments.objectActors(appeal));
        askedParties.addAll(askedSubjects);
        askedParties.addAll(sources);
        List<Mention> targets = arguments.targets(asked, askedMatch.get(), askedParties);
        String rule = match.get().rule() + " → " + askedMatch.get().rule() + " = " + rally.get();
        EventCodes codes = EventCodes.of(rally.get());
        events.addAll(pairs.of(tree, appeal, match.get(), sources, targets, codes, false, docDate, rule));
      }
    }
    return events;
  }

  /**
   * The rally an asked act makes: support (05) rallies support, disapproval and protest (11, 14)
   * opposition. A refusal asked for (12) is left out: "demanded that its partners refuse to recognize
   * Macedonia" is a demand on the partners, and the refusal may be of anything, a request or an offer.
   */
  private static Optional<String> rally(VerbMatch asked) {
    String code = asked.codes().forward();
    if (code == null || code.length() < 2) {
      return Optional.empty();
    }
    return switch (code.substring(0, 2)) {
      case "05" -> Optional.of(RALLY_SUPPORT);
      case "11", "14" -> Optional.of(RALLY_OPPOSITION);
      default -> Optional.empty();
    };
  }
}
