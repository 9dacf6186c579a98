package org.dyad.nlp.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into blocks of at most {@code maxChars} characters for sentence splitting, so a
 * book-length document never becomes a single CoreNLP annotation (which holds roughly 100 bytes of
 * heap per character of text). A cut goes, by preference, at a paragraph break (a blank line),
 * where the splitter ends a sentence anyway so the cut changes nothing; else after a line break;
 * else after a space; else anywhere but inside a surrogate pair. Only the second half of a block is
 * searched for a cut, so every block but the last holds at least {@code maxChars / 2} characters
 * and the scan is linear in the text.
 */
final class ParagraphBlocks {

  /** The characters {@code [start, end)} of the text. */
  record Block(int start, int end) {

    Block {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("invalid block [" + start + ", " + end + ")");
      }
    }
  }

  private ParagraphBlocks() {}

  /** Consecutive blocks covering all of {@code text}; none for the empty text. */
  static List<Block> of(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("blocks need at least 2 characters, got " + maxChars);
    }
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    while (text.length() - start > maxChars) {
      int end = cut(text, start + maxChars / 2, start + maxChars);
      blocks.add(new Block(start, end));
      start = end;
    }
    if (start < text.length()) {
      blocks.add(new Block(start, text.length()));
    }
    return blocks;
  }

  /** Where to end a block that must end in {@code (from, limit]}. */
  private static int cut(String text, int from, int limit) {
    int lastNewline = -1;
    int lastSpace = -1;
    for (int i = limit - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (endsBlankLine(text, i, from)) {
          return i + 1;
        }
        if (lastNewline < 0) {
          lastNewline = i;
        }
      } else if (lastSpace < 0 && Character.isWhitespace(c)) {
        lastSpace = i;
      }
    }
    if (lastNewline >= 0) {
      return lastNewline + 1;
    }
    if (lastSpace >= 0) {
      return lastSpace + 1;
    }
    boolean insidePair = Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit));
    return insidePair ? limit - 1 : limit;
  }

  /** Whether the newline at {@code at} closes a blank line: another newline before it with only spaces between. */
  private static boolean endsBlankLine(String text, int at, int from) {
    for (int i = at - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }
}
