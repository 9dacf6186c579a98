package org.dyad.nlp.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventCoder;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.nlp.verbs.EventCodes;
import org.dyad.nlp.verbs.EventNouns;
import org.dyad.nlp.verbs.PicoOntology;

/**
 * Codes events on Universal Dependencies parses with a PETRARCH-2 style verb dictionary.
 *
 * <p>For each verb ({@link PredicateFinder}): the dictionary gives a code ({@link PatternMatcher});
 * the subject side gives the sources and the object, the phrase a pattern marks with {@code +}, or
 * else the first prepositional phrase holding an actor gives the targets ({@link ActorSlots}). Rules,
 * in the order they apply:
 *
 * <ul>
 *   <li>No code, no event: a verb the dictionary lacks or codes {@code ---} yields nothing (there is
 *       no fallback code), and so does a verb without both a source and a target.
 *   <li>Negation: a negated verb ("did not attack") yields nothing, nor do its open complements,
 *       unless the pattern itself asks for the negation, or the dictionary's internal coding
 *       ontology (PICO) defines the negated meaning as a code ("did not clash over" as cooperation).
 *   <li>Intent and modality: when a verb the dictionary codes governs an open complement
 *       ("threatened to strike", "agreed to withdraw"), the governing verb's pattern carries the
 *       event and the complement is not coded on its own; when the governing verb is unknown ("is
 *       about to restore"), the complement is coded with the governing verb's subject.
 *   <li>Requests: with CAMEO's conventions, the clause a demand asks for ("demanded that the US
 *       cancel the sale") or a protest's purpose ("demonstrated to demand reforms") is not coded as
 *       an act done ({@link DemandedActs}); an act announced on a condition ("will withdraw unless…")
 *       is an ultimatum ({@link IntentCodes#conditioned}); an act yielding to pressure ("stepped down,
 *       bowing to protests by Egyptians") is aimed at who pressed, and an intent to reform so conceded
 *       is acceding to demands, 083x ({@link PressureYielded}); an appeal to back or oppose a third
 *       party rallies support for it or opposition against it, 053 or 113 ({@link RalliedStances}).
 *   <li>Compound actors: one event per source and target pair; a coordinated subject with no target
 *       ("Iran and Syria signed an agreement") gives events between each pair in both directions when
 *       the pattern asks for it ({@code %}) or the code is mutual by nature. A coordinated subject a
 *       {@code %} pattern matched acts on itself: other phrases ("failed to reach agreement on the
 *       fate of Palestinian offices", "signed a treaty in Brasilia") give it no target.
 *   <li>Paired codes ({@code [042:043]}) add the target's reciprocal event; a reverse-only code
 *       ({@code [:173]}) gives only the target's event on the source.
 *   <li>Attribution: "A said B attacked C" codes B → C from the reported clause; A's statement is
 *       coded only when the saying verb has a target of its own. The dictionary's transformations
 *       then rewrite reported events ({@link Transformations}: "A claimed it attacked B" is 015).
 *       With a PETRARCH-format dictionary, as PETRARCH-2 did, a clause reported by a coded verb is
 *       nested in the report: only what a transformation makes of it is coded.
 *   <li>Verb interaction, with a PETRARCH-format dictionary and its ontology: a coded verb governing
 *       a coded open complement combines the two codes ({@link VerbInteraction}); a coordinated
 *       subject without a target cooperates mutually when the code is an intent, a consultation or
 *       cooperation (03 to 06), as PETRARCH-2 codes it.
 * </ul>
 */
public final class DependencyEventCoder implements EventCoder {

  private final PatternMatcher matcher;
  private final OpenComplements complements;
  private final CameoOntology ontology;
  private final PicoOntology pico;
  private final Transformations transformations;
  private final boolean announcesIntent;
  private final org.dyad.nlp.verbs.VerbDictionary dictionary;
  private final CodingConvention convention;
  private final Discards discards;
  private final VerbInteraction interaction;
  private final EventPairs pairs;
  private final RalliedStances rallies;
  private final EventNouns nouns;
  private final NominalEvents nominal;

  /** This coder skipping the sentences {@code discards} names (sport, entertainment, history). */
  public DependencyEventCoder withDiscards(Discards discards) {
    return new DependencyEventCoder(dictionary, ontology, pico, convention, discards, nouns);
  }

