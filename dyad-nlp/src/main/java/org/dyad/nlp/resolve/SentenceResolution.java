package org.dyad.nlp.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.dictionary.AgentEntry;
import org.dyad.nlp.match.PhraseMatch;
import org.dyad.nlp.match.Token;
import org.dyad.nlp.resolve.ActorLexicon.AgentPhrase;
import org.dyad.nlp.resolve.ActorLexicon.Entry;
import org.dyad.nlp.resolve.ActorLexicon.ReferenceNoun;

/** The rules of {@link DictionaryActorResolver} applied to one sentence's phrase matches. */
final class SentenceResolution {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "his", "her");
  private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL");
  /** "and" and at most two words before a role: "and Tuareg-led rebel groups". */
  private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("\\s+and(\\s+[\\p{L}-]+){0,2}\\s+");

  private final Sentence sentence;
  private final LocalDate date;
  private final List<Token> tokens;
  private final List<PhraseMatch<Entry>> matches;
  private final RecentActors recent;
  private final ActorNames names;
  private final OfficeLookup offices;
  private final MatchJoins joins;
  private final List<Mention> mentions = new ArrayList<>();

  SentenceResolution(
      Sentence sentence,
      LocalDate date,
      List<Token> tokens,
      List<PhraseMatch<Entry>> matches,
      RecentActors recent,
      ActorNames names,
      OfficeLookup offices) {
    this.sentence = sentence;
    this.date = date;
    this.tokens = tokens;
    this.recent = recent;
    this.names = names;
    this.offices = offices;
    this.matches = MatchJoins.withoutStances(sentence.text(), MatchJoins.withoutHyphenatedRoles(sentence.text(), matches));
    this.joins = new MatchJoins(sentence.text(), tokens, this.matches);
  }

  List<Mention> mentions() {
    int pronounToken = 0;
    int m = 0;
    while (m < matches.size()) {
      PhraseMatch<Entry> match = matches.get(m);
      pronounToken = resolvePronouns(pronounToken, match.firstToken());
      int used = resolveAt(m);
      m += Math.max(used, 1);
    }
    resolvePronouns(pronounToken, tokens.size());
    return mentions;
  }

  /** Applies the first rule that fits at match {@code m}; returns how many matches it used. */
  private int resolveAt(int m) {
    PhraseMatch<Entry> match = matches.get(m);
    Optional<MatchedActor> actor = actor(match);
    if (actor.isPresent()) {
      return resolveActor(m, actor.get());
    }
    Optional<AgentPhrase> agent = MatchJoins.agent(match);
    if (agent.isPresent()) {
      return resolveAgent(m, agent.get());
    }
    MatchJoins.first(match, ReferenceNoun.class).ifPresent(noun -> resolveReference(match, noun));
    return 1;
  }

  private int resolveActor(int m, MatchedActor actor) {
    PhraseMatch<Entry> next = joins.roleAfter(m);
    if (actor.kind() != ActorKind.PERSON && next != null) {
      Optional<AgentPhrase> agent = MatchJoins.agent(next);
      if (agent.isPresent()) {
        PhraseMatch<Entry> third = joins.adjacent(m + 1);
        Optional<MatchedActor> named = third == null ? Optional.empty() : actor(third);
        if (named.isPresent()) {
          // "Iranian President Khatami" is the person; "Dagolath's Prime Minister Telemar" the state's role
          if (named.get().isPersonOf(actor)) {
            addPerson(actor.match().start(), named.get(), "actor+agent+person");
          } else {
            addComposed(actor, agent.get(), actor.match().start(), third.end(), "actor+agent+name");
          }
          return 3;
        }
        addComposed(actor, agent.get(), actor.match().start(), next.end(), "actor+agent");
        return 2 + coordinatedRoles(m + 1, actor);
      }
      Optional<MatchedActor> part = actor(next).filter(b -> b.kind() != ActorKind.PERSON && b.code().length() > actor.code().length() && b.code().startsWith(actor.code()));
      if (part.isPresent()) {
        // "Sri Lanka's Tamil Tiger rebels": a role after the part is the part's
        PhraseMatch<Entry> role = joins.roleAfter(m + 1);
        Optional<AgentPhrase> partRole = role == null ? Optional.empty() : MatchJoins.agent(role);
        if (partRole.isPresent()) {
          add(actor.match().start(), role.end(), partRole.get().entry().appliedTo(part.get().code()), null,
              part.get().kind(), "actor+actor+agent");
          return 3;
        }
        add(actor.match().start(), next.end(), part.get().code(), null, part.get().kind(), "actor+actor");
        return 2;
      }
    }
    if (actor.kind() != ActorKind.PERSON) {
      Optional<AgentPhrase> shared = sharedAgent(m);
      if (shared.isPresent()) {
        addComposed(actor, shared.get(), actor.match().start(), actor.match().end(), "actor+agent (coordinated)");
        return 1;
      }
    }
    Optional<AgentPhrase> owned = actor.kind() == ActorKind.PERSON && next != null ? MatchJoins.agent(next) : Optional.empty();
    if (owned.isPresent() && MatchJoins.isStateRole(actor.code())) {
      // "Saddam Hussein's army", "the Obama administration": the role of the person's state, not the person
      add(actor.match().start(), next.end(), owned.get().entry().appliedTo(actor.code().substring(0, 3)), null, ActorKind.STATE, "person+agent");
      return 2;
    }
    if (actor.kind() == ActorKind.PERSON) {
      addPerson(actor.match().start(), actor, "person");
    } else if (actor.pluralDemonym() && actor.kind() == ActorKind.STATE) {
      add(actor.match().start(), actor.match().end(), actor.code() + "CVL", null, ActorKind.STATE, "plural demonym");
    } else {
      add(actor.match().start(), actor.match().end(), actor.code(), null, actor.kind(), "phrase");
    }
    return 1;
  }

  private int resolveAgent(int m, AgentPhrase agent) {
    PhraseMatch<Entry> match = matches.get(m);
    if (m + 1 < matches.size()) {
      PhraseMatch<Entry> next = matches.get(m + 1);
      Optional<MatchedActor> actor = actor(next);
      if (actor.isPresent()) {
        if (actor.get().kind() != ActorKind.PERSON && joins.belongsToNext(m, agent)) {
          if (joins.ofPossessiveOwningMore(m)) {
            // the role is of what the possessive owns, whose own words name its actor, if any
            return 1;
          }
          addComposed(actor.get(), agent, match.start(), next.end(), "agent of actor");
          return 2 + sharedByCoordinated(m + 1, agent);
        }
        if (actor.get().kind() == ActorKind.PERSON && next.firstToken() == match.endToken()) {
          addPerson(match.start(), actor.get(), "agent+person");
          return 2;
        }
        if (agent.entry().placement() == AgentEntry.Placement.BEFORE_ACTOR && joins.adjacent(m) == next) {
          return 1 + prefixedActor(m, agent, actor.get());
        }
      }
    }
    if (!agent.plural() && resolveTitledName(m, agent)) {
      return 1;
    }
    // "the administration", "its army", "his government": the role of the one state in reach
    boolean possessive = joins.precededByPossessive(match);
    if (!agent.plural() && joins.precededByThe(match) || possessive) {
      recent
          .bindState(sentence.index(), match.start())
          .ifPresent(bound -> {
            String code = agent.entry().appliedTo(bound.mention().root());
            String person = offices.holder(bound.mention().root(), agent.phrase(), date).orElse(null);
            add(match.start(), match.end(), code, person, ActorKind.STATE, (possessive ? "possessive: " : "back-reference: the ") + agent.phrase());
          });
    } else if (joins.actsInContext(match, agent)) {
      partnerOfStateOrgan(match).or(() -> onlyStateInReach(m, true)).ifPresent(root ->
          add(match.start(), match.end(), agent.entry().appliedTo(root), null, ActorKind.STATE, "agent in context"));
    }
    return 1;
  }

  /**
   * A role written before its actor ("MSF Arnor" is NGOARN), with the actor's own role after it ("an
   * MSF Arnor diplomat" is NGOARNGOV); returns how many matches after the role it used.
   */
  private int prefixedActor(int m, AgentPhrase prefix, MatchedActor actor) {
    PhraseMatch<Entry> after = joins.adjacent(m + 1);
    Optional<AgentPhrase> role = after == null ? Optional.empty() : MatchJoins.agent(after);
    String own = role.map(r -> r.entry().appliedTo(actor.code())).orElse(actor.code());
    int end = role.isPresent() ? after.end() : actor.match().end();
    add(matches.get(m).start(), end, prefix.entry().appliedTo(own), null, actor.kind(), "agent+actor");
    return role.isPresent() ? 2 : 1;
  }

  /**
   * Gives the actor of "Danish media and government" to the roles coordinated after match {@code m}
   * as well, when no actor of their own follows them; returns how many matches took it.
   */
  private int coordinatedRoles(int m, MatchedActor actor) {
    return takeCoordinated(m, next -> {
      Optional<AgentPhrase> role = MatchJoins.agent(matches.get(next));
      PhraseMatch<Entry> after = joins.adjacent(next);
      if (role.isEmpty() || after != null && actor(after).isPresent()) {
        return false;
      }
      addComposed(actor, role.get(), matches.get(next).start(), matches.get(next).end(), "actor+agent (coordinated)");
      return true;
    });
  }

  /**
   * Gives the role of "lawmakers in Arnor and Gondor" to the states coordinated after match {@code m}
   * as well, unless one has a role of its own ("of Syria and Iran's president"); returns how many
   * matches took it.
   */
  private int sharedByCoordinated(int m, AgentPhrase agent) {
    return takeCoordinated(m, next -> {
      Optional<MatchedActor> state = actor(matches.get(next)).filter(a -> a.kind() == ActorKind.STATE);
      PhraseMatch<Entry> after = joins.adjacent(next);
      if (state.isEmpty() || after != null && MatchJoins.agent(after).isPresent()) {
        return false;
      }
      addComposed(state.get(), agent, matches.get(next).start(), matches.get(next).end(), "agent of actor (coordinated)");
      return true;
    });
  }

  /**
   * Offers {@code take} each match joined to match {@code m} by "and", "or" or commas, in order,
   * until it declines one; returns how many it took.
   */
  private int takeCoordinated(int m, java.util.function.IntPredicate take) {
    int taken = 0;
    for (int k = m; k + 1 < matches.size(); k++) {
      if (!joins.coordinated(k) || !take.test(k + 1)) {
        break;
      }
      taken++;
    }
    return taken;
  }

  /**
   * The one state in reach of match {@code m}: the state a back-reference there would bind to and
   * the states named elsewhere in the same sentence, when all are the same; else empty.
   */
  private Optional<String> onlyStateInReach(int m, boolean placeDecides) {
    Set<String> roots = new java.util.TreeSet<>();
    recent.bindState(sentence.index(), matches.get(m).start()).ifPresent(bound -> roots.add(bound.mention().root()));
    Set<String> places = new java.util.TreeSet<>();
    for (int other = 0; other < matches.size(); other++) {
      PhraseMatch<Entry> place = matches.get(other);
      if (other == m) {
        continue;
      }
      actor(place).filter(a -> a.kind() == ActorKind.STATE || a.kind() == ActorKind.PERSON && ActorKind.isStateCode(a.code().substring(0, 3)))
          .ifPresent(a -> {
        roots.add(a.code().substring(0, 3));
        if (joins.precededByPlacePreposition(place)) {
          places.add(a.code().substring(0, 3));
        }
      });
    }
    // several states: the one named as the place ("abducted five Britons ... in Baghdad")
    Set<String> chosen = roots.size() > 1 && placeDecides ? places : roots;
    return chosen.size() == 1 ? Optional.of(chosen.iterator().next()) : Optional.empty();
  }

  /**
   * A title before a name the dictionaries lack ("President Mugabe", "Investment Minister Tran
   * Xuan Gia") is that state's official when exactly one state is in reach, counting the states
   * named later in the same sentence ("President Mugabe told Zimbabwe's parliament"); after "former",
   * one of that state's elite.
   */
  private boolean resolveTitledName(int m, AgentPhrase agent) {
    PhraseMatch<Entry> match = matches.get(m);
    int nameEnd = match.endToken();
    while (nameEnd < tokens.size() && nameEnd - match.endToken() < 4 && MatchJoins.isCapitalised(tokens.get(nameEnd))
        && !startsMatch(nameEnd, m + 1)) {
      nameEnd++;
    }
    if (nameEnd == match.endToken() || joins.hasBreak(match.end(), tokens.get(match.endToken()).start())) {
      return false;
    }
    Token first = tokens.get(match.endToken());
    Token last = tokens.get(nameEnd - 1);
    // "President Clinton landed in Beijing": the state whose president then was a Clinton, before the state in reach
    Optional<String> state = offices.stateOfHolder(agent.phrase(), last.text(), date).or(() -> onlyStateInReach(m, false));
    if (state.isEmpty()) {
      return false;
    }
    String root = state.get();
    String name = sentence.text().substring(first.start(), last.end());
    if (joins.precededByFormer(match)) {
      // "former Foreign Minister Boris Shikhmuradov": no longer the state's official, one of its elite
      add(match.start(), last.end(), root + "ELI", name, ActorKind.STATE, "former title+name");
      return true;
    }
    add(match.start(), last.end(), agent.entry().appliedTo(root), name, ActorKind.STATE, "title+name");
    return true;
  }

  /** Whether some match from {@code fromMatch} on starts at token {@code token}. */
  private boolean startsMatch(int token, int fromMatch) {
    return fromMatch < matches.size() && matches.get(fromMatch).firstToken() == token;
  }

  private void resolveReference(PhraseMatch<Entry> match, ReferenceNoun noun) {
    if (!joins.precededByThe(match)) {
      return;
    }
    recent
        .bind(sentence.index(), match.start(), noun.kinds())
        .ifPresent(bound -> add(match.start(), match.end(), bound.referent().length() == 3 ? bound.referent() : bound.mention().code(),
            null, bound.kind(), "back-reference: the " + noun.noun()));
  }

  /**
   * Binds "he", "she", "his" and "her" in tokens {@code [from, to)} to the one person in reach, "they"
   * to the one plural actor in reach ({@link RecentActors#bindPlural}); returns {@code to}. "Them" is left
   * alone: in news it stands for things as often as for actors ("described them as a crime").
   */
  private int resolvePronouns(int from, int to) {
    for (int t = from; t < to; t++) {
      Token token = tokens.get(t);
      if (!PRONOUNS.contains(token.key())) {
        continue;
      }
      int start = sentence.start() + token.start();
      boolean plural = token.key().startsWith("th");
      (plural ? recent.bindPlural(sentence.index(), start) : recent.bind(sentence.index(), start, Set.of(ActorKind.PERSON)))
          .ifPresent(bound -> record(new Mention(sentence.doc(), sentence.index(), start, sentence.start() + token.end(),
              token.text(), bound.mention().code(), bound.mention().actor(), plural ? null : bound.mention().person(), "pronoun"),
              bound.kind()));
    }
    return Math.max(from, to);
  }

  private void addComposed(MatchedActor actor, AgentPhrase agent, int start, int end, String rule) {
    String code = agent.entry().appliedTo(actor.code());
    String person = actor.kind() == ActorKind.STATE ? offices.holder(actor.code(), agent.phrase(), date).orElse(null) : null;
    add(start, end, code, person, actor.kind(), rule);
  }

  private void addPerson(int start, MatchedActor person, String rule) {
    add(start, person.match().end(), person.code(), ActorNames.display(person.entry()), ActorKind.PERSON, rule);
  }

  /** Records a mention whose offsets are relative to the sentence. */
  private void add(int start, int end, String code, String person, ActorKind kind, String rule) {
    int from = sentence.start() + start;
    int to = sentence.start() + end;
    record(new Mention(sentence.doc(), sentence.index(), from, to, sentence.text().substring(start, end), code,
        names.nameOf(code), person, rule), kind);
  }

  private void record(Mention mention, ActorKind kind) {
    mentions.add(mention);
    recent.add(mention, kind);
  }

  /**
   * "Between Mali's government and Tuareg-led rebel groups": a role joined by "and" to a state's
   * government or forces just before it is of that state; empty otherwise.
   */
  private Optional<String> partnerOfStateOrgan(PhraseMatch<Entry> match) {
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    Mention last = mentions.getLast();
    int end = last.end() - sentence.start();
    boolean organ = last.code().length() == 6 && ActorKind.isStateCode(last.root())
        && STATE_ORGANS.contains(last.code().substring(3));
    return organ && end <= match.start() && JOINED.matcher(sentence.text().substring(end, match.start())).matches()
        ? Optional.of(last.root()) : Optional.empty();
  }

  /** The agent shared by actors joined to match {@code m} by "and", "or" or commas ("Hungarian and Romanian officials"). */
  private Optional<AgentPhrase> sharedAgent(int m) {
    // "in central Baghdad, Iraqi police said": a list needs "and" or "or" before its last member
    boolean conjoined = false;
    for (int k = m; k + 1 < matches.size(); k++) {
      PhraseMatch<Entry> next = matches.get(k + 1);
      if (k > m && joins.adjacent(k) != null) {
        return conjoined ? MatchJoins.agent(next) : Optional.empty();
      }
      boolean joinedState = actor(next).filter(a -> a.kind() == ActorKind.STATE).isPresent();
      if (!joins.coordinated(k) || !joinedState) {
        return Optional.empty();
      }
      conjoined |= joins.conjoined(k);
    }
    return Optional.empty();
  }

  /** The match's actor entry for the date ({@link MatchedActor#of}). */
  private Optional<MatchedActor> actor(PhraseMatch<Entry> match) {
    return MatchedActor.of(match, date, joins);
  }
}
