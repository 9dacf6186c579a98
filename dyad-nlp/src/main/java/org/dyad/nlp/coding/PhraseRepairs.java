package org.dyad.nlp.coding;

import java.util.Map;
import java.util.Set;
import org.dyad.core.nlp.ParsedSentence;

/**
 * Repairs of how the parser attaches a noun phrase that is no argument of the verb it hangs on: a
 * stretch of time read as an object, a preposition's noun read as the subject of the clause after
 * it, what a free relative names read as the object of the clause after it, the noun a relative clause
 * describes hung on that clause, and an article read as its phrase's head. Each recognises one
 * misreading by its shape and rewrites it as the parser reads the unambiguous form of the same sentence.
 */
final class PhraseRepairs extends TreeRepair {

  /** Nouns of a stretch of time: "two decades after the invasion", "a week". */
  private static final Set<String> TIME_UNITS = Set.of("MINUTE", "MINUTES", "HOUR", "HOURS", "DAY", "DAYS", "WEEK", "WEEKS",
      "MONTH", "MONTHS", "YEAR", "YEARS", "DECADE", "DECADES", "CENTURY", "CENTURIES");
  /** Prepositions that never open a clause of their own, unlike "after", "before" or "since". */
  private static final Set<String> PREPOSITIONS_ONLY = Set.of("AGAINST", "OVER", "DESPITE", "AMID", "DURING", "TOWARD",
      "TOWARDS", "REGARDING", "CONCERNING");

  /** Determiners that open a free relative: "whatever assistance it needs". */
  private static final Set<String> FREE_RELATIVES = Set.of("WHATEVER", "WHICHEVER");
  /** Relations the parser gives a free relative's clause when it reads the noun as the clause's object. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "dep");
  /** Relations of a noun phrase that is a verb's or a noun's argument. */
  private static final Set<String> ARGUMENTS = Set.of("obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod");
  /** The relation inside a noun phrase of a word before its head, by the word's tag. */
  private static final Map<String, String> PREMODIFIERS = Map.ofEntries(Map.entry("DT", "det"),
      Map.entry("PDT", "det:predet"), Map.entry("JJ", "amod"), Map.entry("JJR", "amod"), Map.entry("JJS", "amod"),
      Map.entry("VBN", "amod"), Map.entry("VBG", "amod"), Map.entry("CD", "nummod"), Map.entry("NN", "compound"),
      Map.entry("NNS", "compound"), Map.entry("NNP", "compound"), Map.entry("NNPS", "compound"), Map.entry("CC", "cc"),
      Map.entry("HYPH", "punct"));
  /** Pronouns that open a relative clause as its subject: "civilians who had sought refuge". */
  private static final Set<String> RELATIVE_SUBJECTS = Set.of("WHO", "WHICH", "THAT");

  PhraseRepairs(ParsedSentence parsed, String[] relations, int[] heads) {
    super(parsed, relations, heads);
  }

  void apply() {
    relabelStretchesOfTime();
    reattachNounsOfPrepositionsReadAsSubjects();
    reattachNounsHungOnPrepositions();
    reattachFreeRelatives();
    reattachNounsOfRelativeClauses();
    reheadPhrasesReadAsDeterminers();
  }

  /**
   * "Government negotiators and Taliban representatives sat down in Doha, nearly two decades after the
   * US-led invasion": the parser may read a counted stretch of time as the verb's object, and then
   * what it is counted from ("after the US-led invasion") as part of it. The stretch is when, not
   * whom ({@code obl:tmod}), as it is when it comes first. A stretch "of" something measures the
   * object ("launched ten days of war games") and stays.
   */
  private void relabelStretchesOfTime() {
    for (int token = 1; token < heads.length; token++) {
      if (relations[token].equals("obj") && TIME_UNITS.contains(form(token)) && counted(token) && !measures(token)) {
        relations[token] = "obl:tmod";
      }
    }
  }

