package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.event.Event;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;

/**
 * Targets of a state's acts on its own people, which news names by a person, a group or a thing no
 * dictionary holds: with CAMEO's coders (and ICEWS's "Citizen (Spain)" for unnamed people), such an
 * act is on the source's own country.
 */
final class DomesticTargets {

  /** Roots of actors that are no state: organisations, militant networks, CAMEO's regions, the unknown. */
  private static final Set<String> NOT_STATES = Set.of("IGO", "NGO", "IMG", "MNC", "INT", "XXX", "UIS", "REB", "SPY",
      "OPP", "PTY", "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA",
      "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST");
  /**
   * Acts on a state's own people: restrictions, curfews, martial law and emergencies, imposed or eased;
   * and one's own forces demobilised.
   */
  private static final Set<String> DOMESTIC_CODES =
      Set.of("0811", "0813", "0814", "082", "0873", "1241", "1242", "1721", "1723", "1724");
  /**
   * Nouns for what acts without anyone acting: natural disasters, accidents, and weapons and strikes whose
   * user the phrase does not name ("a strike on an air raid shelter killed hundreds of Iraqi civilians").
   */
  private static final Set<String> NO_ONE = Set.of("EARTHQUAKE", "QUAKE", "AFTERSHOCK", "CYCLONE", "HURRICANE", "TYPHOON",
      "STORM", "TORNADO", "FLOOD", "FLOODING", "TSUNAMI", "WAVE", "LANDSLIDE", "MUDSLIDE", "AVALANCHE", "DROUGHT", "FIRE",
      "BLAZE", "WILDFIRE", "ERUPTION", "VOLCANO", "EPIDEMIC", "OUTBREAK", "DISEASE", "VIRUS", "FAMINE", "CRASH", "ACCIDENT",
      "COLLISION", "EXPLOSION", "BLAST", "STRIKE", "AIRSTRIKE", "BOMB", "BOMBING", "ATTACK", "RAID", "SHELL", "SHELLING",
      "MISSILE", "ROCKET", "MINE", "GRENADE", "GUNFIRE", "FIGHTING", "CLASH", "VIOLENCE", "RIOT", "UNREST", "WAR");
  /**
   * Roots of acts that need a partner the sentence names: a statement (01), a consultation (04), an
   * endorsement (05) of no one ("gave approval to the budget") and relations cut (16: "cancelled the
   * concert") are no act on the state.
   */
  private static final Set<String> PARTNERED = Set.of("01", "04", "05", "16");
  /** Sanctions and boycotts eased, or promised eased (085, 0354): between states ("ended its boycott of the summit"). */
  private static final Set<String> BETWEEN_STATES = Set.of("085", "0354");
  /** Leaving office and the intent to (0831, 0341): "offered to step down" hands power back to the state. */
  private static final Set<String> STEPPING_DOWN = Set.of("0831", "0341");
  /** Protests (14), and the organs of a state, which do not protest against it. */
  private static final String PROTEST = "14";
  private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI");
  /** Relations that end the words of a noun phrase naming the target. */
  private static final Set<String> PHRASE_ENDS = Set.of("acl", "acl:relcl", "appos", "punct", "conj", "cc", "nmod", "dep",
      "parataxis", "advcl", "ccomp", "xcomp");

  private final Dependencies tree;
  private final ActorSlots slots;
  private final String state;

  /**
   * @param state the one state whose actors the document names ({@link #onlyState}), null when it names
   *     none or several: then no actor is implied
   */
  DomesticTargets(Dependencies tree, ActorSlots slots, String state) {
    this.tree = tree;
    this.slots = slots;
    this.state = state;
  }

  /**
   * Whether an actor of {@code code} may act on its own state: a state (CHN, on its people) or an organ
   * or group of one (IRNGOV, ESPREB), not an organisation or a region's group.
   */
  static boolean mayActOnOwnState(String code) {
    return code.length() >= 3 && !NOT_STATES.contains(code.substring(0, 3));
  }

  /**
   * "Poland's communist authorities lifted martial law": curfews, martial law, states of emergency and
   * restrictions on political freedom, imposed, eased or kept (1721–1724, 0811–0814, 1241, 1242),
   * protests and strikes called off (082) and fighters demobilised ("UNITA rebels began demobilising their
   * fighters", 0873) act on the state's own people or government when the sentence names no one else.
   * The target is the state of each source that is one of its organs, at the words naming the source,
   * with the rule saying it is implied; none otherwise.
   */
  static List<Mention> ownCountry(List<Mention> sources, String code) {
    if (code == null || !DOMESTIC_CODES.contains(code)) {
      return List.of();
    }
    List<Mention> states = new ArrayList<>();
    for (Mention source : sources) {
      if (source.code().length() > 3 && !NOT_STATES.contains(source.root())) {
        states.add(new Mention(source.doc(), source.sentence(), source.start(), source.end(), source.text(), source.root(),
            source.actor(), null, "own country (implied)"));
      }
    }
    return states;
  }

