package org.dyad.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Passage boundaries for the highlighter: whole sentences grown to at least {@value #MIN_CHARS}
 * characters, cut at a word boundary when no sentence ends before {@value #MAX_CHARS}.
 *
 * <p>A sentence starts at a non-space character that follows whitespace which in turn follows
 * {@code .}, {@code !} or {@code ?} (possibly with closing quotes or brackets), or a blank line.
 * That misses abbreviations such as {@code U.S.}, a small price for a snippet boundary.
 *
 * <p>Why not the JDK's sentence iterator wrapped in Lucene's {@code LengthGoalBreakIterator}: on
 * documents where the query term occurs in every sentence, that pair dominated search time (a
 * quarter of a second for ten 25 KB hits) because the JDK iterator re-scans from a safe point on
 * every {@link #preceding} call. This one scans the string directly, and never further than one
 * passage length from the offset it is asked about, so highlighting a document costs time linear
 * in its length.
 *
 * <p>Works as Lucene's {@code UnifiedHighlighter} uses it: {@link #preceding} for a match's start
 * opens a passage, {@link #following} closes it, measured from that start; {@link #first} and
 * {@link #next} walk passages from the start of the text. Not thread-safe.
 */
final class PassageBreakIterator extends BreakIterator {

  static final int MIN_CHARS = 150;
  static final int MAX_CHARS = 250;

  /** How far before a match a passage may start when no sentence starts closer. */
  static final int MAX_LEAD_CHARS = 100;

  private String text = "";
  private int current;

  /** Start of the passage being built: where lengths are measured from. */
  private int passageStart;

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
    passageStart = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public int first() {
    current = 0;
    passageStart = 0;
    return current;
  }

  @Override
  public int last() {
    current = text.length();
    return current;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int next() {
    if (current >= text.length()) {
      return DONE;
    }
    passageStart = current;
    current = passageEnd(current);
    return current;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    return result;
  }

  @Override
  public int previous() {
    if (current <= 0) {
      return DONE;
    }
    return preceding(current);
  }

  /** The start of a passage that contains {@code offset - 1}: a boundary before {@code offset}. */
  @Override
  public int preceding(int offset) {
    if (offset <= 0) {
      return DONE;
    }
    int floor = Math.max(0, offset - MAX_LEAD_CHARS);
    int start = -1;
    for (int i = offset - 1; i > floor && start < 0; i--) {
      if (sentenceStartsAt(i)) {
        start = i;
      }
    }
    if (start < 0) {
      start = floor == 0 ? 0 : wordStartFrom(floor, offset - 1);
    }
    passageStart = start;
    current = start;
    return current;
  }

  /** The end of the passage opened by the last {@link #preceding}: a boundary after {@code offset}. */
  @Override
  public int following(int offset) {
    if (offset >= text.length()) {
      current = text.length();
      return DONE;
    }
    current = passageEnd(offset);
    return current;
  }

  /**
   * The first sentence start after {@code offset} at least {@link #MIN_CHARS} from the passage
   * start; failing that within {@link #MAX_CHARS}, the last word end before that cap.
   */
  private int passageEnd(int offset) {
    int length = text.length();
    int goal = passageStart + MIN_CHARS;
    int cap = Math.min(length, Math.max(passageStart + MAX_CHARS, offset + 1));
    for (int i = offset + 1; i <= cap; i++) {
      if (i == length || (i >= goal && sentenceStartsAt(i))) {
        return i;
      }
    }
    for (int i = cap; i > offset + 1; i--) {
      if (isSpace(text.charAt(i)) && !isSpace(text.charAt(i - 1))) {
        return i;
      }
    }
    return cap;
  }

  /** The first word start in {@code [from, limit]}, or {@code limit} when there is none. */
  private int wordStartFrom(int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (isSpace(text.charAt(i - 1)) && !isSpace(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  private boolean sentenceStartsAt(int i) {
    if (i <= 0 || isSpace(text.charAt(i)) || !isSpace(text.charAt(i - 1))) {
      return false;
    }
    int j = i - 1;
    int newlines = 0;
    while (j >= 0 && isSpace(text.charAt(j))) {
      if (text.charAt(j) == '\n') {
        newlines++;
      }
      j--;
    }
    if (j < 0 || newlines >= 2) {
      return true;
    }
    while (j > 0 && "\"')]}»”’".indexOf(text.charAt(j)) >= 0) {
      j--;
    }
    char end = text.charAt(j);
    return end == '.' || end == '!' || end == '?';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  @Override
  public Object clone() {
    PassageBreakIterator copy = new PassageBreakIterator();
    copy.text = text;
    copy.current = current;
    copy.passageStart = passageStart;
    return copy;
  }
}
