package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Word;

/**
 * A dependency tree with its relations in Universal Dependencies v2 terms, whichever version the
 * parse used: the validation suites' parses are mostly UD v1 ({@code dobj}, {@code nsubjpass},
 * {@code nmod} on verbs, {@code neg}), CoreNLP 4.5.10 emits v2 ({@code obj}, {@code nsubj:pass},
 * {@code obl}). Token indices are 1-based as in CoNLL-U; 0 is the root.
 */
final class Dependencies {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  /** Verbs whose object does what their bare infinitive says: "let the Red Cross visit". */
  private static final Set<String> CAUSATIVES = Set.of("LET", "MAKE");
  private static final Set<String> WEEKDAYS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  private final ParsedSentence parsed;
  private final String[] relations;
  private final int[] heads;
  private final int[][] children;

  Dependencies(ParsedSentence parsed) {
    this.parsed = parsed;
    int size = parsed.words().size();
    relations = new String[size + 1];
    heads = new int[size + 1];
    for (Word word : parsed.words()) {
      relations[word.index()] = normalise(word);
      heads[word.index()] = word.head();
    }
    reattachObjectsAfterADay();
    reattachDaysReadAsSubjects();
    reattachReducedRelatives();
    relabelLooseInfinitives();
    reattachBareInfinitives();
    rerootAfterInitialParticiples();
    List<List<Integer>> kids = new ArrayList<>(size + 1);
    for (int i = 0; i <= size; i++) {
      kids.add(new ArrayList<>());
    }
    for (int i = 1; i <= size; i++) {
      kids.get(heads[i]).add(i);
    }
    children = new int[size + 1][];
    for (int i = 0; i <= size; i++) {
      children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * Wire copy puts the day between a verb and its object ("Beirut rejected Thursday a United Nations
   * appeal"), and the parser then hangs the object on the day as {@code dep}: such a noun is the
   * verb's object when the verb has none.
   */
  private void reattachObjectsAfterADay() {
    for (int token = 1; token < heads.length; token++) {
      int day = heads[token];
      if (!relations[token].equals("dep") || day == 0 || day > token || !word(token).pos().startsWith("NN")
          || !relations[day].endsWith(":tmod")) {
        continue;
      }
      int verb = heads[day];
      if (verb != 0 && isVerb(verb) && !hasObject(verb)) {
        heads[token] = verb;
        relations[token] = "obj";
      }
    }
  }

  /**
   * "threatened on Wednesday to shut the strait": the parser may read the day as the subject of the
   * infinitive, with "on" as its marker. The day is the governing verb's time, and the infinitive
   * its open complement.
   */
  private void reattachDaysReadAsSubjects() {
    for (int day = 2; day < heads.length; day++) {
      int clause = heads[day];
      if (!relations[day].equals("nsubj") || clause == 0 || !WEEKDAYS.contains(form(day))
          || heads[day - 1] != clause || !relations[day - 1].equals("mark") || !form(day - 1).equals("ON")) {
        continue;
      }
      boolean infinitive = false;
      for (int other = day + 1; other < clause; other++) {
        infinitive |= heads[other] == clause && relations[other].equals("mark") && form(other).equals("TO");
      }
      int governor = heads[clause];
      if (!infinitive || governor == 0 || !isVerb(governor)) {
        continue;
      }
      heads[day] = governor;
      relations[day] = "obl";
      heads[day - 1] = day;
      relations[day - 1] = "case";
      relations[clause] = "xcomp";
    }
  }

  /**
   * "would free 45 Lebanese detainees held without trial": the parser may read the participle as an
   * open complement whose subject is the noun before it. The noun is the governing verb's object when
   * that verb has none, and the participle describes the noun.
   */
  private void reattachReducedRelatives() {
    for (int participle = 2; participle < heads.length; participle++) {
      int verb = heads[participle];
      if (!relations[participle].equals("xcomp") || !word(participle).pos().equals("VBN") || verb == 0 || !isVerb(verb)
          || verb > participle) {
        continue;
      }
      int noun = participle - 1;
      boolean subjectBefore = heads[noun] == participle && relations[noun].startsWith("nsubj") && word(noun).pos().startsWith("NN");
      if (subjectBefore && !hasObject(verb)) {
        heads[noun] = verb;
        relations[noun] = "obj";
        heads[participle] = noun;
        relations[participle] = "acl";
      }
    }
  }

  /** Whether {@code verb} has an object, read from the heads being repaired (before the children index exists). */
  private boolean hasObject(int verb) {
    return childWith(verb, "obj") != 0;
  }

  /**
   * "Stands ready to give aid": the parser may leave the infinitive as {@code dep} of the adjective,
   * which it completes ({@code xcomp}).
   */
  private void relabelLooseInfinitives() {
    for (int token = 2; token < heads.length; token++) {
      int head = heads[token];
      if (relations[token].equals("dep") && head != 0 && word(token).pos().equals("VB")
          && word(head).pos().startsWith("JJ") && hasMark(token, "TO")) {
        relations[token] = "xcomp";
      }
    }
  }

  /**
   * "Let the Red Cross visit the prisoners": the parser reads the bare infinitive as a reported clause
   * with its own subject. The noun is what the causative verb acts on, its object, and the infinitive
   * the verb's open complement, as "allowed the Red Cross to visit" is parsed.
   */
  private void reattachBareInfinitives() {
    for (int clause = 2; clause < heads.length; clause++) {
      int verb = heads[clause];
      if (!relations[clause].equals("ccomp") || verb == 0 || !CAUSATIVES.contains(word(verb).lemma().toUpperCase(Locale.ROOT))
          || !word(clause).pos().equals("VB") || hasAnyMark(clause) || hasObject(verb)) {
        continue;
      }
      for (int subject = 1; subject < clause; subject++) {
        if (heads[subject] == clause && relations[subject].equals("nsubj")) {
          heads[subject] = verb;
          relations[subject] = "obj";
          relations[clause] = "xcomp";
          break;
        }
      }
    }
  }

  /**
   * "Gunmen dressed in police uniforms abducted five Britons": the parser may make the participle the
   * root and hang the finite verb after it as {@code dep}. The finite verb is the clause's, with the
   * participle's subject, and the participle describes that subject.
   */
  private void rerootAfterInitialParticiples() {
    for (int participle = 2; participle < heads.length; participle++) {
      // a reduced relative: a past participle with no auxiliary and no object of its own
      if (heads[participle] != 0 || !word(participle).pos().equals("VBN") || childWith(participle, "aux") != 0
          || childWith(participle, "aux:pass") != 0 || hasObject(participle)) {
        continue;
      }
      int subject = childWith(participle, "nsubj");
      int finite = 0;
      for (int other = participle + 1; other < heads.length && finite == 0; other++) {
        String otherPos = word(other).pos();
        boolean finiteVerb = otherPos.equals("VBD") || otherPos.equals("VBZ") || otherPos.equals("VBP");
        if (heads[other] == participle && relations[other].equals("dep") && finiteVerb && childWith(other, "nsubj") == 0) {
          finite = other;
        }
      }
      if (subject == 0 || subject > participle || finite == 0) {
        continue;
      }
      heads[finite] = 0;
      relations[finite] = "root";
      heads[subject] = finite;
      heads[participle] = subject;
      relations[participle] = "acl";
      return;
    }
  }

  private int childWith(int token, String relation) {
    for (int other = 1; other < heads.length; other++) {
      if (heads[other] == token && relations[other].equals(relation)) {
        return other;
      }
    }
    return 0;
  }

  private boolean hasAnyMark(int token) {
    return childWith(token, "mark") != 0;
  }

  private boolean hasMark(int token, String form) {
    for (int other = 1; other < heads.length; other++) {
      if (heads[other] == token && relations[other].equals("mark") && form(other).equals(form)) {
        return true;
      }
    }
    return false;
  }

  ParsedSentence parsed() {
    return parsed;
  }

  int size() {
    return parsed.words().size();
  }

  Word word(int index) {
    return parsed.words().get(index - 1);
  }

  int head(int index) {
    return heads[index];
  }

  /** The UD v2 relation of token {@code index} to its head, with its subtype ({@code nsubj:pass}). */
  String relation(int index) {
    return relations[index];
  }

  /** The relation without its subtype ({@code obl} for {@code obl:tmod}). */
  String baseRelation(int index) {
    String relation = relations[index];
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  int[] children(int index) {
    return children[index];
  }

  /** The children of {@code index} whose base relation is one of {@code relations}, in sentence order. */
  List<Integer> children(int index, String... relations) {
    List<Integer> found = new ArrayList<>();
    for (int child : children[index]) {
      if (Arrays.asList(relations).contains(baseRelation(child)) || Arrays.asList(relations).contains(relation(child))) {
        found.add(child);
      }
    }
    return found;
  }

  String lemma(int index) {
    return word(index).lemma().toUpperCase(Locale.ROOT);
  }

  String form(int index) {
    return word(index).form().toUpperCase(Locale.ROOT);
  }

  boolean isVerb(int index) {
    return word(index).pos().startsWith("VB") || word(index).pos().equals("VERB");
  }

  boolean isNegation(int index) {
    String relation = relation(index);
    return relation.equals("neg")
        || (relation.equals("advmod") || relation.equals("det")) && NEGATIONS.contains(word(index).lemma().toLowerCase(Locale.ROOT));
  }

  /** The preposition ({@code case} or {@code mark} child) that introduces token {@code index}, upper case, or null. */
  String preposition(int index) {
    for (int child : children[index]) {
      String relation = baseRelation(child);
      if ((relation.equals("case") || relation.equals("mark")) && child < index) {
        StringBuilder prep = new StringBuilder(lemma(child));
        for (int fixed : children(child, "fixed", "mwe")) {
          prep.append(' ').append(lemma(fixed));
        }
        return prep.toString();
      }
    }
    return null;
  }

  /** Whether {@code ancestor} dominates {@code index} (or is it). */
  boolean dominates(int ancestor, int index) {
    for (int i = index, steps = 0; i != 0 && steps <= size(); i = head(i), steps++) {
      if (i == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tokens of the subtree under {@code top} in sentence order, not descending into children
   * whose base relation is in {@code stop}.
   */
  List<Integer> subtree(int top, Set<String> stop) {
    List<Integer> tokens = new ArrayList<>();
    collect(top, stop, tokens, 0);
    tokens.sort(null);
    return tokens;
  }

  private void collect(int token, Set<String> stop, List<Integer> into, int depth) {
    into.add(token);
    if (depth > size()) {
      return; // a cycle in a malformed parse
    }
    for (int child : children[token]) {
      if (!stop.contains(baseRelation(child)) && !stop.contains(relation(child))) {
        collect(child, stop, into, depth + 1);
      }
    }
  }

  private String normalise(Word word) {
    String relation = word.relation().toLowerCase(Locale.ROOT);
    return switch (relation) {
      case "dobj" -> "obj";
      case "nsubjpass" -> "nsubj:pass";
      case "csubjpass" -> "csubj:pass";
      case "auxpass" -> "aux:pass";
      case "mwe" -> "fixed";
      case "name" -> "flat";
      case "nmod:agent" -> "obl:agent";
      case "nmod:tmod" -> isVerbalHead(word) ? "obl:tmod" : relation;
      case "nmod:npmod" -> isVerbalHead(word) ? "obl:npmod" : relation;
      case "nmod" -> isVerbalHead(word) ? "obl" : relation;
      default -> relation;
    };
  }

  private boolean isVerbalHead(Word word) {
    if (word.head() == 0) {
      return false;
    }
    String pos = parsed.words().get(word.head() - 1).pos();
    return pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("VERB") || pos.equals("ADJ");
  }
}