  /**
   * "ETA kidnapped Miguel Angel Blanco, a Popular Party councillor", "Chinese authorities banned the Falun
   * Gong movement", "a Moscow court found Khodorkovsky guilty": an act whose target phrase names no actor,
   * in a document whose every actor is of the source's state, is on that state. The target is the
   * state's code (its people's, CVL, when the source is the state itself) at the target phrase's words;
   * none when the source is no state's, when the document names another (an unnamed target there is
   * likelier someone it named before), for an act needing a partner ({@link #PARTNERED}, {@link
   * #BETWEEN_STATES}), or when the act has no target phrase but is neither an organ's stepping down
   * ("Yemen's president offered to step down") nor a protest by the state's people, not its organs
   * ("miners across Britain walked out").
   */
  List<Mention> unnamed(Predicate predicate, VerbMatch match, List<Mention> sources) {
    String act = match.codes().forward();
    if (act == null || PARTNERED.contains(act.substring(0, 2)) || BETWEEN_STATES.contains(act) || sources.isEmpty()) {
      return List.of();
    }
    String root = sources.get(0).root();
    if (!root.equals(state)) {
      return List.of();
    }
    int phrase = targetPhrase(predicate, match);
    if (phrase != 0) {
      // "China banned the Falun Gong": the state itself acts on its people, ICEWS's "Citizen (China)"
      String code = sources.get(0).code().length() == 3 ? root + "CVL" : root;
      return List.of(atPhrase(phrase, code, sources.get(0), "own country (unnamed target)"));
    }
    Mention source = sources.get(0);
    boolean implied = STEPPING_DOWN.contains(act) && source.code().length() > 3
        // "miners across Britain walked out": a people's protest naming no one is against its own state
        || act.startsWith(PROTEST) && source.code().length() >= 6 && !STATE_ORGANS.contains(source.code().substring(3, 6));
    return implied
        ? List.of(new Mention(source.doc(), source.sentence(), source.start(), source.end(), source.text(), root, source.actor(),
            null, "own country (implied)"))
        : List.of();
  }

  /**
   * "Anti-apartheid groups demanded that the South African government lift the state of emergency": the
   * source of an act whose subject names no actor, in a document whose every actor is of one state, is
   * that state; none when the subject is a pronoun or a thing that acts without anyone acting ("a powerful
   * earthquake flattened dozens of villages"), or the document names no state or more than one.
   */
  List<Mention> unnamedSource(Predicate predicate) {
    for (int subject : predicate.subjects()) {
      boolean someone = tree.subtree(subject, PHRASE_ENDS).stream().noneMatch(word -> NO_ONE.contains(tree.lemma(word)));
      if (state != null && someone && tree.word(subject).pos().startsWith("NN") && slots.actors(List.of(subject)).isEmpty()
          && !slots.mentions().isEmpty()) {
        return List.of(atPhrase(subject, state, slots.mentions().get(0), "own country (unnamed source)"));
      }
    }
    return List.of();
  }

  /** The state root every one of {@code mentions} has, when there is one and it is a state's. */
  static Optional<String> onlyState(List<Mention> mentions) {
    if (mentions.isEmpty() || NOT_STATES.contains(mentions.get(0).root())) {
      return Optional.empty();
    }
    String root = mentions.get(0).root();
    return mentions.stream().allMatch(mention -> mention.root().equals(root)) ? Optional.of(root) : Optional.empty();
  }

  /** The state {@code root} standing at the words of the noun phrase headed by {@code head}. */
  private Mention atPhrase(int head, String root, Mention like, String rule) {
    List<Integer> words = tree.subtree(head, PHRASE_ENDS);
    Word first = tree.word(words.stream().min(Integer::compare).orElseThrow());
    Word last = tree.word(words.stream().max(Integer::compare).orElseThrow());
    Sentence sentence = tree.parsed().sentence();
    String text = sentence.text().substring(first.start() - sentence.start(), last.end() - sentence.start());
    return new Mention(like.doc(), like.sentence(), first.start(), last.end(), text, root, like.actor(), null, rule);
  }

  /**
   * Of the events coded with unnamed targets allowed, those of the act nearest the sentence's root, the
   * first in the sentence of those as near, statements (01) passed over: a sentence naming one state's
   * actors reports one act on the state ("banned the Falun Gong, branding it an illegal organisation" is
   * the ban).
   */
  static List<Event> mainAct(Dependencies tree, Map<Integer, List<Event>> eventsByVerb) {
    int best = 0;
    int bestDepth = Integer.MAX_VALUE;
    for (Map.Entry<Integer, List<Event>> entry : eventsByVerb.entrySet()) {
      int depth = tree.depth(entry.getKey());
      boolean acts = entry.getValue().stream().anyMatch(event -> !isStatement(event));
      if (acts && depth < bestDepth) {
        best = entry.getKey();
        bestDepth = depth;
      }
    }
    return eventsByVerb.getOrDefault(best, List.of());
  }

  /** Whether the event is a plain statement (01), which says rather than does. */
  static boolean isStatement(Event event) {
    return event.code().startsWith("01");
  }

  /**
   * The phrase a pattern marks as the target, else the first nominal object (the verb's, then its open
   * complement's) or subject of a clause it reports, when it names no actor
   * (one of the source's own code was passed over as no target); 0 when there is none.
   */
  private int targetPhrase(Predicate predicate, VerbMatch match) {
    if (match.target() != 0) {
      return slots.actors(List.of(match.target())).isEmpty() ? match.target() : 0;
    }
    List<Integer> objects = new ArrayList<>(predicate.objects());
    // "promised to restore parliament": the object of the open complement the pattern reached into
    tree.children(predicate.verb(), "xcomp").forEach(complement -> objects.addAll(tree.children(complement, "obj")));
    // "demanded that the rebels lay down their arms": who is to do what the clause says
    tree.children(predicate.verb(), "ccomp").forEach(clause -> objects.addAll(tree.children(clause, "nsubj", "nsubj:pass")));
    for (int object : objects) {
      if (tree.word(object).pos().startsWith("NN")) {
        return slots.actors(List.of(object)).isEmpty() ? object : 0;
      }
    }
    return 0;
  }
}
