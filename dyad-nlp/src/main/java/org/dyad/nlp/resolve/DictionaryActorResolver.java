package org.dyad.nlp.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.match.NameTokenizer;
import org.dyad.nlp.match.PhraseMatch;
import org.dyad.nlp.match.Token;

/**
 * Resolves actors by dictionary lookup over name keys, then composes what stands together, the
 * way PETRARCH builds codes from actor and agent phrases but on words rather than parse trees, so
 * that it runs on every sentence before any parse (it doubles as the parser's pre-filter).
 *
 * <p>Per sentence: one leftmost-longest scan of the {@link ActorLexicon} (O(n · L) for n words and
 * L words in the longest phrase), then these rules over the matches, first applicable wins:
 *
 * <ol>
 *   <li>actor + agent + person of that actor: "Iranian President Mohammad Khatami" is the person,
 *       coded on the sentence's date;
 *   <li>actor + agent: "Iranian police" is IRN + COP = IRNCOP; the office's holder on that date
 *       names the person ("the Iranian president" on 2001-06-01 is Khatami); agents coordinated
 *       after it share the actor ("Danish media and government");
 *   <li>actor + actor of the same root: "Iran's Revolutionary Guards" is the second;
 *   <li>actors joined by "and", "or" or commas before an agent share it: "Hungarian and Romanian
 *       officials";
 *   <li>agent + "of" or "from" + actor, and a plural agent + "in" + actor: "the foreign minister
 *       of Syria", "soldiers from Gondor", "lawmakers in Arnor and Gondor" (states coordinated after
 *       the actor share the agent);
 *   <li>an agent written before its actor: "MSF Arnor" is NGO + ARN = NGOARN, with the actor's own
 *       agent after it ("an MSF Arnor diplomat" is NGOARNGOV);
 *   <li>agent + person: "President Khatami";
 *   <li>a plural demonym alone is the state's civilians: "Iranians" is IRNCVL; named "ethnic", the
 *       civilians of the other state the sentence names ("ethnic Albanians demonstrated in
 *       Serbia" is SRBCVL, {@link EthnicCommunities});
 *   <li>"the" + agent, "the group", "the country" and the pronouns "he"/"she" bind to the
 *       one compatible actor in reach, "they" to the one plural actor in reach ({@link RecentActors});
 *   <li>otherwise an actor phrase is its entry's code on the date.
 * </ol>
 *
 * Thread-safe: all state is per call.
 */
public final class DictionaryActorResolver implements ActorResolver {

  private final ActorLexicon lexicon;
  private final ActorNames names;
  private final OfficeLookup offices;

  public DictionaryActorResolver(ActorDictionaries dictionaries, OfficeLookup offices) {
    Objects.requireNonNull(dictionaries, "dictionaries");
    this.lexicon = new ActorLexicon(dictionaries);
    this.names = new ActorNames(dictionaries.actors().entries());
    this.offices = Objects.requireNonNull(offices, "offices");
  }

  @Override
  public List<Mention> resolve(List<Sentence> sentences, LocalDate date) {
    RecentActors recent = new RecentActors();
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Token> tokens = NameTokenizer.tokens(sentence.text());
      List<PhraseMatch<ActorLexicon.Entry>> matches = lexicon.trie().find(tokens);
      SentenceResolution resolution =
          new SentenceResolution(sentence, date, tokens, matches, recent, names, offices);
      mentions.addAll(EthnicCommunities.placed(sentence, resolution.mentions()));
    }
    return List.copyOf(mentions);
  }

  /** Whether a sentence names any actor, agent or reference noun: the parser's pre-filter. */
  public boolean mayNameActor(String sentenceText) {
    return lexicon.trie().occursIn(NameTokenizer.tokens(sentenceText));
  }
}
