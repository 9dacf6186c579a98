package org.dyad.nlp.coding;

import java.util.Locale;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Word;

/**
 * A tree being repaired: its heads and relations (indexed by token, 1-based, edited in place) and the
 * questions repairs ask of them before {@link Dependencies} indexes the tree.
 */
abstract class TreeRepair {

  protected final ParsedSentence parsed;
  protected final String[] relations;
  protected final int[] heads;

  TreeRepair(ParsedSentence parsed, String[] relations, int[] heads) {
    this.parsed = parsed;
    this.relations = relations;
    this.heads = heads;
  }

  /** Whether the heads hold a cycle, which a repair must never leave behind. */
  protected boolean hasCycle() {
    for (int token = 1; token < heads.length; token++) {
      int steps = 0;
      for (int at = token; at != 0; at = heads[at]) {
        if (++steps > heads.length) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code token} is {@code ancestor} or lies below it. */
  protected boolean dominates(int ancestor, int token) {
    for (int at = token, steps = 0; at != 0 && steps < heads.length; at = heads[at], steps++) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Whether the phrase of {@code noun} runs up to the word before {@code next}. */
  protected boolean endsJustBefore(int noun, int next) {
    for (int between = noun + 1; between < next; between++) {
      if (!dominates(noun, between)) {
        return false;
      }
    }
    return true;
  }

  /** The first child of {@code token} with {@code relation}, or 0. */
  protected int childWith(int token, String relation) {
    for (int other = 1; other < heads.length; other++) {
      if (heads[other] == token && relations[other].equals(relation)) {
        return other;
      }
    }
    return 0;
  }

  /** Whether {@code verb} has an object, read from the heads being repaired. */
  protected boolean hasObject(int verb) {
    return childWith(verb, "obj") != 0;
  }

  protected boolean hasAnyMark(int token) {
    return childWith(token, "mark") != 0;
  }

  protected boolean hasMark(int token, String form) {
    for (int other = 1; other < heads.length; other++) {
      if (heads[other] == token && relations[other].equals("mark") && form(other).equals(form)) {
        return true;
      }
    }
    return false;
  }

  protected Word word(int index) {
    return parsed.words().get(index - 1);
  }

  protected String form(int index) {
    return word(index).form().toUpperCase(Locale.ROOT);
  }

  protected boolean isVerb(int index) {
    return word(index).pos().startsWith("VB") || word(index).pos().equals("VERB");
  }

  /** The lowest token of {@code top}'s subtree. */
  protected int firstOf(int top) {
    int first = top;
    for (int other = 1; other < top; other++) {
      if (dominates(top, other)) {
        first = other;
        break;
      }
    }
    return first;
  }
}
