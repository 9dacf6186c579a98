package org.dyad.nlp.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;

/**
 * "Ethnic Albanians demonstrated in Serbia": a people named "ethnic" with the demonym of a state
 * is a community living in another state, and CAMEO codes it to the state it lives in. The
 * resolver first reads the demonym as the civilians of its state (ALBCVL); this pass gives the
 * community, and the pronouns of the sentence that stood for it, the civilians' code of the other
 * state the sentence names: the first after the people, else the last before it (SRBCVL). With
 * no other state in the sentence the demonym's state stays. A people a place possesses
 * ("Nagorno-Karabakh's Armenians", "Crimea's Russians") lives in that place's state.
 */
final class EthnicCommunities {

  private static final String ETHNIC = "ethnic ";
  private static final String PLURAL_DEMONYM = "plural demonym";
  private static final String CIVILIANS = "CVL";

  private EthnicCommunities() {}

  /** The sentence's mentions with its ethnic communities placed; {@code mentions} is not changed. */
  static List<Mention> placed(Sentence sentence, List<Mention> mentions) {
    List<Mention> placed = new ArrayList<>(mentions);
    for (int i = 0; i < placed.size(); i++) {
      Mention people = placed.get(i);
      if (!people.rule().equals(PLURAL_DEMONYM)) {
        continue;
      }
      Mention state = i > 0 && possesses(sentence, placed.get(i - 1), people) ? placed.get(i - 1)
          : namedEthnic(sentence, people) ? stateLivedIn(placed, people) : null;
      if (state == null) {
        continue;
      }
      String code = state.root() + CIVILIANS;
      for (int j = i; j < placed.size(); j++) {
        Mention other = placed.get(j);
        if (j == i || other.rule().startsWith("pronoun") && other.code().equals(people.code())) {
          placed.set(j, new Mention(other.doc(), other.sentence(), other.start(), other.end(), other.text(), code,
              state.actor(), null, j == i ? "ethnic community, placed" : other.rule()));
        }
      }
    }
    return placed;
  }

  private static boolean namedEthnic(Sentence sentence, Mention people) {
    int at = people.start() - sentence.start();
    return at >= ETHNIC.length() && sentence.text().substring(at - ETHNIC.length(), at).toLowerCase(Locale.ROOT).equals(ETHNIC);
  }

  /** Whether {@code place}, a state other than the people's, is named as their possessor just before them. */
  private static boolean possesses(Sentence sentence, Mention place, Mention people) {
    String text = place.text();
    return place.code().length() == 3 && !place.root().equals(people.root()) && place.end() + 1 == people.start()
        && sentence.text().charAt(place.end() - sentence.start()) == ' '
        && (text.endsWith("'s") || text.endsWith("\u2019s"));
  }

  /** The first bare state named after the people, else the last before it, other than the people's own. */
  private static Mention stateLivedIn(List<Mention> mentions, Mention people) {
    Mention before = null;
    for (Mention mention : mentions) {
      if (mention.code().length() != 3 || mention.root().equals(people.root())) {
        continue;
      }
      if (mention.start() > people.start()) {
        return mention;
      }
      before = mention;
    }
    return before;
  }
}
