package org.dyad.nlp.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.nlp.verbs.EventCodes;
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
 * Matches a predicate against a verb dictionary: finds the verb's entry ({@link VerbLookup}: by an
 * irregular form the dictionary lists or by lemma, preferring an entry whose particles the predicate
 * has, "call off" over "call"), then tries the entry's block patterns.
 *
 * <p>A pattern matches when each element after {@code *} is found among the predicate's complement
 * tokens and each element before it among the subject side, each token used once. Top-level
 * elements may match in any order, since a dependency tree already groups the words; inside a noun
 * phrase {@code {...}} or a multi-word word the words must follow each other (a determiner or
 * adjective may sit between them); a prepositional phrase {@code (PREP ...)} needs a token with
 * that lemma introducing a phrase of the complement, and its elements inside that phrase. Words
 * match a token's form or lemma, case-insensitively; a plural pattern word matches its singular
 * lemma; an exact word ({@code WORD_}) matches the form only.
 *
 * <p>The pattern matching the most words wins, a word matching the text's own form counting a little
 * more than one matching through the lemma; a pattern of slots alone ({@code % *}) matches with no word.
 * Ties go to the pattern whose target phrase comes first, else to the first in the file, except that
 * of patterns written alike the last counts, since PETRARCH-2's reader lets a later pattern replace an
 * earlier identical one; when none matches, the verb's own code or else its block's applies. Cost:
 * O(patterns × elements × tokens) per predicate.
 */
final class PatternMatcher {

  private static final java.util.function.Predicate<String> NOMINAL = pos -> pos.startsWith("NN") || pos.startsWith("PRP");
  /** Relations of words inside a noun phrase that are not its head. */
  private static final java.util.Set<String> PHRASE_INNER = java.util.Set.of("compound", "amod", "name", "det", "flat", "nmod:poss");

  private final VerbDictionary dictionary;
  private final VerbLookup verbs;

  PatternMatcher(VerbDictionary dictionary) {
    this.dictionary = dictionary;
    this.verbs = new VerbLookup(dictionary);
  }

  /** Whether the dictionary knows this verb at all. */
  boolean knows(Dependencies tree, int verb) {
    return verbs.knows(tree, verb);
  }

  Optional<VerbMatch> match(Dependencies tree, Predicate predicate) {
    VerbLookup.Candidate chosen = verbs.find(tree, predicate);
    if (chosen == null) {
      return Optional.empty();
    }
    VerbMatch best = null;
    int bestScore = -1;
    for (VerbPattern pattern : chosen.block().patterns()) {
      Attempt attempt = new Attempt(tree, predicate);
      if (!attempt.matches(pattern)) {
        continue;
      }
      boolean tieWon = best != null && attempt.score == bestScore
          && (sameWords(best.pattern(), pattern) || nearerTarget(attempt.target, best.target()));
      if (attempt.score > bestScore || tieWon) {
        best = new VerbMatch(chosen.block(), pattern, pattern.codes(), attempt.matchedTokens(), attempt.target, attempt.source, attempt.compound);
        bestScore = attempt.score;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    EventCodes codes = chosen.entry().codes() != null ? chosen.entry().codes() : chosen.block().codes();
    return Optional.of(new VerbMatch(chosen.block(), null, codes, List.of(), 0, 0, false));
  }

  /**
   * Of two patterns that match alike, the one whose target phrase comes first: "opened fire on
   * tourists at the temple" fired on the tourists.
   */
  private static boolean nearerTarget(int target, int bestTarget) {
    return target > 0 && bestTarget > 0 && target < bestTarget;
  }

  /** Whether two patterns are written alike, so the later replaces the earlier, as in PETRARCH-2's reader. */
  private static boolean sameWords(VerbPattern earlier, VerbPattern later) {
    return earlier.before().equals(later.before()) && earlier.after().equals(later.after());
  }

  /** One attempt to match one pattern; tracks the tokens used and the slots found. */
  private final class Attempt {
    private final Dependencies tree;
    private final Predicate predicate;
    private final BitSet used = new BitSet();
    private int score;
    private int lastWord;
    private boolean beforeSide;
    private int target;
    private int source;
    private boolean compound;

    Attempt(Dependencies tree, Predicate predicate) {
      this.tree = tree;
      this.predicate = predicate;
    }

    List<Integer> matchedTokens() {
      return used.stream().boxed().toList();
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

    /** Whether a noun on either side of the verb is coordinated ("Iran and Syria", "with Gondor and Arnor"). */
    private boolean coordinated() {
      if (predicate.subjects().size() >= 2) {
        return true;
      }
      for (List<Integer> side : List.of(predicate.subjects(), predicate.complement())) {
        for (int token : side) {
          for (int conjunct : tree.children(token, "conj")) {
            if (tree.word(token).pos().startsWith("NN") && tree.word(conjunct).pos().startsWith("NN")) {
              return true;
            }
          }
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
        if (token > word && NOMINAL.test(tree.word(token).pos()) && !PHRASE_INNER.contains(tree.baseRelation(token))
            && !PHRASE_INNER.contains(tree.relation(token))) {
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
          case Word word -> {
            for (String part : word.text().split("[ _]+")) {
              if (!part.isEmpty()) {
                words.add(word.exact() ? part + "_" : part);
              }
            }
          }
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
      String[] prepWords = phrase.preposition().split("[ _]+");
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
        Attempt trial = new Attempt(tree, predicate);
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
}
