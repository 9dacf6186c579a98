package org.dyad.nlp.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dyad.core.nlp.Mention;
import org.dyad.nlp.verbs.EventCodes;

/**
 * CAMEO's reading of an action announced rather than done: "Finland will give Tanzania a grant" is
 * an intent to provide aid (033), "Syria is willing to withdraw its troops" an intent to
 * de-escalate (0356), "they would boycott all contact" a threat (1312). CAMEO codes such statements
 * under 03 (express intent to cooperate) when the act cooperates and under 13 (threaten) when it
 * conflicts; this class maps an act's code to its announced form, following the parallel structure
 * of the CAMEO 1.1b3 codebook (04 consult → 036, an agreement settling a dispute 057 → 037, 06x →
 * 031x, 07x → 033x, 08x → 034/035x, 16x → 131x, 134-136, 17x → 132x/137, 18-20 → 138x). Statements, appeals, intents, demands, disapproval,
 * rejections and threats (01, 02, 03, 10, 11, 12, 13) stay as they are.
 *
 * <p>A clause is announced when its verb has the auxiliary "will", "would" or "shall", or hangs
 * from "willing", "ready", "prepared", "plan", "intend", "vow", "pledge", "want", "hope", "seek",
 * "aim" or "expect" as an open complement, or from a verb that has such an auxiliary ("would not
 * hesitate to use"). An act announced on a condition the target must meet ("will withdraw its force
 * from Chad unless elections are held") is an ultimatum (139) rather than an intent to cooperate.
 */
final class IntentCodes {

  /** Auxiliaries of an act to come or that may come ("could send more troops"): not an act done. */
  private static final Set<String> FUTURE_AUXILIARIES = Set.of("WILL", "WOULD", "SHALL", "'LL", "WO", "COULD", "MAY", "MIGHT");
  private static final Set<String> INTENT_GOVERNORS = Set.of(
      "WILLING", "READY", "PREPARED", "PLAN", "INTEND", "VOW", "PLEDGE", "SWEAR", "PROMISE", "DETERMINED", "EAGER", "WANT",
      "WISH", "HOPE", "SEEK", "AIM", "EXPECT");
  private static final Set<String> AFFIRMED_BY_NEGATION = Set.of("HESITATE");
  private static final Set<String> UNCHANGED_ROOTS = Set.of("01", "02", "03", "10", "11", "12", "13");

