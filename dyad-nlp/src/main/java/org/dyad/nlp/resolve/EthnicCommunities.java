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
 * ("Nagorno-Karabakh's Armenians", "Crimea's Russians") lives in that place's state, and a tribe
 * named before "Indians" ("the Yanomami Indians") in the state the sentence names for it.
 */
final class EthnicCommunities {

  private static final String ETHNIC = "ethnic ";
  private static final String PLURAL_DEMONYM = "plural demonym";
  private static final String CIVILIANS = "CVL";
  private static final String INDIANS = "Indians";
  private static final java.util.Set<String> NON_STATES = java.util.Set.of("IGO", "NGO", "MNC");

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
          : namedEthnic(sentence, people) ? stateLivedIn(placed, people, true)
          : namedTribe(sentence, placed, people) ? stateLivedIn(placed, people, false) : null;
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

  /**
   * "The Yanomami Indians", "45 Tzotzil Indians": a tribe's own name before "Indians" names a native
   * people of the country it lives in, not India's. The name is a capitalised word, not the
   * sentence's first, that no mention covers. Other demonyms after a name ("Sunni Iraqis") stay.
   */
  private static boolean namedTribe(Sentence sentence, List<Mention> mentions, Mention people) {
    if (!people.text().equalsIgnoreCase(INDIANS)) {
      return false;
    }
    String before = sentence.text().substring(0, people.start() - sentence.start()).stripTrailing();
    int space = before.lastIndexOf(' ');
    if (space < 0 || before.length() == people.start() - sentence.start()) {
      return false;
    }
    String word = before.substring(space + 1);
    int wordStart = sentence.start() + space + 1;
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
        && mentions.stream().noneMatch(m -> m.start() <= wordStart && wordStart < m.end());
  }

  /**
   * The first state named after the people, else the last before it, other than the people's own;
   * only a state named bare ("in Serbia") when {@code bare}, else any role of one ("Brazil's President").
   */
  private static Mention stateLivedIn(List<Mention> mentions, Mention people, boolean bare) {
    Mention before = null;
    for (Mention mention : mentions) {
      boolean state = bare ? mention.code().length() == 3 : !NON_STATES.contains(mention.root());
      if (!state || mention.root().equals(people.root())) {
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
