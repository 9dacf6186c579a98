package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.dyad.nlp.verbs.PatternElement;
import org.dyad.nlp.verbs.PatternElement.Compound;
import org.dyad.nlp.verbs.PatternElement.NounPhrase;
import org.dyad.nlp.verbs.PatternElement.PrepositionalPhrase;
import org.dyad.nlp.verbs.PatternElement.Skip;
import org.dyad.nlp.verbs.PatternElement.Source;
import org.dyad.nlp.verbs.PatternElement.SynsetRef;
import org.dyad.nlp.verbs.PatternElement.Target;
import org.dyad.nlp.verbs.PatternElement.Word;
import org.dyad.nlp.verbs.VerbDictionary;
import org.dyad.nlp.verbs.VerbPattern;

/**
 * One attempt to match one verb pattern against a predicate ({@link PatternMatcher} describes the
 * matching rules): tracks the tokens used, the score and the slots found.
 */
final class PatternAttempt {
  private static final java.util.function.Predicate<String> NOMINAL = pos -> pos.startsWith("NN") || pos.startsWith("PRP");

  /** Nouns and pronouns naming a part of what their "of" phrase names. */
  private static final java.util.Set<String> PARTS = java.util.Set.of("MOST", "SOME", "ALL", "PART", "MUCH", "HALF",
      "MANY", "PORTION", "BULK", "REST", "SHARE", "MAJORITY", "THIRD", "QUARTER");

  private final VerbDictionary dictionary;
  private final Dependencies tree;
  private final Predicate predicate;
  private final BitSet used = new BitSet();
  private int score;
  private int lastWord;
  private boolean beforeSide;
  private int target;
  private int source;
  private boolean compound;
  /** Whether the compound actor a {@code %} asked for is the subject ("Iran and Syria signed"). */
  private boolean jointSubject;

  PatternAttempt(VerbDictionary dictionary, Dependencies tree, Predicate predicate) {
    this.dictionary = dictionary;
    this.tree = tree;
    this.predicate = predicate;
  }

  int target() {
    return target;
  }

  int source() {
    return source;
  }

  boolean compound() {
    return compound;
  }

  boolean jointSubject() {
    return jointSubject;
  }

  List<Integer> matchedTokens() {
    return used.stream().boxed().toList();
  }

  /** The words matched: a word counts 10 in the score, and its form written as the text has it 1 more. */
  int words() {
    return score / 10;
  }

  /**
   * The pattern's elements matched: its words, and a compound subject when it asked for a compound
   * actor ({@code %}); nouns coordinated after the verb ("a refinery and a cement factory") are too
   * common to make a pattern more specific.
   */
  int elements() {
    return words() + (jointSubject ? 1 : 0);
  }

  int exactForms() {
    return score % 10;
  }

  /** Whether every word the match used comes after the verb. */
  boolean afterVerb() {
    return used.nextSetBit(0) > predicate.verb();
  }

  /** The last phrase the match used, by the position of its head, or 0 when it used none. */
  int lastToken() {
    int last = 0;
    for (int token = used.nextSetBit(0); token >= 0; token = used.nextSetBit(token + 1)) {
      last = Math.max(last, phraseHead(token));
    }
    return last;
  }

  /** A word inside a noun phrase ("peacekeeping mission") lies where the phrase's head lies. */
  private int phraseHead(int token) {
    int at = token;
    while (at != predicate.verb() && at != 0 && (PatternMatcher.PHRASE_INNER.contains(tree.relation(at)) || PatternMatcher.PHRASE_INNER.contains(tree.baseRelation(at)))) {
      at = tree.head(at);
    }
    return at;
  }

  /**
   * How far from the verb the match reaches: the most dependency steps from a phrase it used up to
   * the verb. A step up to a part ("froze most of its aid") is no step: the aid is what was frozen.
   */
  int depth() {
    int farthest = 0;
    for (int token = used.nextSetBit(0); token >= 0; token = used.nextSetBit(token + 1)) {
      int steps = 0;
      int at = phraseHead(token);
      for (int hops = 0; at != predicate.verb() && at != 0 && hops <= tree.size(); hops++) {
        boolean ofPart = "OF".equals(tree.preposition(at)) && PARTS.contains(tree.lemma(tree.head(at)));
        at = tree.head(at);
        steps += ofPart ? 0 : 1;
      }
      farthest = Math.max(farthest, at == predicate.verb() ? steps : tree.size() + 1);
    }
    return farthest;
  }

