package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.nlp.Mention;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.Transformation;
import org.dyad.nlp.verbs.VerbBlock;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbEntry;

/**
 * Applies a verb dictionary's transformations ({@code ~ a (a b ATTACK) SAY = a b 015}): when actor
 * {@code a} reports, with a verb of the class {@code SAY}, a clause whose event is of the class
 * {@code ATTACK}, the clause's event is replaced by the transformation's ("the US claimed that they
 * had attacked Iraq" is the US claiming responsibility, 015, not an attack). A verb class is the
 * block holding the named verb. In the inner part, the outer source's variable means the clause's
 * source is the reporter, {@code .} that it is someone else, {@code _} that the clause has no subject
 * of its own (an open complement: "tried to kill"); {@code Q} as the inner class matches any event
 * and as the result code keeps the clause's.
 */
final class Transformations {

  /** The verb class of denials, whose reported clause is no act done. */
  private static final String DENIAL = "DENY";

  private final List<Transformation> transformations;
  private final CameoOntology ontology;
  private final boolean nestedReports;
  /** The code of each verb a rule may name as its class ({@code ATTACK} is 190). */
  private final Map<String, String> classCodes = new java.util.HashMap<>();

  /**
   * @param nestedReports PETRARCH-2's practice: a clause reported by a coded verb with a subject of
   *     its own ("the US claimed that ISIL had attacked Iraq and taken Mosul") is an event nested in
   *     the report, not an event of its own, so its events (and those of its coordinated verbs) are
   *     dropped unless a transformation rewrites them
   */
  Transformations(VerbDictionary dictionary, CameoOntology ontology, boolean nestedReports) {
    this.transformations = List.copyOf(dictionary.transformations());
    this.ontology = ontology;
    this.nestedReports = nestedReports;
    for (VerbBlock block : dictionary.blocks()) {
      for (VerbEntry entry : block.verbs()) {
        EventCodes codes = entry.codes() != null ? entry.codes() : block.codes();
        if (codes.forward() != null) {
          classCodes.putIfAbsent(entry.base(), codes.forward());
        }
      }
    }
  }

  /** Whether there is nothing to apply: no transformation, and reported events stand as they are. */
  boolean isEmpty() {
    return transformations.isEmpty() && !nestedReports;
  }

  /**
   * Rewrites the events of clauses reported by {@code outer}.
   *
   * @param eventsByVerb the events coded so far, by verb token; the reported clauses' lists are replaced
   */
  void apply(Dependencies tree, Predicate outer, VerbMatch outerMatch, List<Mention> reporters,
      Map<Integer, Optional<VerbMatch>> matches, Map<Integer, List<Event>> eventsByVerb) {
    List<Integer> clauses = new ArrayList<>(tree.children(outer.verb(), "ccomp", "xcomp"));
    if (nestedReports) {
      for (int clause : tree.children(outer.verb(), "ccomp")) {
        clauses.addAll(tree.children(clause, "conj"));
      }
    }
    List<Event> results = new ArrayList<>();
    // CAMEO: "Rwanda denied that its troops were fighting alongside the rebels" reports no fighting
    boolean denied = outerMatch.block().name().equals(DENIAL) && !outer.negated();
    for (int clause : clauses) {
      List<Event> inner = eventsByVerb.get(clause);
      Optional<VerbMatch> innerMatch = matches.getOrDefault(clause, Optional.empty());
      if (inner == null || inner.isEmpty() || innerMatch.isEmpty()) {
        continue;
      }
      boolean ownSubject = !tree.children(clause, "nsubj", "nsubj:pass").isEmpty();
      List<Event> rewritten = new ArrayList<>();
      for (Event event : inner) {
        Event result = null;
        Transformation applied = null;
        for (Transformation rule : transformations) {
          if (fits(rule, outerMatch, innerMatch.get())) {
            result = rewrite(rule, event, reporters, ownSubject);
            if (result != null) {
              applied = rule;
              break;
            }
          }
        }
        if (result != null) {
          rewritten.add(result);
          results.add(result);
          if (!nestedReports && !applied.innerSource().equals(applied.outerSource()) && !applied.innerSource().equals("_")) {
            // CAMEO: "A said B attacked C" is B's attack as well as A's accusation
            rewritten.add(event);
          }
        } else if (!nestedReports && !denied || nestedReports && (reporters.isEmpty() || outerMatch.codes().isNone())) {
          rewritten.add(event);
        }
      }
      eventsByVerb.put(clause, rewritten);
    }
    if (!nestedReports && !results.isEmpty() && eventsByVerb.containsKey(outer.verb())) {
      // "Russia promised Moldova that it would withdraw its troops": the promise is the intent to withdraw
      // (0356), not that and a bare promise (030) besides
      List<Event> own = new ArrayList<>(eventsByVerb.get(outer.verb()));
      own.removeIf(event -> results.stream().anyMatch(result -> sameDyadAndRoot(event, result)));
      eventsByVerb.put(outer.verb(), own);
    }
  }

  private static boolean sameDyadAndRoot(Event a, Event b) {
    return a.source().code().equals(b.source().code()) && a.target().code().substring(0, 3).equals(b.target().code().substring(0, 3))
        && a.code().substring(0, 2).equals(b.code().substring(0, 2));
  }