  /** This coder also coding the events that {@code nouns} name without a verb ({@link NominalEvents}). */
  public DependencyEventCoder withNouns(EventNouns nouns) {
    return new DependencyEventCoder(dictionary, ontology, pico, convention, discards, nouns);
  }

  public Discards discards() {
    return discards;
  }

  /** A coder following CAMEO's conventions, without a PICO ontology: for Dyad's own dictionary. */
  public DependencyEventCoder(org.dyad.nlp.verbs.VerbDictionary dictionary, CameoOntology ontology) {
    this(dictionary, ontology, null, CodingConvention.CAMEO);
  }

  /**
   * @param pico the dictionary's internal coding ontology, which defines what a negated event
   *     means; null for none: then a negated verb reports no event
   * @param convention CAMEO's codebook or PETRARCH-2's practice, where they differ
   */
  public DependencyEventCoder(
      org.dyad.nlp.verbs.VerbDictionary dictionary, CameoOntology ontology, PicoOntology pico, CodingConvention convention) {
    this(dictionary, ontology, pico, convention, Discards.NONE, EventNouns.NONE);
  }

  private DependencyEventCoder(org.dyad.nlp.verbs.VerbDictionary dictionary, CameoOntology ontology, PicoOntology pico,
      CodingConvention convention, Discards discards, EventNouns nouns) {
    this.matcher = new PatternMatcher(Objects.requireNonNull(dictionary, "dictionary"));
    this.complements = new OpenComplements(matcher);
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.pico = pico;
    this.transformations = new Transformations(dictionary, ontology, convention == CodingConvention.PETRARCH);
    this.announcesIntent = Objects.requireNonNull(convention, "convention") == CodingConvention.CAMEO;
    this.discards = Objects.requireNonNull(discards, "discards");
    this.dictionary = dictionary;
    this.convention = convention;
    this.pairs = new EventPairs(ontology);
    this.nouns = Objects.requireNonNull(nouns, "nouns");
    this.nominal = new NominalEvents(nouns, pairs);
    this.rallies = new RalliedStances(pairs);
    this.interaction = pico != null && convention == CodingConvention.PETRARCH ? new VerbInteraction(pico) : null;
  }

  /** Codes the sentence as the whole of its document: an act on no one named may be on its one state. */
  @Override
  public List<Event> code(ParsedSentence parsed, List<Mention> mentions, LocalDate docDate) {
    return code(parsed, mentions, mentions, docDate);
  }

  /**
   * Codes the sentence with its document's actors known: when the document names one state's actors
   * only and the sentence has no event but statements, its main act on a phrase naming no actor is on
   * that state ({@link DomesticTargets}).
   */
  @Override
  public List<Event> code(ParsedSentence parsed, List<Mention> mentions, List<Mention> documentMentions, LocalDate docDate) {
    if (parsed.words().isEmpty() || mentions.size() < 1) {
      return List.of();
    }
    String text = parsed.sentence().text();
    if (discards.discardsSentence(text) || discards.discardsStory(text)) {
      return List.of();
    }
    Dependencies tree = new Dependencies(parsed);
    ActorSlots slots = new ActorSlots(tree, mentions);
    PredicateFinder finder = new PredicateFinder(tree);
    List<Predicate> predicates = finder.predicates();
    Map<Integer, Optional<VerbMatch>> matches = new HashMap<>();
    Map<Integer, Predicate> byVerb = new HashMap<>();
    for (Predicate predicate : predicates) {
      Optional<VerbMatch> match = matcher.match(tree, predicate);
      matches.put(predicate.verb(),
          convention == CodingConvention.CAMEO ? TakenPlaces.recode(tree, slots, predicate, match) : match);
      byVerb.put(predicate.verb(), predicate);
    }
    if (convention == CodingConvention.CAMEO) {
      predicates.forEach(predicate -> complements.dropBorrowedCodes(tree, predicate, matches));
    }
    EventArguments arguments =
        new EventArguments(tree, slots, matches, convention == CodingConvention.PETRARCH ? transformations : null, null);
    Map<Integer, List<Event>> eventsByVerb = eventsByVerb(tree, slots, arguments, predicates, matches, byVerb, docDate);
    List<Event> events = new ArrayList<>();
    eventsByVerb.values().forEach(events::addAll);
    events.addAll(nominal.code(tree, slots, eventsByVerb, NominalEvents.usedWords(matches), docDate));
    if (convention == CodingConvention.CAMEO) {
      events.addAll(rallies.code(tree, arguments, predicates, matches, byVerb, docDate));
    }
    // two verbs telling of one act ("blew themselves up, killing two Israelis") give it once; PETRARCH-2
    // reports a sentence's events as a set, one (source, target, code) once
    Map<String, Integer> seen = new HashMap<>();
    events.removeIf(e -> {
      Integer verb = seen.putIfAbsent(e.source().code() + ">" + e.target().code() + ":" + e.code(), e.verb().start());
      return verb != null && (convention == CodingConvention.PETRARCH || verb != e.verb().start());
    });
    Optional<String> state = DomesticTargets.onlyState(documentMentions);
    if (events.stream().allMatch(DomesticTargets::isStatement) && convention == CodingConvention.CAMEO && state.isPresent()) {
      // "ETA kidnapped a Popular Party councillor", "de Klerk told parliament that his government would repeal
      // the Land Acts": the sentence's act on someone no dictionary names, beside what it only says
      EventArguments unnamed = new EventArguments(tree, slots, matches, null, state.get());
      events = new ArrayList<>(events);
      events.addAll(DomesticTargets.mainAct(tree, eventsByVerb(tree, slots, unnamed, predicates, matches, byVerb, docDate)));
    }
    return events;
  }

