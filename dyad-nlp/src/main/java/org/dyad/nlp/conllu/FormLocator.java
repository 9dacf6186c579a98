package org.dyad.nlp.conllu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.nlp.Sentence;

/**
 * Places the words of a parse made by another tool in the sentence text when the parse gives no
 * offsets (CoNLL-U without Start and End, a Penn Treebank tree): each form is searched for left
 * to right from the end of the previous word. Penn Treebank escapes ({@code -LRB-}, {@code ``})
 * are searched as the characters they stand for, and a straight apostrophe also as a curly one.
 * A form that is not found gets an empty span where the search stands and does not move it, so
 * the words after it still find theirs. Linear in the sentence for words that are found.
 */
public final class FormLocator {

  /** A word's document offsets. */
  public record Span(int start, int end) {}

  private static final Map<String, List<String>> PTB_ESCAPES = Map.of(
      "-LRB-", List.of("("), "-RRB-", List.of(")"),
      "-LSB-", List.of("["), "-RSB-", List.of("]"),
      "-LCB-", List.of("{"), "-RCB-", List.of("}"),
      "``", List.of("\"", "\u201C"), "''", List.of("\"", "\u201D"),
      "`", List.of("'", "\u2018"));

  private final Sentence sentence;
  private int cursor;

  public FormLocator(Sentence sentence) {
    this.sentence = sentence;
  }

  /** Where {@code form} is, searching from the end of the previous word. */
  public Span locate(String form) {
    String text = sentence.text();
    int bestAt = -1;
    int bestLength = 0;
    for (String candidate : candidates(form)) {
      int at = text.indexOf(candidate, cursor);
      if (at >= 0 && (bestAt < 0 || at < bestAt)) {
        bestAt = at;
        bestLength = candidate.length();
      }
    }
    if (bestAt < 0) {
      return new Span(sentence.start() + cursor, sentence.start() + cursor);
    }
    cursor = bestAt + bestLength;
    return new Span(sentence.start() + bestAt, sentence.start() + cursor);
  }

  /** Continues the search after a word whose place was given, ending at document offset {@code end}. */
  void skipTo(int end) {
    cursor = Math.max(cursor, Math.min(end - sentence.start(), sentence.text().length()));
  }

  private static List<String> candidates(String form) {
    if (form.isEmpty()) {
      return List.of();
    }
    List<String> candidates = new ArrayList<>(3);
    candidates.add(form);
    candidates.addAll(PTB_ESCAPES.getOrDefault(form, List.of()));
    if (form.indexOf('\'') >= 0) {
      candidates.add(form.replace('\'', '\u2019'));
    }
    return candidates;
  }
}
