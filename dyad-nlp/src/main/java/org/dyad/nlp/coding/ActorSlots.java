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
 * <p>For each head and each head coordinated with it ({@code conj}: "Iran and Syria", or an apposition
 * naming another actor: "Mordor, the Shire, Arnor and Bree"), the actor is
 * the mention covering the head word; failing that, the mention inside the head's phrase nearest
 * the head in the tree (not looking into relative clauses or other clauses, but into a one-word
 * name in brackets: "the International Labour Office (ILO)"), so "ties with Gondor" yields Gondor
 * and "the embassy of Gondor" yields Gondor. Each coordinated head gives at most one
 * actor, but a phrase "between", or a head it modifies that names no actor, gives each party it names
 * ({@link BetweenParties}).
 */
final class ActorSlots {

  private static final Set<String> PHRASE_BOUNDARIES = Set.of(
      "ccomp", "advcl", "parataxis", "csubj", "acl", "acl:relcl", "conj", "cc", "punct", "appos", "list", "dep");

  /** Participles that say who holds a place: "British-ruled", "Serb-held", "rebel-controlled". */
  private static final Set<String> HOLDING = Set.of("RULED", "HELD", "CONTROLLED", "OCCUPIED", "ADMINISTERED",
      "GOVERNED", "DOMINATED");

  /** Nouns of direction, which name a place by another: "east of Basra". */
  private static final Set<String> BEARINGS = Set.of("NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "NORTHWEST",
      "SOUTHEAST", "SOUTHWEST");

  /** Relations of words that modify a noun without being what it is about. */
  private static final Set<String> MODIFIERS = Set.of("compound", "amod");

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

  /** Every actor the sentence names. */
  List<Mention> mentions() {
    return mentions;
  }

  /** The actors filling the arguments headed by {@code heads}, in sentence order, without repeats. */
  List<Mention> actors(List<Integer> heads) {
    return actors(heads, Set.of());
  }

