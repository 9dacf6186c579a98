package org.dyad.nlp.coding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.core.nlp.Mention;

/**
 * What an actor named in a sentence stands for besides a party to its act: the place the act
 * happened in ("talks in Mexico City"), the sponsor of what was done ("U.N.-sponsored talks"), or what
 * a thing is about ("intelligence on the Jemaah Islamiah network").
 */
final class MentionRoles {

  /** Prepositions of a place where an act happened. */
  static final Set<String> PLACE_PREPOSITIONS =
      Set.of("IN", "AT", "ACROSS", "THROUGHOUT", "AROUND", "NEAR", "OUTSIDE", "THROUGH");

  /** Verbs whose "at" phrase is what they are aimed at: "fired at", "aimed at", "directed at". */
  private static final Set<String> AIMING = Set.of("AIM", "DIRECT", "TARGET", "POINT", "FIRE", "SHOOT", "HURL", "THROW",
      "LOB", "LEVEL", "SNIPE", "LASH", "STRIKE", "SWIPE", "JAB", "RAIL");

  /** Prepositions of what something is about: "intelligence on the network". */
  private static final Set<String> TOPICS = Set.of("ON", "ABOUT", "REGARDING", "CONCERNING", "OVER");

  /** A hyphen and a participle after an actor: "U.N.-sponsored", "Egyptian-mediated". */
  private static final Pattern SPONSORED = Pattern.compile("\\s*-\\s*\\p{L}+ed\\b");

  private final Dependencies tree;
  private final ActorSlots slots;

  MentionRoles(Dependencies tree, ActorSlots slots) {
    this.tree = tree;
    this.slots = slots;
  }

  /** Whether {@code actor} is named as a place the act was "in" or "at". */
  boolean isPlace(Mention actor) {
    for (int token = 1; token <= tree.size(); token++) {
      String preposition = String.valueOf(tree.preposition(token));
      if (slots.at(token) == actor && PLACE_PREPOSITIONS.contains(preposition) && !isAimedAt(token, preposition)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "at" names what a verb of aiming is aimed at, not where: "a show of strength aimed at South Korea". */
  private boolean isAimedAt(int token, String preposition) {
    return preposition.equals("AT") && AIMING.contains(tree.lemma(tree.head(token)));
  }

  /** Whether {@code actor} is joined by a hyphen to a participle: "U.N.-sponsored", "Egyptian-mediated". */
  boolean isSponsor(Mention actor) {
    String text = tree.parsed().sentence().text();
    int at = actor.end() - tree.parsed().sentence().start();
    return at >= 0 && at <= text.length() && SPONSORED.matcher(text).region(at, text.length()).lookingAt();
  }

  /** Whether {@code actor} stands below one of {@code objects} only inside a phrase of what it is about. */
  boolean isTopic(Mention actor, List<Integer> objects) {
    for (int token = 1; token <= tree.size(); token++) {
      if (slots.at(token) != actor) {
        continue;
      }
      for (int at = token; at != 0 && !objects.contains(at); at = tree.head(at)) {
        if (TOPICS.contains(String.valueOf(tree.preposition(at)))) {
          return true;
        }
      }
    }
    return false;
  }
}
