package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.nlp.Mention;

/**
 * Decides who acts and who is acted upon for a coded predicate, in the order PETRARCH-style coding
 * expects.
 *
 * <p>Sources: the phrase a pattern marks with {@code $}; else the subject's actors; else, for a
 * pronoun subject of a reported or adverbial clause ("Iran said it would retaliate"), the actors of
 * the governing verb's subject; else, for a participle on a statement ("issued a declaration
 * demanding…"), the statement's issuer; else, for a thing used as the subject ("a bomb planted by
 * rebels killed…"), who used it; else, for a passive verb with no "by" phrase ("was shot dead
 * in Osgiliath"), the actor of its first prepositional phrase, the convention of the CAMEO coders.
 *
 * <p>Targets: the phrase a pattern marks with {@code +}; else, for property seized (171), whom it was
 * seized "from"; else the objects; else the first
 * prepositional phrase holding an actor; else the objects of an open complement, or of a purpose
 * clause in the infinitive ("signed an accord to supply Gondor"); else the subject
 * of a reported clause ("Arnor believes Dagolath can cope", "Russia demanded that Sudan return"),
 * except that a plain statement (01) does not target the actor of a clause coded on its own; for a
 * demand or appeal, else the subject of the clause its object noun carries ("its demand that Israel
 * ease restrictions"); for a protest (14), else the actors its purpose clause demands from
 * ("demonstrated to demand reforms from Suharto"); for a threat (13), else the subject of its
 * condition ("if the United States goes ahead"); else who pressed for an act that yields to
 * pressure ("stepped down, bowing to protests by Egyptians"); else a place in the source's own country
 * the act happened "in" or "at", kept back till here ("demonstrated in Auckland against French
 * tests"); else the first actor after the verb inside its own clause, with its conjuncts ("abandoned
 * efforts to stop an anti-Gondor parade"); after the own-country targets and in Dyad's own practice
 * only, the first actor in the verb's whole phrase ({@link PhraseTargets}). A phrase whose actors all
 * have the source's own code gives no event, so the next phrase is tried, though not the first actor
 * after the verb.
 */
final class EventArguments {

  private static final Set<String> OUTSIDE_CLAUSE = Set.of("ccomp", "advcl", "parataxis", "conj", "csubj", "list", "dep",
      "nsubj", "nsubj:pass", "punct", "acl:relcl");

  /** Nouns for what someone issues to speak: the author of "a declaration demanding…" is its issuer. */
  private static final Set<String> STATEMENTS = Set.of("STATEMENT", "DECLARATION", "COMMUNIQUE", "LETTER", "MESSAGE",
      "RESOLUTION", "DECREE", "ULTIMATUM", "WARNING", "APPEAL", "PROPOSAL", "REPORT", "NOTE");

  private static final Set<String> PLACE_PREPOSITIONS = MentionRoles.PLACE_PREPOSITIONS;
  /**
   * Property seized (171) and control taken (192): seized from someone, who is the target before
   * anyone the object names ("seized control of YPF from Spain's Repsol").
   */
  private static final Set<String> SEIZURES = Set.of("171", "192");
  /** Mediation and the offer of it (045, 039): acts between parties other than the mediator. */
  private static final Set<String> MEDIATION = Set.of("045", "039");

  private final Dependencies tree;
  private final ActorSlots slots;
  private final Map<Integer, Optional<VerbMatch>> matches;
  private final Transformations nestedReports;
  private final DomesticTargets domestic;
  private final MentionRoles roles;

  /**
   * @param nestedReports for PETRARCH-2's practice, the dictionary's transformations: a coded clause
   *     is nested in the verb reporting it, which targets the clause's subject unless a
   *     transformation rewrites the clause; null for Dyad's own practice
   * @param ownState the one state the document names, whose acts on phrases naming no actor are on
   *     itself ({@link DomesticTargets}); null for none implied
   */
  EventArguments(Dependencies tree, ActorSlots slots, Map<Integer, Optional<VerbMatch>> matches,
      Transformations nestedReports, String ownState) {
    this.tree = tree;
    this.slots = slots;
    this.roles = new MentionRoles(tree, slots);
    this.domestic = new DomesticTargets(tree, slots, ownState);
    this.matches = matches;
    this.nestedReports = nestedReports;
  }