  /** Each coded verb's events, by the verb's index. */
  private Map<Integer, List<Event>> eventsByVerb(Dependencies tree, ActorSlots slots, EventArguments arguments,
      List<Predicate> predicates, Map<Integer, Optional<VerbMatch>> matches, Map<Integer, Predicate> byVerb, LocalDate docDate) {
    Map<Integer, List<Event>> eventsByVerb = new java.util.TreeMap<>();
    for (Predicate predicate : predicates) {
      Optional<VerbMatch> match = matches.get(predicate.verb());
      if (announcesIntent && (IntentCodes.obliged(tree, predicate) || IntentCodes.mandative(tree, predicate, matches))) {
        // "Russia said Sudan must return the helicopter": Russia's demand, not Sudan's act
        eventsByVerb.put(predicate.verb(), demands(tree, slots, arguments, predicate, match, docDate));
        continue;
      }
      if (match.isEmpty() || match.get().codes().isNone() || OpenComplements.governedAway(tree, predicate, matches, byVerb, convention)
          || announcesIntent && DemandedActs.notDone(tree, predicate, matches)) {
        continue;
      }
      VerbMatch coded = match.get();
      if (interaction != null && !predicate.negated()) {
        Optional<List<Event>> combined = combined(tree, arguments, predicate, matches, byVerb, docDate);
        if (combined.isPresent()) {
          eventsByVerb.put(predicate.verb(), combined.get());
          continue;
        }
      }
      Optional<String> refusal = announcesIntent && coded.negatedAgainst(tree, predicate)
          ? IntentCodes.refusal(tree, predicate, coded.codes().forward()) : Optional.empty();
      if (refusal.isPresent()) {
        eventsByVerb.put(predicate.verb(), eventsOf(tree, arguments, predicate, coded.withCodes(EventCodes.of(refusal.get())), docDate));
        continue;
      }
      if (coded.negatedAgainst(tree, predicate)) {
        Optional<VerbMatch> negated = negated(coded);
        if (negated.isEmpty()) {
          continue;
        }
        coded = negated.get();
      }
      if (announcesIntent && IntentCodes.announced(tree, predicate)) {
        if (IntentCodes.speculation(tree, predicate.verb(), reporter -> slots.actors(tree.children(reporter, "nsubj")).isEmpty())) {
          continue;
        }
        coded = IntentCodes.announcedForm(tree, predicate, coded);
      }
      String acceded = PressureYielded.acceded(coded.codes().forward());
      if (announcesIntent && !acceded.equals(coded.codes().forward()) && !PressureYielded.participles(tree, predicate.verb()).isEmpty()) {
        // "agreed to restore democracy, bowing to protests": acceding to demands, not an intent of one's own
        coded = coded.withCodes(EventCodes.of(acceded));
      }
      List<Event> events = eventsOf(tree, arguments, predicate, coded, docDate);
      if (ProtectiveDeployments.applies(tree, predicate.verb(), coded.codes().forward(), events)) {
        VerbMatch protection = coded.withCodes(EventCodes.of(ProtectiveDeployments.PROTECTION));
        events = eventsOf(tree, arguments, predicate, protection, docDate);
      }
      eventsByVerb.put(predicate.verb(), events);
    }
    if (!transformations.isEmpty()) {
      for (Predicate predicate : predicates) {
        Optional<VerbMatch> match = matches.get(predicate.verb());
        if (match.isPresent() && !predicate.negated()) {
          transformations.apply(tree, predicate, match.get(), arguments.sources(predicate, match.get()), matches, eventsByVerb);
          reportsWithoutTarget(tree, arguments, predicate, match.get(), matches, byVerb, eventsByVerb, docDate);
        }
      }
    }
    if (convention == CodingConvention.PETRARCH) {
      SubordinateClauses.onlyWhenAlone(tree, eventsByVerb);
    } else {
      SubordinateClauses.onlyWhenAloneInClause(tree, eventsByVerb, arguments::targetsPlace);
    }
    return eventsByVerb;
  }