  private static final Map<String, String> ANNOUNCED = Map.ofEntries(
      Map.entry("04", "036"),
      Map.entry("05", "032"), Map.entry("057", "037"),
      Map.entry("06", "031"), Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"),
      Map.entry("064", "0314"),
      Map.entry("07", "033"), Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"),
      Map.entry("074", "0334"), Map.entry("075", "0333"),
      Map.entry("08", "035"), Map.entry("081", "0351"), Map.entry("0811", "0351"), Map.entry("0812", "0351"),
      Map.entry("0813", "0351"), Map.entry("0814", "0351"), Map.entry("082", "0352"), Map.entry("083", "034"),
      Map.entry("0831", "0341"), Map.entry("0832", "0342"), Map.entry("0833", "0343"), Map.entry("0834", "0344"),
      Map.entry("084", "0353"), Map.entry("0841", "0353"), Map.entry("0842", "0353"), Map.entry("085", "0354"),
      Map.entry("086", "0355"), Map.entry("0861", "0355"), Map.entry("0862", "0355"), Map.entry("0863", "0355"),
      Map.entry("087", "0356"), Map.entry("0871", "0356"), Map.entry("0872", "0356"), Map.entry("0873", "0356"),
      Map.entry("0874", "0356"),
      Map.entry("14", "133"),
      Map.entry("15", "138"),
      Map.entry("16", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("1621", "1311"),
      Map.entry("1622", "1311"), Map.entry("1623", "1311"), Map.entry("163", "1312"), Map.entry("164", "134"),
      Map.entry("165", "135"), Map.entry("166", "136"), Map.entry("1661", "136"), Map.entry("1662", "136"),
      Map.entry("1663", "136"),
      Map.entry("17", "137"), Map.entry("172", "132"), Map.entry("1721", "1321"), Map.entry("1722", "1322"),
      Map.entry("1723", "1323"), Map.entry("1724", "1324"),
      Map.entry("18", "138"), Map.entry("19", "138"), Map.entry("191", "1381"), Map.entry("192", "1382"),
      Map.entry("193", "1384"), Map.entry("194", "1384"), Map.entry("195", "1384"), Map.entry("20", "1385"));

  /** Auxiliaries of what may come about, which only its actor's own word makes a threat or a promise. */
  private static final Set<String> POSSIBILITY_AUXILIARIES = Set.of("COULD", "MIGHT", "MAY");
  /** Verbs that make a possible act a warning whoever speaks: "warned that Turkey could send more troops". */
  private static final Set<String> WARNING_VERBS = Set.of("WARN", "THREATEN", "CAUTION", "VOW", "PLEDGE", "PROMISE", "SIGNAL", "HINT");
  /** Auxiliaries of will: "will not", "would not", "won't" refuse where "could not" only cannot. */
  private static final Set<String> WILL_AUXILIARIES = Set.of("WILL", "WOULD", "SHALL", "'LL", "WO");
  /** A yielding act refused: CAMEO's 12x for each 08x (an accession to reform refused is a request rejected, 123x). */
  private static final Map<String, String> REFUSED = Map.ofEntries(
      Map.entry("08", "124"), Map.entry("081", "1241"), Map.entry("082", "1242"), Map.entry("083", "123"),
      Map.entry("0831", "1231"), Map.entry("0832", "1232"), Map.entry("0833", "1233"), Map.entry("0834", "1234"),
      Map.entry("084", "1243"), Map.entry("085", "1244"), Map.entry("086", "1245"), Map.entry("087", "1246"));

  private static final String ULTIMATUM = "139";
  private static final Set<String> OBLIGATION_AUXILIARIES = Set.of("MUST", "SHOULD");

  private IntentCodes() {}

  /**
   * Whether the predicate is an obligation someone reports: a reported clause ({@code ccomp}, or an
   * {@code xcomp} with a subject of its own) whose verb has "must" or "should" ("Russia said Sudan must
   * return the helicopter"). CAMEO codes it as the reporter's demand on the clause's subject.
   */
  static boolean obliged(Dependencies tree, Predicate predicate) {
    String relation = tree.baseRelation(predicate.verb());
    // "told Argentina it must slash spending": a complement with a subject of its own, however labelled
    boolean reported = relation.equals("ccomp")
        || relation.equals("xcomp") && !tree.children(predicate.verb(), "nsubj").isEmpty();
    if (!reported) {
      return false;
    }
    for (int child : tree.children(predicate.verb(), "aux")) {
      if (OBLIGATION_AUXILIARIES.contains(tree.form(child))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who an obligation is on: the reported clause's subject, or, when that is a pronoun, whom the
   * reporting verb addresses ("the IMF told Argentina it must slash spending": Argentina).
   */
  static List<Mention> obligedParties(Dependencies tree, ActorSlots slots, Predicate predicate) {
    List<Mention> obliged = slots.actors(predicate.subjects());
    boolean pronoun = predicate.subjects().stream().anyMatch(subject -> tree.word(subject).pos().equals("PRP"));
    return obliged.isEmpty() && pronoun ? slots.actors(tree.children(tree.head(predicate.verb()), "obj", "iobj")) : obliged;
  }

  /**
   * Whether the predicate is a mandative subjunctive a statement reports: "insisted that President
   * Shevardnadze step down" asks for the act, which the base form after "that" with a singular noun
   * as its subject shows (with a plural subject or a pronoun the form is the present tense's). CAMEO
   * codes it, like an obligation, as the reporter's demand on the clause's subject; a governing verb
   * that is itself a demand or an appeal already says so.
   */
  static boolean mandative(Dependencies tree, Predicate predicate, Map<Integer, Optional<VerbMatch>> matches) {
    int verb = predicate.verb();
    if (!tree.baseRelation(verb).equals("ccomp") || !tree.word(verb).pos().equals("VB")
        || !tree.children(verb, "aux", "aux:pass").isEmpty()
        || tree.children(verb, "mark").stream().noneMatch(mark -> tree.lemma(mark).equals("THAT"))) {
      return false;
    }
    boolean singularNoun = tree.children(verb, "nsubj").stream()
        .anyMatch(subject -> Set.of("NN", "NNP").contains(tree.word(subject).pos()));
    String governing = matches.getOrDefault(tree.head(verb), Optional.empty())
        .map(match -> match.codes().forward()).orElse(null);
    return singularNoun && governing != null && governing.startsWith("01");
  }

  /**
   * The demand for an act: CAMEO 10's parallel of the act's code (material cooperation 101, aid 103,
   * reform 104, yielding 105), else 100.
   */
  static String demanded(String code) {
    if (code == null || code.length() < 2) {
      return "100";
    }
    return switch (code.substring(0, 2)) {
      case "06" -> "101";
      case "05", "04" -> "102";
      case "07" -> "103";
      case "08" -> code.startsWith("083") ? "104" : "105";
      default -> "100";
    };
  }

  /** The match with its codes announced: an intent (03) or threat (13), or on a condition an ultimatum. */
  static VerbMatch announcedForm(Dependencies tree, Predicate predicate, VerbMatch match) {
    String forward = conditioned(tree, predicate, of(match.codes().forward()));
    String reverse = match.codes().reverse() == null || forward == null ? match.codes().reverse() : null;
    return new VerbMatch(match.block(), match.pattern(), new EventCodes(forward, reverse), match.matched(),
        match.target(), match.source(), match.compound());
  }

  /** Whether the predicate announces its act rather than reporting it done. */
  static boolean announced(Dependencies tree, Predicate predicate) {
    int verb = predicate.verb();
    if (future(tree, verb)) {
      return true;
    }
    // "would lift its ban and allow oil companies to return": a verb coordinated without an
    // auxiliary or subject of its own shares its first conjunct's
    if (tree.baseRelation(verb).equals("conj") && tree.isVerb(tree.head(verb)) && tree.children(verb, "aux", "nsubj").isEmpty()
        && future(tree, tree.head(verb))) {
      return true;
    }
    // "would not hesitate to use", "will try to reach": the governor's future is the complement's
    for (int steps = 0; steps < 3 && tree.baseRelation(verb).equals("xcomp"); steps++) {
      int governor = tree.head(verb);
      if (INTENT_GOVERNORS.contains(tree.lemma(governor)) || INTENT_GOVERNORS.contains(tree.form(governor))
          || future(tree, governor)) {
        return true;
      }
      verb = governor;
    }
    return false;
  }

  private static boolean future(Dependencies tree, int verb) {
    for (int child : tree.children(verb, "aux")) {
      if (FUTURE_AUXILIARIES.contains(tree.form(child)) || FUTURE_AUXILIARIES.contains(tree.lemma(child))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The refusal a negated act of will says, when the act yields: "the United States would not ease its
   * embargo against Cuba" refuses to ease an embargo (1244), "Israel will not withdraw its troops"
   * refuses to de-escalate (1246). An act not done ("Iran did not release the sailors") and one that
   * cannot be ("could not") refuse nothing.
   */
  static Optional<String> refusal(Dependencies tree, Predicate predicate, String code) {
    if (code == null || !code.startsWith("08") || !predicate.negated()) {
      return Optional.empty();
    }
    boolean ofWill = tree.children(predicate.verb(), "aux").stream()
        .anyMatch(aux -> WILL_AUXILIARIES.contains(tree.form(aux)) || WILL_AUXILIARIES.contains(tree.lemma(aux)));
    if (!ofWill) {
      return Optional.empty();
    }
    for (int length = Math.min(code.length(), 4); length >= 2; length--) {
      String refused = REFUSED.get(code.substring(0, length));
      if (refused != null) {
        return Optional.of(refused);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a possible act is someone else's speculation: "Egypt could cut off gas supplies to Jordan"
   * said by "analysts" or "diplomats" no actor names is no threat by Egypt; "Turkey warned it could
   * send more troops", "Iran said it could close the strait", and the act stated with no reporter, are.
   *
   * @param anonymous whether a reporting verb's subject names no actor
   */
  static boolean speculation(Dependencies tree, int verb, IntPredicate anonymous) {
    boolean possible = tree.children(verb, "aux").stream()
        .anyMatch(aux -> POSSIBILITY_AUXILIARIES.contains(tree.form(aux)) || POSSIBILITY_AUXILIARIES.contains(tree.lemma(aux)));
    if (!possible) {
      return false;
    }
    int reporter = tree.head(verb);
    if (reporter == 0) {
      // the parser may hang the reporting verb below the act ("Turkey has warned it could send…" as csubj)
      reporter = tree.children(verb, "csubj", "parataxis").stream().filter(tree::isVerb).findFirst().orElse(0);
      if (reporter == 0) {
        return false;
      }
    } else if (!tree.baseRelation(verb).equals("ccomp") || !tree.isVerb(reporter)) {
      return false;
    }
    return !WARNING_VERBS.contains(tree.lemma(reporter)) && anonymous.test(reporter);
  }

  /** Whether the verb announces its open complement as an intent: "vowed", "plans", "is willing". */
  static boolean isIntentGovernor(Dependencies tree, int verb) {
    return INTENT_GOVERNORS.contains(tree.lemma(verb)) || INTENT_GOVERNORS.contains(tree.form(verb));
  }

  /** "Would not hesitate to strike": a verb whose negation affirms its complement. */
  static boolean negationAffirms(Dependencies tree, int governor) {
    return AFFIRMED_BY_NEGATION.contains(tree.lemma(governor));
  }

  /**
   * The conditions a clause sets ("will withdraw its force unless elections are held", "threatened
   * to stop the talks if the US goes ahead"): its adverbial clauses marked "if" or "unless", in its
   * own clause and in its open complements.
   */
  static List<Integer> conditions(Dependencies tree, int verb, boolean unlessOnly) {
    List<Integer> conditions = new java.util.ArrayList<>();
    List<Integer> clauses = new java.util.ArrayList<>(List.of(verb));
    for (int i = 0; i < clauses.size() && i < 6; i++) {
      int clause = clauses.get(i);
      for (int adverbial : tree.children(clause, "advcl")) {
        for (int mark : tree.children(adverbial, "mark")) {
          String word = tree.lemma(mark);
          if (word.equals("UNLESS") || !unlessOnly && word.equals("IF")) {
            conditions.add(adverbial);
          }
        }
      }
      clauses.addAll(tree.children(clause, "xcomp"));
      // "threatened to intensify protests and extend a strike unless the King restored parliament": an
      // infinitive the parser hung as an adverbial clause, and the complements coordinated with it
      for (int adverbial : tree.children(clause, "advcl")) {
        if (tree.children(adverbial, "mark").stream().anyMatch(mark -> tree.lemma(mark).equals("TO"))) {
          clauses.add(adverbial);
        }
      }
      if (i > 0) {
        tree.children(clause, "conj").stream().filter(tree::isVerb).forEach(clauses::add);
      }
    }
    return conditions;
  }

  /**
   * An act announced on a condition the target must meet ("Nigeria will withdraw its force from
   * Chad unless…") is an ultimatum (139) when its announced form would read as cooperation (03).
   */
  static String conditioned(Dependencies tree, Predicate predicate, String announced) {
    if (announced == null || !announced.startsWith("03") || conditions(tree, predicate.verb(), true).isEmpty()) {
      return announced;
    }
    return ULTIMATUM;
  }

  /** The announced form of {@code code}: the code itself for 01-03 and 10-13, else the most specific mapping. */
  static String of(String code) {
    if (code == null || code.length() < 2 || UNCHANGED_ROOTS.contains(code.substring(0, 2))) {
      return code;
    }
    for (String key : List.of(code, code.substring(0, Math.min(3, code.length())), code.substring(0, 2))) {
      String announced = ANNOUNCED.get(key);
      if (announced != null) {
        return announced;
      }
    }
    return code;
  }
}
