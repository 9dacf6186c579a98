package org.dyad.nlp.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CAMEO codes what was asked for as the request, not as an act: in "China demanded that the US
 * cancel the arms sale" and "the ILO reiterated its demand that Israel ease restrictions" the
 * cancelling and the easing have not happened, so the clause is not an event of its own. A clause
 * is demanded when it is the reported clause ({@code ccomp}) of a verb the dictionary codes as a
 * demand or appeal (10, 02), or the clause of a noun that names one ("demand", "call", "appeal").
 * Likewise the purpose of a protest ("students staged demonstrations to demand reforms") is what
 * the protest demands, coded as the protest. And what someone wants another to do ("Iran wants Syria
 * to attack Israel", "Egypt hopes Israel will withdraw") has not been done either, and what an accuser
 * blames another for ("accused Iran of plotting to assassinate the ambassador") is the charge, coded as
 * the accusation, not an act of the accuser's. Nor has a condition ("threatened to shut the strait if
 * Washington tightened sanctions") happened, and a clause of background ("after militants seized the
 * embassy") is not the sentence's news.
 */
final class DemandedActs {

  private static final Set<String> ASKING_ROOTS = Set.of("10", "02");
  private static final String ULTIMATUM = "139";
  private static final Set<String> ASKING_NOUNS = Set.of("DEMAND", "CALL", "APPEAL", "REQUEST", "PLEA", "ULTIMATUM");

  /** Verbs of wanting, expecting or obliging: what they say another will do is not yet done. */
  private static final Set<String> WISHING_VERBS = Set.of(
      "WANT", "WISH", "HOPE", "EXPECT", "PREFER", "LIKE", "NEED", "ENCOURAGE", "PRESS", "PRESSURE", "PUSH", "REQUIRE",
      "OBLIGE", "OBLIGATE");

  /** Nouns of texts and statements, whose participles say what the text does. */
  private static final Set<String> TEXTS = Set.of(
      "STATEMENT", "DECLARATION", "LETTER", "RESOLUTION", "MESSAGE", "REPORT", "COMMUNIQUE", "NOTE", "SPEECH", "BILL",
      "MOTION", "PETITION", "APPEAL", "DOCUMENT", "DECREE", "ORDER", "LAW");
  /** Nouns of what is said to have happened, and the verbs that deny it. */
  private static final Set<String> HEARSAY = Set.of("REPORT", "SUGGESTION", "CLAIM", "ALLEGATION", "RUMOUR", "RUMOR",
      "ACCUSATION", "CHARGE", "SPECULATION", "ASSERTION");
  private static final Set<String> DENIALS = Set.of("DENY", "REJECT", "DISMISS", "REFUTE", "DISPUTE");
  private static final Set<String> CONDITIONS = Set.of("IF", "UNLESS", "WHETHER", "ONCE");
  private static final Set<String> BACKGROUND = Set.of("AFTER", "SINCE", "BEFORE");

  private DemandedActs() {}

  /**
   * Whether the predicate's act has not been done, or is not the sentence's news: demanded, the
   * purpose of a protest, wished, a condition, background, the charge of an accusation, a
   * description of a noun, or what a denial rejects.
   */
  static boolean notDone(Dependencies tree, Predicate predicate, Map<Integer, Optional<VerbMatch>> matches) {
    return demanded(tree, predicate, matches) || protestPurpose(tree, predicate, matches) || wished(tree, predicate)
        || conditional(tree, predicate) || background(tree, predicate) || charged(tree, predicate, matches)
        || describing(tree, predicate) || denied(tree, predicate);
  }

  /**
   * Whether the predicate's verb heads what a denial rejects: the clause of a noun of hearsay the
   * denial takes as its object ("Iran denied reports that its troops had attacked Iraqi positions",
   * "rejected suggestions that Moscow was preparing to release the commander"), which the parser may
   * also hang on the denying verb itself.
   */
  static boolean denied(Dependencies tree, Predicate predicate) {
    int verb = predicate.verb();
    // "suggestions that Moscow was preparing to release him": the clause's open complements with it
    for (int steps = 0; tree.baseRelation(verb).equals("xcomp") && tree.head(verb) != 0 && steps < tree.size(); steps++) {
      verb = tree.head(verb);
    }
    int governor = tree.head(verb);
    if (governor == 0 || !tree.baseRelation(verb).equals("ccomp") && !tree.baseRelation(verb).equals("acl")) {
      return false;
    }
    if (HEARSAY.contains(tree.lemma(governor))) {
      int denial = tree.head(governor);
      return denial != 0 && tree.baseRelation(governor).equals("obj") && DENIALS.contains(tree.lemma(denial));
    }
    return DENIALS.contains(tree.lemma(governor))
        && tree.children(governor, "obj").stream().anyMatch(object -> HEARSAY.contains(tree.lemma(object)));
  }

  /**
   * Whether the predicate's verb is a present participle describing a noun ("protesters occupying the
   * park", "rebels holding foreign hostages"): who the noun is, not what the sentence reports. A
   * participle after a text ("issued a declaration demanding that…") says what the text does. Nor is
   * an infinitive saying what a noun intends done ("rejected a United Nations plan to settle the
   * conflict", "a bid to oust the president").
   */
  static boolean describing(Dependencies tree, Predicate predicate) {
    int verb = predicate.verb();
    if (!tree.relation(verb).equals("acl")) {
      return false;
    }
    boolean infinitive = tree.children(verb, "mark").stream().anyMatch(mark -> tree.lemma(mark).equals("TO"));
    return tree.word(verb).pos().equals("VBG") && !TEXTS.contains(tree.lemma(tree.head(verb)))
        || infinitive && tree.word(tree.head(verb)).pos().startsWith("NN");
  }

  /**
   * Whether the predicate's verb heads the charge of a verb the dictionary codes as disapproval (11):
   * a clause introduced by "of" or "for" ("accused Iran of plotting", "criticised Israel for
   * shelling"), or reported ("charged that Chinese authorities had tortured monks"), with the verbs
   * coordinated with it ("of torturing and killing").
   */
  static boolean charged(Dependencies tree, Predicate predicate, Map<Integer, Optional<VerbMatch>> matches) {
    int verb = firstConjunct(tree, predicate.verb());
    int governor = tree.head(verb);
    String relation = tree.baseRelation(verb);
    if (governor == 0 || !relation.equals("advcl") && !relation.equals("acl") && !relation.equals("xcomp")
        && !relation.equals("ccomp")) {
      return false;
    }
    boolean introduced = relation.equals("ccomp");
    for (int child : tree.children(verb, "case", "mark")) {
      introduced |= tree.lemma(child).equals("OF") || tree.lemma(child).equals("FOR");
    }
    return introduced && matches.getOrDefault(governor, Optional.empty())
        .map(match -> match.codes().forward())
        .filter(code -> code != null && code.startsWith("11"))
        .isPresent();
  }

  /**
   * Whether the predicate's verb heads what someone wants or expects another to do: the reported
   * clause of a wishing verb ("hopes that Syria will attack"), or its open complement when the verb
   * has an object, who is to act ("wants Syria to attack").
   */
  static boolean wished(Dependencies tree, Predicate predicate) {
    int verb = predicate.verb();
    int governor = tree.head(verb);
    if (governor == 0 || !tree.isVerb(governor) || !WISHING_VERBS.contains(tree.lemma(governor))) {
      return false;
    }
    String relation = tree.baseRelation(verb);
    return relation.equals("ccomp")
        || relation.equals("xcomp") && (!tree.children(governor, "obj", "dobj").isEmpty()
            || !tree.children(verb, "nsubj").isEmpty());
  }

  /**
   * Whether the predicate's verb heads a condition: an adverbial clause marked "if", "unless",
   * "whether", "once" or "as soon as", or "until" with a verb in the present, a verb coordinated
   * with one ("if Iran attacks and occupies the islands") or the open complement of one.
   */
  static boolean conditional(Dependencies tree, Predicate predicate) {
    return adverbialMarked(tree, predicate, CONDITIONS);
  }

  /**
   * Whether the predicate's verb heads the background of the sentence's news: a clause marked "after",
   * "since" or "before" ("sanctions imposed five months after militants seized the U.S. embassy").
   * What happened before was reported on its own day, and what is still to come has not happened; the
   * sentence's date is neither's.
   */
  static boolean background(Dependencies tree, Predicate predicate) {
    return adverbialMarked(tree, predicate, BACKGROUND);
  }

  /** The first of the verbs coordinated with {@code verb} ("if Iran attacks and occupies": attacks). */
  private static int firstConjunct(Dependencies tree, int verb) {
    for (int steps = 0; steps < 3 && tree.baseRelation(verb).equals("conj") && tree.head(verb) != 0; steps++) {
      verb = tree.head(verb);
    }
    return verb;
  }

  private static boolean adverbialMarked(Dependencies tree, Predicate predicate, Set<String> marks) {
    int verb = firstConjunct(tree, predicate.verb());
    // "if protesters continued to block the avenue": the complement is as conditional as its verb
    for (int steps = 0; steps < 3 && tree.baseRelation(verb).equals("xcomp") && tree.head(verb) != 0; steps++) {
      verb = firstConjunct(tree, tree.head(verb));
    }
    if (!tree.baseRelation(verb).equals("advcl")) {
      return false;
    }
    List<Integer> markers = tree.children(verb, "mark");
    // "as soon as the watchdog verified": a time still to come, as conditional as "once"
    boolean asSoonAs = marks == CONDITIONS && markers.stream().anyMatch(mark -> tree.lemma(mark).equals("AS"))
        && (tree.lemma(tree.head(verb)).equals("SOON")
            || tree.children(verb, "advmod").stream().anyMatch(adverb -> tree.lemma(adverb).equals("SOON")));
    // "refused to free the soldier until Israel releases prisoners": a time still to come, told in the present
    String tense = tree.word(verb).pos();
    boolean untilNow = marks == CONDITIONS && markers.stream().anyMatch(mark -> tree.lemma(mark).equals("UNTIL"))
        && (tense.equals("VBZ") || tense.equals("VBP"));
    return asSoonAs || untilNow || markers.stream().map(tree::lemma).anyMatch(marks::contains);
  }

  /**
   * The clauses saying what a protest demands: adverbial clauses and open complements of its verb,
   * and a participle the parser left loose ("poured into the streets, demanding his resignation").
   */
  static List<Integer> protestPurposes(Dependencies tree, int protest) {
    List<Integer> purposes = new java.util.ArrayList<>(tree.children(protest, "advcl", "xcomp"));
    for (int loose : tree.children(protest, "dep")) {
      if (tree.word(loose).pos().equals("VBG")) {
        purposes.add(loose);
      }
    }
    purposes.sort(null);
    return purposes;
  }

  /**
   * Whether the predicate's verb heads the purpose of a verb the dictionary codes as a protest (14) or
   * an ultimatum (139): "gave Iraq until January 15 to withdraw" is what the deadline demands.
   */
  static boolean protestPurpose(Dependencies tree, Predicate predicate, Map<Integer, Optional<VerbMatch>> matches) {
    int verb = predicate.verb();
    int governor = tree.head(verb);
    return governor != 0 && protestPurposes(tree, governor).contains(verb)
        && matches.getOrDefault(governor, Optional.empty())
            .map(match -> match.codes().forward())
            .filter(code -> code != null && (code.startsWith("14") || code.equals(ULTIMATUM)))
            .isPresent();
  }

  /** Whether the predicate's verb heads a clause that something demands or appeals for. */
  static boolean demanded(Dependencies tree, Predicate predicate, Map<Integer, Optional<VerbMatch>> matches) {
    // "demanded that Beijing recognise the movement and guarantee freedom of the press": both are asked for
    int verb = firstConjunct(tree, predicate.verb());
    String relation = tree.baseRelation(verb);
    int governor = tree.head(verb);
    if (governor == 0 || !relation.equals("ccomp") && !relation.equals("acl")) {
      return false;
    }
    if (!tree.isVerb(governor)) {
      return ASKING_NOUNS.contains(tree.lemma(governor));
    }
    return matches.getOrDefault(governor, Optional.empty()).filter(DemandedActs::asks).isPresent();
  }

  /** Whether the match codes a demand or an appeal (10, 02). */
  static boolean asks(VerbMatch match) {
    String code = match.codes().forward();
    return code != null && code.length() >= 2 && ASKING_ROOTS.contains(code.substring(0, 2));
  }
}