  /**
   * The events of a verb governing a coded open complement, their codes combined ({@link
   * VerbInteraction}): "wants to help Israel" is 033. The governing verb's patterns may not match
   * words of the complement's clause. The target is the governing verb's object when it has one
   * ("urged Iran to withdraw", object control), else the complement's; under object control a
   * top-level act ({@link VerbInteraction#topLevel}) stays the object's own. Empty when no complement
   * applies; an empty list when the combination has no code.
   */
  private Optional<List<Event>> combined(Dependencies tree, EventArguments arguments, Predicate upper,
      Map<Integer, Optional<VerbMatch>> matches, Map<Integer, Predicate> byVerb, LocalDate docDate) {
    for (int child : tree.children(upper.verb(), "xcomp")) {
      Predicate lower = byVerb.get(child);
      Optional<VerbMatch> lowerMatch = matches.getOrDefault(child, Optional.empty());
      if (lower == null || lowerMatch.isEmpty() || lowerMatch.get().codes().forward() == null
          || !tree.children(child, "nsubj", "nsubj:pass").isEmpty()) {
        continue;
      }
      Predicate own = OpenComplements.without(tree, upper, child);
      Optional<VerbMatch> upperMatch = matcher.match(tree, own);
      if (upperMatch.isEmpty() || upperMatch.get().codes().forward() == null) {
        continue;
      }
      Optional<String> code = interaction.combine(
          upperMatch.get().codes().forward(), lowerMatch.get().codes().forward(), lower.negated());
      if (code.isEmpty()) {
        return Optional.of(List.of());
      }
      VerbMatch match = upperMatch.get();
      List<Mention> sources = arguments.sources(upper, match);
      List<Mention> objects = arguments.objectActors(upper);
      if (!objects.isEmpty()) {
        // "wants Putin to attack Switzerland": Putin's attack is a clause of its own, which the
        // dictionary's transformations may rewrite (an appeal to Putin, 021) before codes combine
        List<Event> inner = eventsOf(tree, arguments, lower, lowerMatch.get(), docDate);
        Optional<List<Event>> rewritten = transformations.rewrite(match, lowerMatch.get(), sources, inner);
        if (rewritten.isPresent()) {
          return rewritten;
        }
        if (interaction.topLevel(lowerMatch.get().codes().forward())) {
          return Optional.of(inner);
        }
      }
      List<Mention> targets = objects.isEmpty() ? arguments.targets(lower, lowerMatch.get(), sources) : objects;
      String rule = match.rule() + " × " + lowerMatch.get().rule() + " = " + code.get();
      // "Brazil and the United States are seeking to deepen a partnership": the intent of a mutual act is mutual
      boolean mutual = MutualCodes.isMutual(lowerMatch.get().codes().forward()) || MutualCodes.isMutual(code.get())
          || MutualCodes.saysReciprocal(tree, lower) || MutualCodes.cooperative(code.get());
      return Optional.of(pairs.of(tree, upper, match, sources, targets, EventCodes.of(code.get()), mutual, docDate, rule));
    }
    return Optional.empty();
  }

