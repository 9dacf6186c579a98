package org.dyad.nlp.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.dictionary.ActorEntry;
import org.dyad.nlp.dictionary.AgentEntry;
import org.dyad.nlp.match.NameKey;
import org.dyad.nlp.match.PhraseTrie;

/**
 * Every phrase actor resolution looks for, in one word trie so that a single leftmost-longest
 * scan finds actor names, agent nouns and the nouns that refer back to an actor named earlier
 * ("the group"), and the longest wins among all three ("Iranian Revolutionary Guards" over
 * "Iranian").
 */
final class ActorLexicon {

  /** What a phrase in the trie stands for. */
  sealed interface Entry permits ActorPhrase, AgentPhrase, ReferenceNoun {}

  /**
   * An actor's name. {@code pluralDemonym} marks the plural of one of the entry's own names
   * ("Iranians" beside "Iranian", "South Koreans" beside "South Korean"): the people of a state, not
   * its state.
   */
  record ActorPhrase(ActorEntry entry, boolean pluralDemonym) implements Entry {}

  /** A role noun ("police", "foreign minister"); {@code plural} when matched in a plural form. */
  record AgentPhrase(AgentEntry entry, String phrase, boolean plural) implements Entry {}

  /** A noun that, after "the", refers back to the last actor of a compatible kind. */
  record ReferenceNoun(String noun, Set<ActorKind> kinds) implements Entry {}

  private static final Map<String, Set<ActorKind>> REFERENCE_NOUNS =
      Map.of(
          "group", Set.of(ActorKind.ARMED_OR_POLITICAL_GROUP),
          "movement", Set.of(ActorKind.ARMED_OR_POLITICAL_GROUP),
          "network", Set.of(ActorKind.ARMED_OR_POLITICAL_GROUP),
          "organisation", Set.of(ActorKind.ARMED_OR_POLITICAL_GROUP, ActorKind.INTERNATIONAL_ORGANISATION),
          "organization", Set.of(ActorKind.ARMED_OR_POLITICAL_GROUP, ActorKind.INTERNATIONAL_ORGANISATION),
          "country", Set.of(ActorKind.STATE),
          "kingdom", Set.of(ActorKind.STATE),
          "republic", Set.of(ActorKind.STATE),
          "alliance", Set.of(ActorKind.INTERNATIONAL_ORGANISATION),
          "bloc", Set.of(ActorKind.INTERNATIONAL_ORGANISATION));

  private final PhraseTrie<Entry> trie = new PhraseTrie<>();

  ActorLexicon(ActorDictionaries dictionaries) {
    for (ActorEntry entry : dictionaries.actors().entries()) {
      List<String> phrases = entry.phrases();
      Set<String> siblings = new HashSet<>();
      for (String phrase : phrases) {
        siblings.add(NameKey.of(phrase));
      }
      for (String phrase : phrases) {
        trie.add(phrase, new ActorPhrase(entry, isPluralOfSibling(phrase, siblings)));
      }
    }
    for (AgentEntry entry : dictionaries.agents().entries()) {
      trie.add(entry.phrase(), new AgentPhrase(entry, entry.phrase(), false));
      for (String plural : entry.plurals()) {
        trie.add(plural, new AgentPhrase(entry, entry.phrase(), true));
      }
    }
    REFERENCE_NOUNS.forEach((noun, kinds) -> trie.add(noun, new ReferenceNoun(noun, kinds)));
  }

  PhraseTrie<Entry> trie() {
    return trie;
  }

  /** "Iranians" beside "Iranian", "South Koreans" beside "South Korean". */
  private static boolean isPluralOfSibling(String phrase, Set<String> siblings) {
    String key = NameKey.of(phrase);
    return key.length() > 3 && key.endsWith("s") && siblings.contains(key.substring(0, key.length() - 1));
  }
}
