package org.dyad.nlp.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.nlp.Mention;

/**
 * The pre-filter in front of the dependency parser: a sentence can carry a dyadic event only when
 * it names at least two different actors (directly or by a reference resolved to an actor named
 * earlier), or, in a document naming one state's actors only, that state or one of its organs, whose act
 * may be on the state or its people ({@link DomesticTargets}); only those sentences are parsed.
 */
public final class EventCandidates {

  private EventCandidates() {}

  /**
   * The indexes of the sentences naming two or more actors with different codes, or the one state the
   * document names or one of its organs, ascending.
   *
   * @param mentions the actors of the whole document
   */
  public static Set<Integer> sentences(List<Mention> mentions) {
    Map<Integer, Set<String>> codes = new HashMap<>();
    for (Mention mention : mentions) {
      codes.computeIfAbsent(mention.sentence(), key -> new HashSet<>()).add(mention.code());
    }
    boolean oneState = DomesticTargets.onlyState(mentions).isPresent();
    Set<Integer> candidates = new TreeSet<>();
    codes.forEach((sentence, distinct) -> {
      if (distinct.size() >= 2 || oneState && distinct.stream().anyMatch(DomesticTargets::mayActOnOwnState)) {
        candidates.add(sentence);
      }
    });
    return candidates;
  }
}
