package org.dyad.nlp.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.event.Event;
import org.dyad.core.nlp.Mention;
import org.dyad.nlp.verbs.EventNouns;

/**
 * Events that a noun names on its own ({@link EventNouns}): "Israel's invasion of Lebanon",
 * "US sanctions against Iran", "Palestinian riots against Israeli military policies".
 *
 * <p>The noun phrase must hold both actors: the source is the owner ({@code nmod:poss}), an actor
 * word before the noun ({@code amod}, {@code compound}) or the object of "by"; the target is the
 * object of a preposition the noun's entry lists. When the phrase names no source and the noun is
 * what a verb of carrying on undertakes ("Israel stepped up its blockade of Gaza", "Syria resumed
 * its shelling of Lebanese villages"), or says in what spirit the verb's subject acted ("workers
 * paralysed Paris in protest at the government's plans", "vowed to press ahead in defiance of the
 * sanctions"), the verb's subject is the source. A noun is left alone when the clause it stands in
 * already gave an event ("Iran condemned Iraq's invasion of Kuwait" is Iran's criticism, coded by
 * the verb), when a coded verb's pattern used it ("imposed sanctions on Iran"), when it is negated
 * ("no invasion"), and when the phrase reports something that has not happened: "a possible
 * invasion", "the threat of an invasion".
 */
final class NominalEvents {

  private static final Set<String> UNREALISED = Set.of(
      "POSSIBLE", "PLANNED", "PROPOSED", "POTENTIAL", "ALLEGED", "FUTURE", "FEARED", "IMMINENT", "RUMORED",
      "RUMOURED", "THREATENED", "EXPECTED", "ANY");
  /**
   * Heads of a phrase that names an act not (yet) done, or cited as a reason and so reported before:
   * "the threat of an invasion", "to end the sanctions", "citing the government's crackdown".
   */
  private static final Set<String> NOT_YET = Set.of(
      "THREAT", "THREATEN", "PLAN", "FEAR", "RISK", "POSSIBILITY", "RUMOR", "RUMOUR", "DANGER", "PROSPECT", "CALL",
      "DEMAND", "PROPOSAL", "WARNING", "WARN", "URGE", "END", "HALT", "LIFT", "LIFTING", "EASE", "EASING", "REMOVAL",
      "PREVENT", "AVOID", "DENY", "REJECT", "OPPOSE", "CITE");
  private static final Set<String> SOURCE_RELATIONS = Set.of("nmod:poss", "amod", "compound");
  /**
   * Verbs whose subject does what their object names: "continued its blockade", "mounted an offensive",
   * "completed the withdrawal of its troops".
   */
  private static final Set<String> CARRYING_ON = Set.of(
      "CONTINUE", "RESUME", "INTENSIFY", "ESCALATE", "EXPAND", "WIDEN", "STEP", "BEGIN", "START", "LAUNCH", "MOUNT",
      "STAGE", "CONDUCT", "CARRY", "WAGE", "PRESS", "MAINTAIN", "TIGHTEN", "RENEW", "PURSUE", "UNLEASH", "COMPLETE",
      "FINISH");

  /** How many open complements or conjuncts up a noun's verb looks for its subject. */
  private static final int MAX_CLIMB = 3;

  private final EventNouns nouns;
  private final EventPairs pairs;

  NominalEvents(EventNouns nouns, EventPairs pairs) {
    this.nouns = nouns;
    this.pairs = pairs;
  }

  /**
   * The events of the sentence's event nouns.
   *
   * @param eventsByVerb the events the sentence's verbs gave, by verb
   * @param used the words that coded verbs' patterns matched
   */
  List<Event> code(Dependencies tree, ActorSlots slots, Map<Integer, List<Event>> eventsByVerb, Collection<Integer> used,
      LocalDate docDate) {
    List<Event> events = new ArrayList<>();
    if (nouns.isEmpty()) {
      return events;
    }
    for (int noun = 1; noun <= tree.size(); noun++) {
      String pos = tree.word(noun).pos();
      Optional<EventNouns.Entry> entry = nouns.find(tree.lemma(noun));
      if (entry.isEmpty() || !pos.startsWith("NN") || pos.startsWith("NNP") || used.contains(noun)
          || unrealised(tree, noun) || clauseCoded(tree, noun, eventsByVerb)) {
        continue;
      }
      List<Integer> sourceHeads = new ArrayList<>();
      List<Integer> targetHeads = new ArrayList<>();
      for (int child : tree.children(noun)) {
        String preposition = tree.preposition(child);
        if (SOURCE_RELATIONS.contains(tree.relation(child)) || "BY".equals(preposition)) {
          sourceHeads.add(child);
        } else if (tree.baseRelation(child).equals("nmod") && preposition != null
            && entry.get().targetPrepositions().contains(preposition)) {
          targetHeads.add(child);
        }
      }
      List<Mention> sources = slots.actors(sourceHeads);
      if (sources.isEmpty() && carriedOn(tree, noun)) {
        sources = slots.actors(subjects(tree, tree.head(noun)));
      } else if (sources.isEmpty() && mannerOf(tree, noun) != 0) {
        sources = slots.actors(subjects(tree, mannerOf(tree, noun)));
      }
      List<Mention> targets = slots.actors(targetHeads);
      String rule = "noun: " + tree.lemma(noun) + " [" + entry.get().code() + "]";
      for (Mention source : sources) {
        for (Mention target : targets) {
          if (!source.code().equals(target.code())) {
            events.add(pairs.single(tree, noun, source, target, entry.get().code(),
                docDate, rule, 0.7));
          }
        }
      }
    }
    return events;
  }

