package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.nlp.Mention;

/**
 * The parties a phrase "between" names: "mediated talks between the Sri Lankan government and Tamil Tiger
 * rebels" is with each of them, even where the parser hung the second party loosely on the first ("between
 * the rival Palestinian movements Hamas and Fatah", "between Cambodian strongman Hun Sen and ousted Prime
 * Minister Prince Norodom Ranariddh").
 *
 * <p>A party is a word of the phrase reached from its head through a conjunction, an apposition or a loose
 * dependent; the words below it, short of a clause or a place ("rebels in Oslo"), name the same party, whose
 * actor is the most specific they name. A party named only by an adjective ("the rival Palestinian
 * movements") gives way to a party of the same state that is named.
 */
final class BetweenParties {

  /** Relations that begin another party of the phrase. */
  private static final Set<String> NEXT_PARTY = Set.of("conj", "appos", "dep");

  /** Relations below which no party of the phrase stands. */
  private static final Set<String> OUTSIDE = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj", "punct");

  /** Relations of a word that only describes its noun. */
  private static final Set<String> DESCRIBING = Set.of("amod", "compound");

  private final Dependencies tree;
  private final ActorSlots slots;

  BetweenParties(Dependencies tree, ActorSlots slots) {
    this.tree = tree;
    this.slots = slots;
  }

  /**
   * The parties of the phrase "between" that {@code head} heads or, when {@code named} is false, that
   * modifies it ("talks between Hamas and Fatah"); empty when there is no such phrase.
   */
  List<Mention> parties(int head, boolean named) {
    if (isBetween(head)) {
      return parties(head);
    }
    if (!named) {
      for (int modifier : tree.children(head, "nmod")) {
        if (isBetween(modifier)) {
          return parties(modifier);
        }
      }
    }
    return List.of();
  }

  private boolean isBetween(int head) {
    return "BETWEEN".equals(tree.preposition(head));
  }

  /** The actors of the parties the phrase headed by {@code head} names, in sentence order. */
  private List<Mention> parties(int head) {
    Map<Integer, List<Integer>> byParty = new LinkedHashMap<>();
    for (int token : tree.subtree(head, OUTSIDE)) {
      if (slots.at(token) != null && !inPlace(token, head)) {
        byParty.computeIfAbsent(partyOf(token, head), key -> new ArrayList<>()).add(token);
      }
    }
    List<Mention> parties = new ArrayList<>();
    List<Mention> described = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> party : byParty.entrySet()) {
      Mention best = null;
      boolean onlyDescribed = true;
      for (int token : party.getValue()) {
        Mention actor = slots.at(token);
        if (best == null || actor.code().length() > best.code().length()) {
          best = actor;
        }
        onlyDescribed &= DESCRIBING.contains(tree.baseRelation(token)) && slots.at(tree.head(token)) != actor;
      }
      if (!parties.contains(best)) {
        (onlyDescribed ? described : parties).add(best);
      }
    }
    described.stream().filter(d -> parties.stream().noneMatch(p -> p.root().equals(d.root()))).forEach(parties::add);
    parties.sort(java.util.Comparator.comparingInt(Mention::start));
    return parties;
  }

  /** The word that begins the party {@code token} names: the phrase's head, or the first conjunct above it. */
  private int partyOf(int token, int head) {
    int at = token;
    for (int steps = 0; at != head && at != 0 && steps <= tree.size(); steps++) {
      if (NEXT_PARTY.contains(tree.baseRelation(at))) {
        return at;
      }
      at = tree.head(at);
    }
    return head;
  }

  /** Whether a place phrase stands between the token and the phrase's head: "rebels in Oslo". */
  private boolean inPlace(int token, int head) {
    for (int at = token, steps = 0; at != head && at != 0 && steps <= tree.size(); at = tree.head(at), steps++) {
      if (MentionRoles.PLACE_PREPOSITIONS.contains(String.valueOf(tree.preposition(at)))) {
        return true;
      }
    }
    return false;
  }
}