  boolean matches(VerbPattern pattern) {
    if (!all(pattern.after(), predicate.complement())) {
      return false;
    }
    lastWord = 0;
    beforeSide = true;
    return all(pattern.before(), predicate.subjectSide());
  }

  private boolean all(List<PatternElement> elements, List<Integer> tokens) {
    for (PatternElement element : elements) {
      if (!one(element, tokens)) {
        return false;
      }
    }
    return true;
  }

  private boolean one(PatternElement element, List<Integer> tokens) {
    return switch (element) {
      case Word word -> sequence(List.of(word), tokens);
      case SynsetRef synset -> synset(synset, tokens, 0);
      case NounPhrase phrase -> sequence(phrase.elements(), tokens);
      case PrepositionalPhrase phrase -> preposition(phrase, tokens);
      case Target ignored -> {
        // "* THEIR ^ ABOUT +": the phrase right after the last word matched is the target;
        // "+ * MONEY $": the subject is the target ("received money from Osgiliath": Osgiliath gave)
        if (target == 0) {
          target = marked(tokens);
        }
        yield true;
      }
      case Source ignored -> {
        if (source == 0) {
          source = marked(tokens);
        }
        yield true;
      }
      case Compound ignored -> {
        // "%" asks for a compound actor: "Iran and Syria signed"
        compound = true;
        yield coordinated();
      }
      case Skip ignored -> true;
    };
  }

  /**
   * Whether a noun on either side of the verb is coordinated ("Iran and Syria", "with Gondor and
   * Arnor"); after the verb only names are ("expand joint exercises and training with Indonesia" is
   * no compound actor).
   */
  private boolean coordinated() {
    jointSubject = predicate.subjects().size() >= 2 || coordinatedIn(predicate.subjects(), "NN");
    return jointSubject || coordinatedIn(predicate.complement(), "NNP");
  }