  /** Whether some rule rewrites a clause of {@code inner}'s class reported by {@code outer}'s. */
  boolean rewrites(VerbMatch outer, VerbMatch inner) {
    for (Transformation rule : transformations) {
      if (fits(rule, outer, inner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code a transformation gives when the reported clause's act has no identified target ("the
   * US said Iraq had attacked themselves", "Israel said a mortar bomb was fired at it from Gaza"):
   * a rule {@code a (b . ATTACK) SAY = a b 112} asks nothing of the target, so the reporter accuses
   * the clause's source all the same. Empty when no such rule fits the two verbs.
   */
  Optional<String> withoutTarget(VerbMatch outerMatch, VerbMatch innerMatch) {
    for (Transformation rule : transformations) {
      boolean openTarget = rule.innerTarget().equals(".") && !rule.innerSource().equals(rule.outerSource())
          && !rule.innerSource().equals("_") && !rule.innerSource().equals(".");
      boolean resultOfBoth = rule.resultSource().equals(rule.outerSource()) && rule.resultTarget().equals(rule.innerSource());
      if (openTarget && resultOfBoth && !rule.resultCode().equals("Q") && fits(rule, outerMatch, innerMatch)) {
        return Optional.of(rule.resultCode());
      }
    }
    return Optional.empty();
  }

  /**
   * The events of a clause whose subject is the outer verb's object ("wants Putin to attack
   * Switzerland"), rewritten by the first transformation that fits each; empty when none fits any.
   */
  Optional<List<Event>> rewrite(VerbMatch outerMatch, VerbMatch innerMatch, List<Mention> reporters, List<Event> inner) {
    List<Event> rewritten = new ArrayList<>();
    for (Event event : inner) {
      for (Transformation rule : transformations) {
        if (fits(rule, outerMatch, innerMatch)) {
          Event result = rewrite(rule, event, reporters, true);
          if (result != null) {
            rewritten.add(result);
            break;
          }
        }
      }
    }
    return rewritten.isEmpty() ? Optional.empty() : Optional.of(rewritten);
  }

  private Event rewrite(Transformation rule, Event event, List<Mention> reporters, boolean ownSubject) {
    for (Mention reporter : reporters) {
      boolean sameSource = reporter.code().equals(event.source().code());
      boolean sourceFits = switch (rule.innerSource()) {
        case "." -> !sameSource;
        case "_" -> !ownSubject && sameSource;
        default -> rule.innerSource().equals(rule.outerSource()) ? sameSource : !sameSource;
      };
      if (!sourceFits) {
        continue;
      }
      EventActor a = new EventActor(reporter.code(), reporter.actor(), reporter.text(), reporter.start(), reporter.end(),
          reporter.person());
      EventActor source = pick(rule.resultSource(), rule, a, event);
      EventActor target = pick(rule.resultTarget(), rule, a, event);
      String code = rule.resultCode().equals("Q") ? event.code() : rule.resultCode();
      if (source == null || target == null || source.code().equals(target.code())) {
        return null;
      }
      Optional<CameoCode> facts = ontology.find(code);
      return new Event(Event.idOf(event.doc(), event.sentence().index(), source, event.verb(), target, code), event.doc(),
          event.date(), event.docDate(), source, target, code, facts.map(CameoCode::goldstein).orElse(null),
          facts.map(CameoCode::quad).orElse(null), event.sentence(), event.verb(),
          event.rule() + " ~ " + rule.outerVerb() + " " + rule.resultCode(), event.confidence());
    }
    return null;
  }

  /** The actor a result variable names: the reporter, or the clause's source or target. */
  private static EventActor pick(String variable, Transformation rule, EventActor reporter, Event event) {
    if (variable.equals(rule.outerSource())) {
      return reporter;
    }
    if (variable.equals(rule.innerTarget())) {
      return event.target();
    }
    if (variable.equals(rule.innerSource())) {
      return event.source();
    }
    return null;
  }

  /** Whether a rule's two verb classes fit the reporting verb and the reported one ({@code Q}: any). */
  private boolean fits(Transformation rule, VerbMatch outer, VerbMatch inner) {
    return inClass(outer, rule.outerVerb()) && (rule.innerVerb().equals("Q") || inClass(inner, rule.innerVerb()));
  }

  /**
   * Whether a matched verb belongs to the class a rule names: as in PETRARCH-2, by code, when the
   * named verb has one (ATTACK is 190, so "fired" at 190 and an air strike at 195 are attacks; SAY
   * is 010, so any statement reports); else by the verb's block or entry.
   */
  private boolean inClass(VerbMatch match, String verb) {
    String classCode = classCodes.get(verb);
    String code = match.codes().forward();
    if (classCode != null && code != null) {
      String significant = classCode.length() == 3 && classCode.endsWith("0") ? classCode.substring(0, 2) : classCode;
      return code.startsWith(significant);
    }
    return inClass(match.block(), verb);
  }

  private static boolean inClass(VerbBlock block, String verb) {
    if (block.name().equals(verb)) {
      return true;
    }
    for (VerbEntry entry : block.verbs()) {
      if (entry.base().equals(verb)) {
        return true;
      }
    }
    return false;
  }
}
