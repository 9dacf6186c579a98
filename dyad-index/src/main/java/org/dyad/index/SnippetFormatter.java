package org.dyad.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.dyad.core.model.Span;
import org.dyad.core.search.Snippet;

/**
 * Turns the highlighter's passages into {@link Snippet}s: plain document text with the matches as
 * offsets into it, never markup (document text is hostile input; the caller decides how to render
 * it).
 *
 * <p>A passage arrives as offsets into the document, aligned to sentences or words by {@link
 * PassageBreakIterator}. Two things happen to it:
 *
 * <ol>
 *   <li>A passage longer than {@value #MAX_CHARS} characters (the break iterator keeps below that,
 *       but the highlighter extends a passage whose matches run past its end) is cut to a window
 *       of at most that size that starts {@value #LEAD_CHARS} characters before its first match,
 *       moved to the nearest word boundary.
 *   <li>Runs of whitespace and control characters become one space, and the snippet is trimmed,
 *       so line breaks of extracted PDF text do not reach the reader. Every match offset is mapped
 *       through the same collapse, so highlights stay on the matched words.
 * </ol>
 *
 * <p>{@link #format} returns a {@code List<Snippet>} in the highlighter's passage order.
 */
final class SnippetFormatter extends PassageFormatter {

  /** Longest snippet, in UTF-16 characters. */
  static final int MAX_CHARS = 250;

  /** Context kept before the first match when a long passage is cut. */
  static final int LEAD_CHARS = 60;

  @Override
  public List<Snippet> format(Passage[] passages, String content) {
    List<Snippet> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      Snippet snippet = snippet(passage, content);
      if (!snippet.text().isEmpty()) {
        snippets.add(snippet);
      }
    }
    return snippets;
  }

  private static Snippet snippet(Passage passage, String content) {
    int start = passage.getStartOffset();
    int end = Math.min(passage.getEndOffset(), content.length());
    if (end - start > MAX_CHARS) {
      boolean matched = passage.getNumMatches() > 0;
      int anchorStart = matched ? passage.getMatchStarts()[0] : start;
      int anchorEnd = matched ? passage.getMatchEnds()[0] : start;
      int windowStart = Math.max(start, anchorStart - LEAD_CHARS);
      int windowEnd = Math.min(end, windowStart + MAX_CHARS);
      windowStart = Math.max(start, windowEnd - MAX_CHARS);
      start = wordStartFrom(content, windowStart, anchorStart);
      end = wordEndUpTo(content, windowEnd, Math.max(anchorEnd, start));
    }
    return collapse(passage, content, start, end);
  }

  /** The first word start in {@code [from, limit]}, or {@code from} when the window is one word. */
  private static int wordStartFrom(String content, int from, int limit) {
    if (from == 0 || isSpace(content.charAt(from - 1))) {
      return from;
    }
    for (int i = from; i < limit; i++) {
      if (isSpace(content.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isLowSurrogate(content.charAt(from)) ? from + 1 : from;
  }

  /** The last word end in {@code [floor, to]}, or {@code to} when the window is one word. */
  private static int wordEndUpTo(String content, int to, int floor) {
    if (to == content.length() || isSpace(content.charAt(to))) {
      return to;
    }
    for (int i = to - 1; i >= floor; i--) {
      if (isSpace(content.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(content.charAt(to)) ? to - 1 : to;
  }

  /** The snippet for {@code content[start, end)} with whitespace collapsed and matches mapped. */
  private static Snippet collapse(Passage passage, String content, int start, int end) {
    StringBuilder text = new StringBuilder(end - start);
    // collapsedAt[k]: length of the snippet text before content[start + k] is appended.
    int[] collapsedAt = new int[end - start + 1];
    for (int i = start; i < end; i++) {
      collapsedAt[i - start] = text.length();
      char c = content.charAt(i);
      if (!isSpace(c)) {
        text.append(c);
      } else if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
        text.append(' ');
      }
    }
    collapsedAt[end - start] = text.length();
    if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
    List<Span> highlights = new ArrayList<>(passage.getNumMatches());
    int[] matchStarts = passage.getMatchStarts();
    int[] matchEnds = passage.getMatchEnds();
    for (int m = 0; m < passage.getNumMatches(); m++) {
      if (matchStarts[m] < start || matchEnds[m] > end) {
        continue; // cut off with the rest of a long passage
      }
      int from = collapsedAt[matchStarts[m] - start];
      int to = Math.min(collapsedAt[matchEnds[m] - start], text.length());
      if (from < to) {
        highlights.add(new Span(from, to));
      }
    }
    highlights.sort(null);
    return new Snippet(text.toString(), highlights);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }
}