  /** Whether {@code unit} has a number or an article before it ("two decades", "a week", "several years"). */
  private boolean counted(int unit) {
    for (int other = 1; other < unit; other++) {
      if (heads[other] == unit && (relations[other].equals("nummod") || relations[other].equals("det")
          || relations[other].equals("amod") && form(other).equals("SEVERAL"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code unit} has a phrase "of" something after it ("ten days of war games"). */
  private boolean measures(int unit) {
    for (int other = unit + 1; other < heads.length; other++) {
      if (heads[other] == unit && relations[other].startsWith("nmod") && childWith(other, "case") != 0
          && form(childWith(other, "case")).equals("OF")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Opposition supporters demonstrated in Nairobi against President Kibaki's decision to dissolve
   * parliament": the parser may read the preposition as the marker of the infinitive and the noun
   * after it as the infinitive's subject. A preposition that never opens a clause governs the noun,
   * which is the outer verb's phrase, and the infinitive is the noun's ("a decision to dissolve").
   */
  private void reattachNounsOfPrepositionsReadAsSubjects() {
    for (int preposition = 1; preposition < heads.length; preposition++) {
      int clause = heads[preposition];
      if (!relations[preposition].equals("mark") || !PREPOSITIONS_ONLY.contains(form(preposition)) || clause == 0
          || !isVerb(clause) || !hasMark(clause, "TO")) {
        continue;
      }
      int noun = childWith(clause, "nsubj");
      int governor = heads[clause];
      if (noun == 0 || noun < preposition || noun > clause || governor == 0 || !word(noun).pos().startsWith("NN")) {
        continue;
      }
      heads[noun] = governor;
      relations[noun] = isVerb(governor) ? "obl" : "nmod";
      heads[preposition] = noun;
      relations[preposition] = "case";
      heads[clause] = noun;
      // the governor was above the clause and the noun below it: no cycle can follow
      relations[clause] = "acl";
    }
  }

  /**
   * "Declined to withdraw its troops from positions deep inside Georgia": the parser may read the
   * preposition as an adverb of the verb and hang its noun on it as {@code dep}. The noun is the
   * verb's phrase, and the preposition its case, as in "from positions in Georgia".
   */
  private void reattachNounsHungOnPrepositions() {
    for (int noun = 2; noun < heads.length; noun++) {
      int preposition = heads[noun];
      if (!relations[noun].equals("dep") || preposition != noun - 1 || !word(noun).pos().startsWith("NN")
          || !relations[preposition].equals("advmod") || !word(preposition).pos().equals("IN") || heads[preposition] == 0
          || !isVerb(heads[preposition])) {
        continue;
      }
      heads[noun] = heads[preposition];
      relations[noun] = "obl";
      heads[preposition] = noun;
      relations[preposition] = "case";
    }
  }

  /**
   * "Saudi Arabia will give the Bosnian government whatever assistance it needs": the parser may read
   * the free relative's noun as the object of the clause after it, and that clause as the verb's
   * complement. The noun is what is given, the verb's object, and the clause describes it, as in
   * "the assistance that it needs".
   */
  private void reattachFreeRelatives() {
    for (int noun = 1; noun < heads.length; noun++) {
      int clause = heads[noun];
      if (!relations[noun].equals("obj") || clause <= noun || !CLAUSES.contains(relations[clause])
          || !FREE_RELATIVES.contains(form(firstOf(noun)))) {
        continue;
      }
      int verb = heads[clause];
      int subject = childWith(clause, "nsubj");
      if (verb == 0 || verb > noun || !isVerb(verb) || hasObject(verb) || subject < noun) {
        continue;
      }
      heads[noun] = verb;
      heads[clause] = noun;
      // the verb was above the clause and the noun below it: no cycle can follow
      relations[clause] = "acl:relcl";
    }
  }

  /**
   * "Militiamen massacred hundreds of Tutsi civilians who had sought refuge in a church": the parser
   * may read the relative clause as the verb's complement and hang the noun it describes on that
   * clause as {@code dep}. The noun is the verb's object, and the clause describes it.
   */
  private void reattachNounsOfRelativeClauses() {
    for (int noun = 2; noun < heads.length; noun++) {
      int clause = heads[noun];
      if (!relations[noun].equals("dep") || clause <= noun || !relations[clause].equals("ccomp")
          || !word(noun).pos().startsWith("NN")) {
        continue;
      }
      int pronoun = childWith(clause, "nsubj");
      int verb = heads[clause];
      if (pronoun == 0 || !RELATIVE_SUBJECTS.contains(form(pronoun)) || !word(pronoun).pos().startsWith("W")
          || !endsJustBefore(noun, pronoun) || verb == 0 || verb > noun || !isVerb(verb) || hasObject(verb)) {
        continue;
      }
      heads[noun] = verb;
      relations[noun] = "obj";
      heads[clause] = noun;
      // the verb was above the clause and the noun below it: no cycle can follow
      relations[clause] = "acl:relcl";
    }
  }

  /**
   * "Georgian forces launched a massive artillery and rocket assault on Tskhinvali": the parser may make
   * the article the verb's object and hang the rest of the phrase on it. An article heads nothing: the
   * phrase's head is its last noun before anything that is no premodifier (a preposition, a comma), and
   * the words before it are its premodifiers.
   */
  private void reheadPhrasesReadAsDeterminers() {
    for (int article = 1; article < heads.length; article++) {
      boolean headsWords = childWith(article, "amod") != 0 || childWith(article, "compound") != 0
          || childWith(article, "dep") != 0;
      if (!word(article).pos().equals("DT") || !ARGUMENTS.contains(relations[article]) || !headsWords) {
        continue;
      }
      int noun = 0;
      for (int at = article + 1; at < heads.length && PREMODIFIERS.containsKey(word(at).pos()); at++) {
        if (!dominates(article, at)) {
          break;
        }
        noun = word(at).pos().startsWith("NN") ? at : noun;
      }
      if (noun == 0) {
        continue;
      }
      heads[noun] = heads[article];
      relations[noun] = relations[article];
      for (int at = 1; at < heads.length; at++) {
        boolean premodifier = at >= article && at < noun;
        if (premodifier) {
          heads[at] = noun;
          relations[at] = PREMODIFIERS.get(word(at).pos());
        } else if (at != noun && heads[at] >= article && heads[at] < noun) {
          // what hung on the premodifiers ("on Tskhinvali", "overnight") belongs to the phrase's head
          heads[at] = noun;
        }
      }
    }
  }
}
