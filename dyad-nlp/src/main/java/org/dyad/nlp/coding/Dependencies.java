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

  private final ParsedSentence parsed;
  private final String[] relations;
  private final int[] heads;
  private final int[][] children;
  // Upper-case lemmas and forms, made on first use: the pattern matcher asks for them many times per token.
  private final String[] upperLemmas;
  private final String[] upperForms;

  Dependencies(ParsedSentence parsed) {
    this.parsed = parsed;
    int size = parsed.words().size();
    upperLemmas = new String[size + 1];
    upperForms = new String[size + 1];
    relations = new String[size + 1];
    heads = new int[size + 1];
    for (Word word : parsed.words()) {
      relations[word.index()] = normalise(word);
      heads[word.index()] = word.head();
    }
    new ParseRepairs(parsed, relations, heads).apply();
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
    String upper = upperLemmas[index];
    if (upper == null) {
      upper = word(index).lemma().toUpperCase(Locale.ROOT);
      upperLemmas[index] = upper;
    }
    return upper;
  }

  String form(int index) {
    String upper = upperForms[index];
    if (upper == null) {
      upper = word(index).form().toUpperCase(Locale.ROOT);
      upperForms[index] = upper;
    }
    return upper;
  }

  boolean isVerb(int index) {
    return word(index).pos().startsWith("VB") || word(index).pos().equals("VERB");
  }

  boolean isNegation(int index) {
    String relation = relation(index);
    return relation.equals("neg")
        || (relation.equals("advmod") || relation.equals("det")) && NEGATIONS.contains(word(index).lemma().toLowerCase(Locale.ROOT));
  }

  /** The doers a verb names with "by" ({@code obl} introduced by "by", or {@code obl:agent}): "fired by Hamas". */
  List<Integer> agents(int verb) {
    List<Integer> agents = new ArrayList<>();
    for (int child : children(verb, "obl", "obl:agent")) {
      if ("BY".equals(preposition(child)) || relation(child).equals("obl:agent")) {
        agents.add(child);
      }
    }
    return agents;
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

  /** How many arcs lie between the word and the root: 0 for the root's own word. */
  int depth(int index) {
    int steps = 0;
    for (int i = head(index); i != 0 && steps <= size(); i = head(i)) {
      steps++;
    }
    return steps;
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