  /**
   * The actors filling the arguments headed by {@code heads}, where an actor of one of the {@code own}
   * states that only modifies the phrase gives way to another actor inside it: in "the U.S. trade
   * embargo against Cuba" the embargo, eased by the U.S., is aimed at Cuba, and in "revoked the
   * Jerusalem residency rights of four Hamas lawmakers" the rights are the lawmakers'.
   */
  List<Mention> actors(List<Integer> heads, Set<String> own) {
    List<Mention> actors = new ArrayList<>();
    BetweenParties between = new BetweenParties(tree, this);
    for (int head : heads) {
      List<Mention> parties = between.parties(head, mentionOf[head] >= 0);
      if (parties.size() > 1) {
        parties.stream().filter(party -> !actors.contains(party)).forEach(actors::add);
        continue;
      }
      for (int conjunct : conjuncts(head)) {
        int holder = holderOf(conjunct, own);
        if (holder == 0) {
          continue;
        }
        // "ties between Gondor and Osgiliath": a mention found below the head brings its conjuncts
        List<Integer> found = holder == conjunct ? conjunctsInside(holder) : conjunctsOfMention(holder);
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

  /** "The International Labour Office (ILO)": a word in brackets right after its phrase names the same thing. */
  private boolean isParenthesised(int token) {
    return token > 1 && token < tree.size() && isBracket(token - 1) && isBracket(token + 1);
  }

  private boolean isBracket(int token) {
    String form = tree.word(token).form();
    return form.equals("(") || form.equals(")") || form.equals("-LRB-") || form.equals("-RRB-");
  }

  /** The mention covering {@code token}, or null. */
  Mention at(int token) {
    return mentionOf[token] < 0 ? null : mentions.get(mentionOf[token]);
  }

  /**
   * The conjuncts of every word of the mention at {@code token}: in "Salvadoran government and FMLN
   * rebel negotiators" the mention found first is "Salvadoran", but "and FMLN" hangs on "government".
   */
  private List<Integer> conjunctsOfMention(int token) {
    List<Integer> all = new ArrayList<>();
    for (int word = 1; word <= tree.size(); word++) {
      if (word == token || mentionOf[token] >= 0 && mentionOf[word] == mentionOf[token]) {
        conjuncts(word).stream().filter(c -> !all.contains(c)).forEach(all::add);
      }
    }
    return all;
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
      for (int child : tree.children(conjuncts.get(i), "appos")) {
        if (listedAsApposition(conjuncts.get(i), child) && !conjuncts.contains(child)) {
          conjuncts.add(child);
        }
      }
    }
    return conjuncts;
  }

  /**
   * Whether an apposition is really the next item of a list ("Mordor, the Shire, Arnor and Bree"
   * parsed with the Shire in apposition): its own word names an actor other than the one it
   * follows, and neither is a person. "Abbas, the Palestinian president" names the same actor and
   * "the US commander, General David Petraeus" a person: neither is a list.
   */
  private boolean listedAsApposition(int head, int apposition) {
    if (mentionOf[head] < 0 || mentionOf[apposition] < 0) {
      return false;
    }
    Mention first = mentions.get(mentionOf[head]);
    Mention second = mentions.get(mentionOf[apposition]);
    // "the US commander, General David Petraeus": a person in apposition is the phrase's own name
    return first.person() == null && second.person() == null && !first.code().equals(second.code());
  }

  /**
   * The token and, when its mention spans a phrase ("Lawmakers in Arnor" and Gondor, US and "British
   * activists"), the conjuncts of the words inside that phrase and the words they are conjuncts of.
   */
  private List<Integer> conjunctsInside(int token) {
    List<Integer> found = new ArrayList<>(List.of(token));
    for (int inside = 1; inside <= tree.size(); inside++) {
      if (inside != token && mentionOf[inside] == mentionOf[token]) {
        List<Integer> joined = new ArrayList<>(conjuncts(inside));
        if (tree.baseRelation(inside).equals("conj")) {
          joined.addAll(conjuncts(tree.head(inside)));
        }
        for (int conjunct : joined) {
          if (!found.contains(conjunct) && mentionOf[conjunct] >= 0 && mentionOf[conjunct] != mentionOf[token]) {
            found.add(conjunct);
          }
        }
      }
    }
    return found;
  }

  /** Whether the resolver found the role after a possessive pronoun ("its army"): the owner's own. */
  static boolean namedByPossessive(Mention mention) {
    return mention.rule().startsWith("possessive");
  }

  /** The token holding the mention that stands for the phrase headed by {@code head}, or 0. */
  private int holderOf(int head, Set<String> own) {
    boolean ownRole = mentionOf[head] >= 0 && namedByPossessive(mentions.get(mentionOf[head]));
    if (mentionOf[head] >= 0 && !ownRole) {
      return head;
    }
    int named = nameAfterNoun(head);
    if (named != 0) {
      return named;
    }
    int leader = leaderOf(head);
    if (leader != 0) {
      return leader;
    }
    // "its forces in Afghanistan": a role named by a possessive gives way to an actor inside its phrase
    int below = nearestBelow(head, own);
    if (below != 0 && !(ownRole && isOwner(below))) {
      return below;
    }
    if (ownRole) {
      return head;
    }
    return describedName(head, own);
  }

  /**
   * "the British-ruled Falkland Islands", "Serb-held territory": the word joined by a hyphen to a
   * participle of holding, which the parser hangs on it as a loose dependent, names who holds the place.
   */
  private boolean isHolder(int token) {
    int participle = tree.head(token);
    return tree.relation(token).equals("dep") && participle == token + 2 && tree.form(token + 1).equals("-")
        && HOLDING.contains(tree.form(participle));
  }

  /**
   * "U.S.-led air strikes on Afghanistan", "the Saudi-led coalition": the actor joined by a hyphen to
   * "led" that modifies the phrase's noun is whose act or body it is, before any actor the act is on; 0
   * when there is none.
   */
  private int leaderOf(int head) {
    for (int participle : tree.children(head, "amod")) {
      int leader = participle - 2;
      if (tree.form(participle).equalsIgnoreCase("led") && leader >= 1 && tree.form(leader + 1).equals("-")
          && tree.head(leader) == participle && mentionOf[leader] >= 0) {
        return leader;
      }
    }
    return 0;
  }

  /** "his motorcade": a possessive pronoun the resolver bound, standing for the phrase's owner. */
  private boolean isOwner(int token) {
    return mentionOf[token] >= 0 && tree.relation(token).equals("nmod:poss")
        && mentions.get(mentionOf[token]).rule().equals("pronoun");
  }

  /**
   * The nearest token below {@code head} in its phrase that holds a mention, breadth-first, one named
   * by a possessive ("its military presence in Iraq") only when there is no other, and a possessive
   * pronoun ("his motorcade") last; 0 when none.
   */
  private int nearestBelow(int head, Set<String> own) {
    int ownRole = 0;
    int owner = 0;
    int reference = 0;
    List<Integer> frontier = new ArrayList<>(List.of(head));
    for (int depth = 0; depth < tree.size() && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int token : frontier) {
        for (int child : tree.children(token)) {
          boolean boundary = PHRASE_BOUNDARIES.contains(tree.relation(child)) || PHRASE_BOUNDARIES.contains(tree.baseRelation(child));
          if (boundary && !isParenthesised(child) && !isHolder(child)) {
            continue;
          }
          boolean pronoun = isOwner(child);
          if (mentionOf[child] >= 0 && isBearingReference(token, child)) {
            // "Iranian positions east of Basra", parsed with "east" as the head: Basra only locates them
            reference = reference == 0 ? child : reference;
            continue;
          }
          if (mentionOf[child] >= 0 && !pronoun && !namedByPossessive(mentions.get(mentionOf[child])) && !ownModifier(child, own)) {
            return child;
          }
          if (pronoun && owner == 0) {
            owner = child;
          } else if (mentionOf[child] >= 0 && ownRole == 0) {
            ownRole = child;
          }
          next.add(child);
        }
      }
      frontier = next;
    }
    return ownRole != 0 ? ownRole : owner != 0 ? owner : reference;
  }

  /** Whether {@code child} is the place "of" which the bearing {@code token} is said: "east of Basra". */
  private boolean isBearingReference(int token, int child) {
    return BEARINGS.contains(tree.lemma(token)) && "OF".equals(tree.preposition(child));
  }

  /** Whether {@code token} names one of the {@code own} states and only modifies its noun ("the U.S. trade embargo"). */
  private boolean ownModifier(int token, Set<String> own) {
    return own.contains(mentions.get(mentionOf[token]).root()) && MODIFIERS.contains(tree.relation(token));
  }

  /**
   * A common noun followed at once by the name it introduces ("the pro-Iranian group Islamic Jihad",
   * "the movement Hamas"), which the parser hangs on it as an apposition or a loose dependent: the name,
   * before any actor that modifies the noun.
   */
  private int nameAfterNoun(int head) {
    String pos = tree.word(head).pos();
    if (!pos.startsWith("NN") || pos.startsWith("NNP")) {
      return 0;
    }
    for (int name : tree.children(head, "appos", "dep", "flat")) {
      int first = name;
      for (int inside : tree.subtree(name, Set.of())) {
        first = Math.min(first, inside);
      }
      if (name > head && first == head + 1 && mentionOf[name] >= 0 && tree.word(name).pos().startsWith("NNP")) {
        return name;
      }
    }
    return 0;
  }

  /**
   * A name the dictionaries lack, described in apposition by an actor they hold: "arrested Abu Faraj
   * al-Libbi, a senior al-Qaida commander" stands for al-Qaida. Only a proper name is read so: "the
   * city, a stronghold of Hamas" is still the city.
   */
  private int describedName(int head, Set<String> own) {
    if (!tree.word(head).pos().startsWith("NNP")) {
      return 0;
    }
    for (int apposition : tree.children(head, "appos")) {
      if (mentionOf[apposition] >= 0) {
        return apposition;
      }
      int inside = tree.word(apposition).pos().startsWith("NNP") ? 0 : holderOf(apposition, own);
      if (inside != 0) {
        return inside;
      }
    }
    return 0;
  }
}