  /** The words that coded verbs' patterns matched ("imposed SANCTIONS on Iran"), which name no act of their own. */
  static Set<Integer> usedWords(Map<Integer, Optional<VerbMatch>> matches) {
    Set<Integer> used = new java.util.HashSet<>();
    matches.values().forEach(match -> match.filter(m -> !m.codes().isNone()).ifPresent(m -> used.addAll(m.matched())));
    return used;
  }

  /**
   * The subject of a verb, or of the verb it completes, is coordinated with or, having no subject of
   * its own, modifies: "Iran vowed to press ahead in defiance of the sanctions" is Iran's defiance,
   * and "workers extended their strike, paralysing Paris in protest at the reforms" the workers' protest.
   */
  private static List<Integer> subjects(Dependencies tree, int verb) {
    for (int at = verb, steps = 0; at > 0 && steps < MAX_CLIMB; at = tree.head(at), steps++) {
      List<Integer> subjects = tree.children(at, "nsubj");
      String relation = tree.baseRelation(at);
      if (!subjects.isEmpty() || !relation.equals("xcomp") && !relation.equals("conj") && !relation.equals("advcl")) {
        return subjects;
      }
    }
    return List.of();
  }

  /** Whether the noun is the object of a verb of carrying on ("stepped up its blockade"). */
  private static boolean carriedOn(Dependencies tree, int noun) {
    int verb = tree.head(noun);
    return verb > 0 && tree.baseRelation(noun).equals("obj") && tree.isVerb(verb) && CARRYING_ON.contains(tree.lemma(verb));
  }

  /**
   * The verb whose subject's spirit the noun says ("paralysed Paris in protest at the plans"), or 0:
   * the verb the "in" phrase hangs on, or, when the parser hung it on the verb's object ("paralysing
   * train services in protest"), the verb of that object.
   */
  private static int mannerOf(Dependencies tree, int noun) {
    int head = tree.head(noun);
    if (head == 0 || !"IN".equals(tree.preposition(noun))) {
      return 0;
    }
    if (tree.baseRelation(noun).equals("obl") && tree.isVerb(head)) {
      return head;
    }
    // the parser may hang the phrase on the verb's object or on another of its phrases ("resumed conversion at
    // its Isfahan plant in defiance of the European Union")
    String headRelation = tree.baseRelation(head);
    boolean onAPhrase = tree.baseRelation(noun).equals("nmod") && (headRelation.equals("obj") || headRelation.equals("obl"));
    return onAPhrase && tree.isVerb(tree.head(head)) ? tree.head(head) : 0;
  }

  /** "no invasion", "a possible invasion", "the threat of an invasion", "to end the sanctions". */
  private static boolean unrealised(Dependencies tree, int noun) {
    for (int child : tree.children(noun)) {
      if (tree.isNegation(child) || UNREALISED.contains(tree.lemma(child)) && !tree.relation(child).equals("nmod:poss")) {
        return true;
      }
    }
    int head = tree.head(noun);
    return head > 0 && NOT_YET.contains(tree.lemma(head));
  }

  /** Whether the clause the noun stands in already gave an event: then its verb is what the sentence reports. */
  private static boolean clauseCoded(Dependencies tree, int noun, Map<Integer, List<Event>> eventsByVerb) {
    for (int at = tree.head(noun), steps = 0; at > 0 && steps <= tree.size(); at = tree.head(at), steps++) {
      if (!eventsByVerb.getOrDefault(at, List.of()).isEmpty()) {
        return true;
      }
      if (tree.isVerb(at)) {
        return false;
      }
    }
    return false;
  }
}