  /**
   * The reporter's events on the source of a reported clause whose act found no target, when a
   * transformation asks nothing of the target ({@link Transformations#withoutTarget}).
   */
  private void reportsWithoutTarget(Dependencies tree, EventArguments arguments, Predicate outer, VerbMatch outerMatch,
      Map<Integer, Optional<VerbMatch>> matches, Map<Integer, Predicate> byVerb, Map<Integer, List<Event>> eventsByVerb,
      LocalDate docDate) {
    List<Mention> reporters = arguments.sources(outer, outerMatch);
    for (int clause : tree.children(outer.verb(), "ccomp")) {
      Optional<VerbMatch> inner = matches.getOrDefault(clause, Optional.empty());
      Predicate reported = byVerb.get(clause);
      if (reported == null || inner.isEmpty() || inner.get().codes().isNone() || reported.negated()
          || !eventsByVerb.getOrDefault(clause, List.of()).isEmpty()) {
        continue;
      }
      Optional<String> code = transformations.withoutTarget(outerMatch, inner.get());
      List<Mention> sources = arguments.sources(reported, inner.get());
      if (code.isPresent() && !sources.isEmpty()) {
        String rule = inner.get().rule() + " ~ " + outerMatch.block().name() + " " + code.get();
        eventsByVerb.put(clause, pairs.of(tree, outer, outerMatch, reporters, sources, EventCodes.of(code.get()), false,
            docDate, rule));
      }
    }
  }

  /** Demands from the reporter of an obligation to the clause's subject ({@link IntentCodes#demanded}). */
  private List<Event> demands(Dependencies tree, ActorSlots slots, EventArguments arguments, Predicate predicate,
      Optional<VerbMatch> match, LocalDate docDate) {
    List<Mention> reporters = slots.actors(tree.children(tree.head(predicate.verb()), "nsubj"));
    List<Mention> obliged = IntentCodes.obligedParties(tree, slots, predicate);
    String code = IntentCodes.demanded(match.map(m -> m.codes().forward()).orElse(null));
    String rule = "obligation reported: " + match.map(VerbMatch::rule).orElse(tree.lemma(predicate.verb()));
    List<Event> events = new ArrayList<>();
    for (Mention reporter : reporters) {
      for (Mention target : obliged) {
        if (!reporter.code().equals(target.code())) {
          events.add(pairs.single(tree, predicate.verb(), reporter, target, code,
              docDate, rule, 0.7));
        }
      }
    }
    return events;
  }

  /** The match with its code negated through the ontology, when there is one and it defines the negation. */
  private Optional<VerbMatch> negated(VerbMatch match) {
    if (pico == null || match.codes().forward() == null) {
      return Optional.empty();
    }
    return pico.negation(match.codes().forward()).map(code -> new VerbMatch(match.block(), match.pattern(),
        EventCodes.of(code), match.matched(), match.target(), match.source(), match.compound()));
  }

  private List<Event> eventsOf(Dependencies tree, EventArguments arguments, Predicate predicate, VerbMatch match, LocalDate docDate) {
    List<Mention> sources = arguments.sources(predicate, match);
    List<Mention> targets = arguments.targets(predicate, match, sources);
    if (targets.isEmpty()) {
      targets = arguments.unnamedTargets(predicate, match, sources, convention == CodingConvention.CAMEO);
    }
    // "%": a compound actor acting together on each other, unless the verb has an actor as its object
    // ("Hutu militiamen and government soldiers battled rebels")
    boolean compound = match.compound() && arguments.objectPartners(predicate).isEmpty();
    if (compound && sources.size() >= 2) {
      // the coordinated subject acts on itself: "Palestinians and Israelis failed to reach agreement on the
      // fate of Palestinian offices" is no act on the offices' owner
      targets = List.of();
    }
    boolean mutual = compound || MutualCodes.isMutual(match.codes().forward())
        || MutualCodes.saysReciprocal(tree, predicate) || convention == CodingConvention.PETRARCH
        && MutualCodes.cooperative(match.codes().forward());
    if (convention == CodingConvention.CAMEO && mutual && sources.stream().map(Mention::code).distinct().count() >= 2
        && arguments.allBystanders(targets)) {
      // "Guatemala's government and the rebels resumed U.N.-mediated peace talks in Mexico City": with each other
      // (PETRARCH-2 took the place: "U.S. and Russian officials met in Geneva" is with Switzerland)
      targets = List.of();
    }
    EventCodes codes = match.codes();
    if (compound && sources.size() == 1 && codes.reverse() != null && !MutualCodes.namesPartners(predicate)) {
      // the compound is on the object's side only and not the subject's partners ("agreed with Gondor and
      // Arnor"): "Sudan consented to a joint United Nations and African Union force" is Sudan's consent,
      // not the two bodies' consent to Sudan
      codes = EventCodes.of(codes.forward());
    }
    return pairs.of(tree, predicate, match, sources, targets, codes, mutual, docDate, match.rule());
  }
}
