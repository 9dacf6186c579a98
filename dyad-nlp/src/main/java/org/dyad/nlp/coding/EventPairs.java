package org.dyad.nlp.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;
import org.dyad.nlp.verbs.EventCodes;

/**
 * Builds the events of a coded predicate from its sources and targets: one event per source and
 * target pair (and the reciprocal one for a paired code such as {@code [042:043]}); a coordinated
 * source without a target, when the act is mutual, gives events between each pair in both
 * directions. Each event carries its provenance: the verb's span, the rule and a confidence.
 */
final class EventPairs {

  private final CameoOntology ontology;

  EventPairs(CameoOntology ontology) {
    this.ontology = ontology;
  }

  /** The events of {@code codes} between the sources and targets; {@code mutual} applies without targets. */
  List<Event> of(Dependencies tree, Predicate predicate, VerbMatch match, List<Mention> sources, List<Mention> targets,
      EventCodes codes, boolean mutual, LocalDate docDate, String rule) {
    List<Event> events = new ArrayList<>();
    sources = distinct(sources);
    targets = distinct(targets);
    LocalDate date = RelativeDates.resolve(tree, predicate.verb(), docDate);
    TextSpan verb = verbSpan(tree, predicate, match);
    String forward = codes.forward();
    String reverse = codes.reverse();
    if (forward != null && targets.isEmpty() && sources.size() >= 2 && mutual) {
      for (Mention a : sources) {
        for (Mention b : sources) {
          if (a != b && !a.code().equals(b.code())) {
            events.add(event(tree, a, b, forward, verb, date, docDate, rule, confidence(predicate, match, a, b)));
          }
        }
      }
      return events;
    }
    for (Mention source : sources) {
      for (Mention target : targets) {
        if (source.code().equals(target.code())) {
          continue;
        }
        double confidence = confidence(predicate, match, source, target);
        String told = implied(rule, source, target);
        if (forward != null) {
          events.add(event(tree, source, target, forward, verb, date, docDate, told, confidence));
        }
        if (reverse != null) {
          events.add(event(tree, target, source, reverse, verb, date, docDate, told, confidence));
        }
      }
    }
    return events;
  }

  /**
   * The sources or targets of one act, each actor once: "pulled back from Crimea and areas near
   * Ukraine's border" is one withdrawal from Ukraine, not two, and "Israeli jets and helicopters
   * struck" one Israeli attack. Different codes of one state stay apart ("the
   * mayor and the councillors in Ayacucho": the government, and Peru for the councillors named only by
   * their place), since the dictionaries may lack what the less specific one names, and so do different
   * people of one code.
   */
  private static List<Mention> distinct(List<Mention> targets) {
    List<Mention> kept = new ArrayList<>();
    for (Mention target : targets) {
      if (kept.stream().noneMatch(other -> other.code().equals(target.code()) && !differentPeople(other, target))) {
        kept.add(target);
      }
    }
    return kept;
  }

  /** "Mediate between Hun Sen and Prince Ranariddh": two people of one code are two parties. */
  private static boolean differentPeople(Mention one, Mention other) {
    return one.person() != null && other.person() != null && !one.person().equals(other.person());
  }

  /**
   * One event of {@code code} from {@code source} to {@code target}, told by the one word {@code word}
   * (a verb or a noun); its date is the sentence's relative date for that word.
   */
  Event single(Dependencies tree, int word, Mention source, Mention target, String code, LocalDate docDate, String rule,
      double confidence) {
    Word told = tree.word(word);
    return event(tree, source, target, code, new TextSpan(told.form(), told.start(), told.end()),
        RelativeDates.resolve(tree, word, docDate), docDate, rule, confidence);
  }

  private Event event(Dependencies tree, Mention source, Mention target, String code, TextSpan verb, LocalDate date,
      LocalDate docDate, String rule, double confidence) {
    Sentence sentence = tree.parsed().sentence();
    EventActor from = actor(source);
    EventActor to = actor(target);
    Optional<CameoCode> facts = ontology.find(code);
    String id = Event.idOf(sentence.doc(), sentence.index(), from, verb, to, code);
    return new Event(id, sentence.doc(), date, docDate, from, to, code,
        facts.map(CameoCode::goldstein).orElse(null), facts.map(CameoCode::quad).orElse(null),
        new Event.EventSentence(sentence.index(), sentence.start(), sentence.end(), sentence.text()),
        verb, rule, confidence);
  }

  static EventActor actor(Mention mention) {
    return new EventActor(mention.code(), mention.actor(), mention.text(), mention.start(), mention.end(), mention.person());
  }

  /** The verb, its particles and the pattern words right after it ("imposed sanctions"). */
  private static TextSpan verbSpan(Dependencies tree, Predicate predicate, VerbMatch match) {
    Word verb = tree.word(predicate.verb());
    int start = verb.start();
    int end = verb.end();
    int last = predicate.verb();
    List<Integer> extra = new ArrayList<>(predicate.particles());
    extra.addAll(match.matched());
    extra.sort(null);
    for (int token : extra) {
      boolean preposition = tree.baseRelation(token).equals("case") || tree.baseRelation(token).equals("mark");
      if (token > last && token - last <= 3 && !preposition) {
        end = Math.max(end, tree.word(token).end());
        last = token;
      }
    }
    Sentence sentence = tree.parsed().sentence();
    return new TextSpan(sentence.text().substring(start - sentence.start(), end - sentence.start()), start, end);
  }

  /**
   * Whether the actor is one the sentence implies ({@link DomesticTargets}) or no argument of the verb
   * names ({@link PhraseTargets}).
   */
  private static boolean isImplied(Mention mention) {
    return mention.rule().startsWith("own country") || mention.rule().startsWith(PhraseTargets.RULE);
  }

  /** The rule, saying which of the actors the sentence implies: "KIDNAP [181]; own country (unnamed target)". */
  private static String implied(String rule, Mention source, Mention target) {
    StringBuilder told = new StringBuilder(rule);
    for (Mention mention : List.of(source, target)) {
      if (isImplied(mention)) {
        told.append("; ").append(mention.rule());
      }
    }
    return told.toString();
  }

  private static double confidence(Predicate predicate, VerbMatch match, Mention source, Mention target) {
    double confidence = match.pattern() != null ? 0.9 : 0.75;
    if (predicate.subjectInherited()) {
      confidence -= 0.15;
    }
    for (Mention mention : List.of(source, target)) {
      if (mention.rule().equals("back-reference") || mention.rule().equals("pronoun")) {
        confidence -= 0.1;
      } else if (isImplied(mention)) {
        confidence -= 0.2;
      }
    }
    return Math.max(0.1, confidence);
  }
}