  List<Mention> sources(Predicate predicate, VerbMatch match) {
    if (match.source() != 0) {
      List<Mention> marked = slots.actors(List.of(match.source()));
      if (!marked.isEmpty()) {
        return marked;
      }
    }
    List<Mention> sources = slots.actors(predicate.subjects());
    if (!sources.isEmpty()) {
      return sources;
    }
    for (int subject : predicate.subjects()) {
      if (tree.word(subject).pos().startsWith("PRP")) {
        List<Mention> reporter = reportingSubject(predicate.verb());
        if (!reporter.isEmpty()) {
          return reporter;
        }
      }
    }
    List<Mention> authors = authorsOfStatement(predicate);
    if (!authors.isEmpty()) {
      return authors;
    }
    List<Mention> users = usersOfWeapon(predicate);
    if (!users.isEmpty()) {
      return users;
    }
    List<Mention> own = domestic.unnamedSource(predicate);
    if (!own.isEmpty()) {
      return own;
    }
    if (predicate.passive() && predicate.subjects().isEmpty()) {
      for (Predicate.Oblique oblique : predicate.obliques()) {
        List<Mention> found = slots.actors(List.of(oblique.head()));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * For a subject that is a thing someone used ("a roadside bomb planted by Taliban insurgents killed
   * four soldiers", "a rocket fired by Hamas hit a school"): the doer of the participle describing it.
   */
  private List<Mention> usersOfWeapon(Predicate predicate) {
    for (int subject : predicate.subjects()) {
      for (int participle : tree.children(subject, "acl")) {
        if (!tree.word(participle).pos().equals("VBN")) {
          continue;
        }
        for (int agent : tree.agents(participle)) {
          List<Mention> doers = slots.actors(List.of(agent));
          if (!doers.isEmpty()) {
            return doers;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * For a participle on an object naming a statement ("the PKK issued a declaration demanding
   * that…", "Iran released a statement condemning…"): the subject of the verb that produced the
   * object, who speaks through it.
   */
  private List<Mention> authorsOfStatement(Predicate predicate) {
    int verb = predicate.verb();
    int noun = tree.head(verb);
    if (!tree.relation(verb).equals("acl") || noun == 0 || predicate.passive() || !tree.baseRelation(noun).equals("obj")
        || !STATEMENTS.contains(tree.lemma(noun))) {
      return List.of();
    }
    return slots.actors(new PredicateFinder(tree).predicate(tree.head(noun)).subjects());
  }

  /**
   * For a pronoun subject: the actors of the subject of the verb that reports or governs the clause
   * ("Syria says it is willing to withdraw": Syria), climbing through open complements to the first
   * reported or adverbial clause.
   */
  private List<Mention> reportingSubject(int verb) {
    int clause = verb;
    for (int steps = 0; steps < 6 && clause != 0; steps++) {
      String relation = tree.baseRelation(clause);
      if (relation.equals("ccomp") || relation.equals("advcl")) {
        return slots.actors(tree.children(tree.head(clause), "nsubj"));
      }
      if (!relation.equals("xcomp") && !relation.equals("conj")) {
        return List.of();
      }
      clause = tree.head(clause);
    }
    return List.of();
  }

  /**
   * The target of an act whose arguments name none: the source's own country or people, when the code
   * implies it or the document names no other state ({@link DomesticTargets}); else, with {@code
   * inPhrase}, the first actor anywhere in the verb's phrase ({@link PhraseTargets}).
   */
  List<Mention> unnamedTargets(Predicate predicate, VerbMatch match, List<Mention> sources, boolean inPhrase) {
    List<Mention> implied = DomesticTargets.ownCountry(sources, match.codes().forward());
    implied = implied.isEmpty() ? domestic.unnamed(predicate, match, sources) : implied;
    if (implied.isEmpty() && inPhrase) {
      PhraseTargets phrase = new PhraseTargets(tree, slots, roles, matches);
      return phrase.first(predicate, match, sources).map(List::of).orElse(List.of());
    }
    return implied;
  }

  /** The actors of the predicate's objects ("urged Iran to withdraw": Iran). */
  List<Mention> objectActors(Predicate predicate) {
    return slots.actors(predicate.objects());
  }

  /**
   * The actors of the predicate's objects that could take part in its act, leaving out places the
   * object is "in" or "at": "signed a treaty in Brasilia" has none.
   */
  List<Mention> objectPartners(Predicate predicate) {
    List<Mention> partners = new ArrayList<>();
    for (Mention actor : objectActors(predicate)) {
      if (!roles.isPlace(actor)) {
        partners.add(actor);
      }
    }
    return partners;
  }

  /**
   * Whether every one of {@code actors} is named as a place the act was "in" or "at" ("talks in Mexico
   * City") or as the sponsor of what was done ("U.N.-sponsored talks"): bystanders of the act.
   */
  boolean allBystanders(List<Mention> actors) {
    return !actors.isEmpty() && actors.stream().allMatch(actor -> roles.isPlace(actor) || roles.isSponsor(actor));
  }

  /** Whether {@code event}'s target is a place the act was "in" or "at". */
  boolean targetsPlace(org.dyad.core.event.Event event) {
    return slots.mentions().stream().anyMatch(actor -> actor.start() == event.target().start()
        && actor.end() == event.target().end() && roles.isPlace(actor));
  }

  /**
   * The actors of the predicate's objects, unless each is only what the object is about and a "with"
   * phrase names a partner: "share intelligence on the Jemaah Islamiah network with Australia" is shared
   * with Australia.
   */
  private List<Mention> objectTargets(Predicate predicate, Set<String> sourceStates) {
    List<Mention> objects = slots.actors(predicate.objects(), sourceStates);
    if (objects.isEmpty() || !objects.stream().allMatch(actor -> roles.isTopic(actor, predicate.objects()))) {
      return objects;
    }
    for (Predicate.Oblique oblique : predicate.obliques()) {
      List<Mention> partners = slots.actors(List.of(oblique.head()));
      if (oblique.preposition().equals("WITH") && !partners.isEmpty()) {
        return partners;
      }
    }
    return objects;
  }

  List<Mention> targets(Predicate predicate, VerbMatch match, List<Mention> sources) {
    List<List<Mention>> candidates = new ArrayList<>();
    if (match.target() != 0) {
      candidates.add(slots.actors(List.of(match.target())));
    }
    Set<String> sourceStates = sources.stream().map(Mention::root).collect(java.util.stream.Collectors.toSet());
    String code = match.codes().forward();
    if (code != null && SEIZURES.stream().anyMatch(code::startsWith)) {
      // "ordered the seizure of a stake in YPF from Spanish energy firm Repsol": whom it was seized from
      predicate.obliques().stream().filter(oblique -> oblique.preposition().equals("FROM"))
          .forEach(oblique -> candidates.add(slots.actors(List.of(oblique.head()))));
    }
    candidates.add(objectTargets(predicate, sourceStates));
    // "New Zealanders demonstrated in Auckland against French nuclear tests": a place in the source's own
    // country is where the act happened, the target only when no other phrase names one
    List<List<Mention>> venues = new ArrayList<>();
    for (Predicate.Oblique oblique : predicate.obliques()) {
      List<Mention> actors = slots.actors(List.of(oblique.head()));
      boolean venue = PLACE_PREPOSITIONS.contains(oblique.preposition()) && !actors.isEmpty()
          && actors.stream().allMatch(a -> a.code().length() == 3 && sources.stream().anyMatch(s -> s.root().equals(a.root())));
      if (venue) {
        venues.add(actors);
      } else if (!predicate.passive() || !predicate.subjects().isEmpty() || !sources.equals(actors)) {
        candidates.add(actors);
      }
    }
    candidates.addAll(governorsPhrases(predicate));
    // "approved a rescue package for South Korea to shore up its currency": the subject an infinitive
    // with "for" gives the object is whom it is for
    for (int object : predicate.objects()) {
      for (int clause : tree.children(object, "acl")) {
        if (tree.children(clause, "mark").stream().anyMatch(mark -> tree.lemma(mark).equals("FOR"))) {
          candidates.add(slots.actors(tree.children(clause, "nsubj")));
        }
      }
    }
    for (int complement : tree.children(predicate.verb(), "xcomp")) {
      // "offered to mediate between Hamas and Fatah": the phrase the complement's pattern marks
      matches.getOrDefault(complement, Optional.empty()).filter(coded -> coded.target() != 0)
          .ifPresent(coded -> candidates.add(slots.actors(List.of(coded.target()))));
      candidates.add(objectTargets(new PredicateFinder(tree).predicate(complement), sourceStates));
    }
    // "signed an accord on Thursday to supply Gondor with wheat": the purpose's object
    for (int purpose : tree.children(predicate.verb(), "advcl")) {
      boolean infinitive = tree.children(purpose, "mark").stream().anyMatch(mark -> tree.lemma(mark).equals("TO"));
      if (infinitive && tree.children(purpose, "nsubj", "nsubj:pass").isEmpty()) {
        candidates.add(slots.actors(tree.children(purpose, "obj", "iobj")));
      }
    }
    if (ProtestDemands.isProtest(match.codes().forward())) {
      // "burned vehicles, demanding that Moi quit": a protest is aimed at whom its demand addresses
      for (int demand : ProtestDemands.demands(tree, predicate.verb())) {
        candidates.add(slots.actors(ProtestDemands.addressees(tree, demand), sourceStates));
      }
    }
    // "A said B attacked C" is B's event: a neutral statement (01) does not target B as well;
    // "A demanded that B withdraw" and "A believes B can cope" do
    boolean statement = match.codes().forward() != null && match.codes().forward().startsWith("01");
    for (int reported : tree.children(predicate.verb(), "ccomp")) {
      Optional<VerbMatch> coded = matches.getOrDefault(reported, Optional.empty());
      if (nestedReports != null && coded.isPresent() && !coded.get().codes().isNone()) {
        // PETRARCH-2: the report is on the clause's subject unless a transformation rewrites the clause
        if (!nestedReports.rewrites(match, coded.get())) {
          candidates.add(slots.actors(tree.children(reported, "nsubj", "nsubj:pass")));
        }
        continue;
      }
      if (!statement || coded.isEmpty() || coded.get().codes().isNone()) {
        candidates.add(slots.actors(tree.children(reported, "nsubj", "nsubj:pass")));
      }
    }
    if (DemandedActs.asks(match)) {
      // "reiterated its demand that Israel ease restrictions": who is asked stands in the noun's clause
      for (int object : predicate.objects()) {
        for (int clause : tree.children(object, "ccomp", "acl")) {
          candidates.add(slots.actors(tree.children(clause, "nsubj", "nsubj:pass")));
        }
      }
    }
    ImpliedTargets implied = new ImpliedTargets(tree, slots);
    candidates.addAll(implied.named(predicate, match.codes().forward()));
    // "stepped down, bowing to protests by Egyptians": who pressed for the act
    for (int participle : PressureYielded.participles(tree, predicate.verb())) {
      for (int pressing : PressureYielded.pressing(tree, participle)) {
        candidates.add(slots.actors(List.of(pressing)));
      }
    }
    candidates.addAll(venues);
    int arguments = candidates.size();
    candidates.add(firstActorInClause(predicate));
    candidates.addAll(implied.answered(predicate, match.codes().forward()));
    boolean ownCodeSkipped = false;
    boolean mediation = match.codes().forward() != null && MEDIATION.contains(match.codes().forward());
    for (int c = 0; c < candidates.size(); c++) {
      if (c == arguments && ownCodeSkipped) {
        // the phrase passed over stood where the target would: a later actor is no better
        break;
      }
      List<Mention> targets = new ArrayList<>(candidates.get(c));
      targets.removeAll(sources);
      // "withdraw its troops from Lebanon": the source's own forces are what it acts with, not on
      targets.removeIf(target -> ActorSlots.namedByPossessive(target)
          && sources.stream().anyMatch(source -> source.root().equals(target.root())));
      // "extended his congratulations to Sisi": a pronoun standing for the source is the source
      targets.removeIf(target -> target.rule().equals("pronoun")
          && sources.stream().anyMatch(source -> source.code().equals(target.code())));
      // "South Koreans staged vigils in Seoul against President Lee's decision": a phrase naming only
      // the source's own code gives no event, so the next phrase is looked at
      int before = targets.size();
      targets.removeIf(target -> sources.stream().allMatch(source -> source.code().equals(target.code())));
      // "Jimmy Carter mediated between Haiti's military rulers and Washington": a mediator's own state is
      // no party it mediates with
      targets.removeIf(target -> mediation && sources.stream().anyMatch(source -> source.root().equals(target.root())));
      ownCodeSkipped |= targets.size() < before;
      if (!targets.isEmpty()) {
        return targets;
      }
    }
    return List.of();
  }

  /**
   * "Began ferrying food on Sunday to survivors in Indonesia's Aceh province": the phrases, other than
   * places, that the parser hung on an uncoded verb governing the predicate as its open complement.
   */
  private List<List<Mention>> governorsPhrases(Predicate predicate) {
    List<List<Mention>> candidates = new ArrayList<>();
    int governor = tree.head(predicate.verb());
    if (!tree.baseRelation(predicate.verb()).equals("xcomp") || governor == 0
        || matches.getOrDefault(governor, Optional.empty()).filter(match -> !match.codes().isNone()).isPresent()) {
      return candidates;
    }
    for (Predicate.Oblique oblique : new PredicateFinder(tree).predicate(governor).obliques()) {
      if (!PLACE_PREPOSITIONS.contains(oblique.preposition())) {
        candidates.add(slots.actors(List.of(oblique.head())));
      }
    }
    return candidates;
  }

  private List<Mention> firstActorInClause(Predicate predicate) {
    for (int token : tree.subtree(predicate.verb(), OUTSIDE_CLAUSE)) {
      if (token > predicate.verb()) {
        // a role named by a possessive ("put its police on standby") is the subject's own, passed over
        if (slots.at(token) != null && !ActorSlots.namedByPossessive(slots.at(token))) {
          return slots.actors(List.of(token)); // with its conjuncts: "blows to the United States and Israel"
        }
      }
    }
    return List.of();
  }
}
