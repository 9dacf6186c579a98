package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Word;

/**
 * Finds the actors that fill an argument of a predicate: the resolved mentions inside the phrase
 * whose head the predicate names.
 *
 * <p>For each head and each head coordinated with it ({@code conj}: "Iran and Syria"), the actor is
 * the mention covering the head word; failing that, the mention inside the head's phrase nearest
 * the head in the tree (not looking into relative clauses or other clauses), so "ties with Gondor"
 * yields Gondor and "the embassy of Gondor" yields Gondor. Each coordinated head gives at most one
 * actor.
 */
final class ActorSlots {

  private static final Set<String> PHRASE_BOUNDARIES = Set.of(
      "ccomp", "advcl", "parataxis", "csubj", "acl", "acl:relcl", "conj", "cc", "punct", "appos", "list", "dep");

  private final Dependencies tree;
  private final List<Mention> mentions;
  private final int[] mentionOf;

  ActorSlots(Dependencies tree, List<Mention> mentions) {
    this.tree = tree;
    this.mentions = List.copyOf(mentions);
    mentionOf = new int[tree.size() + 1];
    java.util.Arrays.fill(mentionOf, -1);
    for (int m = 0; m < this.mentions.size(); m++) {
      Mention mention = this.mentions.get(m);
      for (Word word : tree.parsed().words()) {
        if (word.start() < mention.end() && mention.start() < word.end() && mentionOf[word.index()] < 0) {
          mentionOf[word.index()] = m;
        }
      }
    }
  }

  /** The actors filling the arguments headed by {@code heads}, in sentence order, without repeats. */
  List<Mention> actors(List<Integer> heads) {
    List<Mention> actors = new ArrayList<>();
    for (int head : heads) {
      for (int conjunct : conjuncts(head)) {
        int holder = holderOf(conjunct);
        if (holder == 0) {
          continue;
        }
        // "ties between Gondor and Osgiliath": a mention found below the head brings its conjuncts
        List<Integer> found = holder == conjunct ? List.of(holder) : conjuncts(holder);
        for (int token : found) {
          Mention actor = mostSpecific(token);
          if (actor != null && !actors.contains(actor)) {
            actors.add(actor);
          }
        }
      }
    }
    return actors;
  }

  /**
   * The mention at {@code token}, or a more specific one of the same actor among the words that
   * modify it ("Bree Prime Minister Romendacil": BREGOV rather than the bare name's BRE).
   */
  private Mention mostSpecific(int token) {
    Mention best = mentionOf[token] < 0 ? null : mentions.get(mentionOf[token]);
    if (best == null) {
      return null;
    }
    for (int child : tree.children(token, "compound", "flat", "amod", "nmod:poss", "appos")) {
      for (int inside : tree.subtree(child, PHRASE_BOUNDARIES)) {
        Mention other = mentionOf[inside] < 0 ? null : mentions.get(mentionOf[inside]);
        if (other != null && other.root().equals(best.root()) && other.code().length() > best.code().length()) {
          best = other;
        }
      }
    }
    return best;
  }

  /** The mention covering {@code token}, or null. */
  Mention at(int token) {
    return mentionOf[token] < 0 ? null : mentions.get(mentionOf[token]);
  }

  private List<Integer> conjuncts(int head) {
    List<Integer> conjuncts = new ArrayList<>();
    conjuncts.add(head);
    for (int i = 0; i < conjuncts.size() && conjuncts.size() <= tree.size(); i++) {
      for (int child : tree.children(conjuncts.get(i), "conj")) {
        if (!tree.isVerb(child) && !conjuncts.contains(child)) {
          conjuncts.add(child);
        }
      }
    }
    return conjuncts;
  }

  /** The token holding the mention that stands for the phrase headed by {@code head}, or 0. */
  private int holderOf(int head) {
    if (mentionOf[head] >= 0) {
      return head;
    }
    // breadth-first from the head, so the nearest mention in the tree wins
    List<Integer> frontier = new ArrayList<>(List.of(head));
    for (int depth = 0; depth < tree.size() && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int token : frontier) {
        for (int child : tree.children(token)) {
          if (PHRASE_BOUNDARIES.contains(tree.relation(child)) || PHRASE_BOUNDARIES.contains(tree.baseRelation(child))) {
            continue;
          }
          if (mentionOf[child] >= 0) {
            return child;
          }
          next.add(child);
        }
      }
      frontier = next;
    }
    return 0;
  }
}