  private boolean coordinatedIn(List<Integer> side, String nounTag) {
    for (int token : side) {
      if (coordinatedAt(token, nounTag)) {
        return true;
      }
      // "Hungarian and Romanian officials": the adjectives naming the actors are coordinated
      for (int modifier : tree.children(token, "amod")) {
        if (tree.word(token).pos().startsWith("NN") && coordinatedAt(modifier, "JJ")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code token} and a conjunct of it both have tags starting with {@code tag}. */
  private boolean coordinatedAt(int token, String tag) {
    for (int conjunct : tree.children(token, "conj")) {
      if (tree.word(token).pos().startsWith(tag) && tree.word(conjunct).pos().startsWith(tag)) {
        return true;
      }
    }
    return false;
  }

  /** The phrase a slot mark names: the subject before the verb, else the phrase after the last word matched. */
  private int marked(List<Integer> tokens) {
    if (beforeSide) {
      return predicate.subjects().isEmpty() ? 0 : predicate.subjects().getFirst();
    }
    return lastWord > 0 ? nominalAfter(lastWord, tokens) : 0;
  }

  /** The head of the first noun phrase after {@code word}: the noun a preposition introduces, else the next head noun. */
  private int nominalAfter(int word, List<Integer> tokens) {
    int head = tree.head(word);
    if (head > word && NOMINAL.test(tree.word(head).pos())
        && (tree.baseRelation(word).equals("case") || tree.baseRelation(word).equals("mark"))) {
      return head;
    }
    for (int token : tokens) {
      if (token > word && NOMINAL.test(tree.word(token).pos()) && !PatternMatcher.PHRASE_INNER.contains(tree.baseRelation(token))
          && !PatternMatcher.PHRASE_INNER.contains(tree.relation(token))) {
        return token;
      }
    }
    return 0;
  }

  private boolean synset(SynsetRef synset, List<Integer> tokens, int depth) {
    if (depth > 4) {
      return false;
    }
    for (List<PatternElement> member : dictionary.synset(synset.name())) {
      if (sequence(member, tokens)) {
        return true;
      }
    }
    return false;
  }

  /** Matches the elements as consecutive words (up to two tokens between them) somewhere in {@code tokens}. */
  private boolean sequence(List<PatternElement> elements, List<Integer> tokens) {
    List<String> words = new ArrayList<>();
    for (PatternElement element : elements) {
      switch (element) {
        case Word word -> words.addAll(PatternWords.of(word));
        case SynsetRef synset -> {
          if (!words.isEmpty() || elements.size() > 1) {
            // a synset inside a phrase: match it on its own, then the rest
            if (!synset(synset, tokens, 1)) {
              return false;
            }
          } else {
            return synset(synset, tokens, 1);
          }
        }
        case PrepositionalPhrase phrase -> {
          if (!preposition(phrase, tokens)) {
            return false;
          }
        }
        case Target ignored -> { }
        case Source ignored -> { }
        case Compound ignored -> compound = true;
        case Skip ignored -> { }
        case NounPhrase phrase -> {
          if (!sequence(phrase.elements(), tokens)) {
            return false;
          }
        }
      }
    }
    if (words.isEmpty()) {
      return true;
    }
    for (int start = 0; start < tokens.size(); start++) {
      List<Integer> found = consecutive(words, tokens, start);
      if (found != null) {
        found.forEach(used::set);
        lastWord = found.getLast();
        score += 10 * found.size();
        for (int i = 0; i < found.size(); i++) {
          // a word written as the text has it outranks one matched through the lemma ("SANCTIONS" over "SANCTION")
          score += words.get(i).equals(tree.form(found.get(i))) ? 1 : 0;
        }
        return true;
      }
    }
    return false;
  }

  private List<Integer> consecutive(List<String> words, List<Integer> tokens, int start) {
    List<Integer> found = new ArrayList<>();
    int position = start;
    for (String word : words) {
      int limit = found.isEmpty() ? start : Math.min(tokens.size() - 1, position + 2);
      int hit = -1;
      for (int i = position; i <= limit && i < tokens.size(); i++) {
        int token = tokens.get(i);
        if (!used.get(token) && wordMatches(word, token) && (found.isEmpty() || token - found.getLast() <= 3)
            && !gerundPreposition(token)) {
          hit = i;
          break;
        }
      }
      if (hit < 0) {
        return null;
      }
      found.add(tokens.get(hit));
      position = hit + 1;
    }
    return found;
  }

  private boolean preposition(PrepositionalPhrase phrase, List<Integer> tokens) {
    String[] prepWords = PatternWords.split(phrase.preposition());
    for (int token : tokens) {
      if (used.get(token) || !wordMatches(prepWords[0], token)) {
        continue;
      }
      int head = tree.head(token);
      // "stands ready to give aid": the "to" of an infinitive introduces no actor ("stood up to
      // Iran"), though a pattern may name the verb after it ("opened the border to aid convoys")
      boolean infinitive = tree.baseRelation(token).equals("mark") && tree.isVerb(head);
      if (head == 0 || !tokens.contains(head) || infinitive && slotsOnly(phrase)) {
        continue;
      }
      List<Integer> inside = tree.subtree(head, PredicateFinder.CLAUSE_BOUNDARIES).stream().filter(t -> t > token).toList();
      PatternAttempt trial = new PatternAttempt(dictionary, tree, predicate);
      trial.used.or(used);
      trial.used.set(token);
      if (trial.all(phrase.object(), inside)) {
        used.or(trial.used);
        score += 10 + trial.score;
        compound |= trial.compound;
        if (phrase.object().stream().anyMatch(e -> e instanceof Target) || phrase.object().isEmpty() && target == 0) {
          target = head;
        }
        if (phrase.object().stream().anyMatch(e -> e instanceof Source)) {
          source = head;
        }
        // "* IFTAR (IN ^) +": a mark after the phrase names what follows the phrase
        lastWord = Math.max(lastWord, head);
        return true;
      }
    }
    return false;
  }

  private static boolean slotsOnly(PrepositionalPhrase phrase) {
    return phrase.object().stream().allMatch(e -> e instanceof Target || e instanceof Source || e instanceof Skip);
  }

  /** "according to", "following", "including": a participle used as a preposition is not its verb or noun (ACCORD). */
  private boolean gerundPreposition(int token) {
    String relation = tree.baseRelation(token);
    return (relation.equals("case") || relation.equals("fixed") || relation.equals("mark")) && tree.word(token).pos().startsWith("VB");
  }

  private boolean wordMatches(String word, int token) {
    if (word.endsWith("_")) {
      return tree.form(token).equals(word.substring(0, word.length() - 1));
    }
    String form = tree.form(token);
    String lemma = tree.lemma(token);
    if (word.equals(form) || word.equals(lemma)) {
      return true;
    }
    String upper = word.toUpperCase(Locale.ROOT);
    // a plural the lemmatiser keeps as it is ("troops" stays "troops") still matches its singular
    boolean plural = tree.word(token).pos().equals("NNS") && lemma.equals(form)
        && (form.equals(upper + "S") || form.equals(upper + "ES"));
    return plural || upper.endsWith("S") && (upper.substring(0, upper.length() - 1).equals(lemma)
        || upper.endsWith("ES") && upper.substring(0, upper.length() - 2).equals(lemma));
  }
}
