package org.dyad.nlp.verbs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.nlp.dictionary.DictionaryLines;
import org.dyad.nlp.dictionary.DictionaryWarning;

/**
 * Splits a verb dictionary or a PICO ontology file into lines, with comments removed.
 *
 * <p>Bytes are decoded by {@link DictionaryLines#decode} (UTF-8, else ISO-8859-1 with one warning),
 * as for the actor dictionaries. The line syntax differs from theirs in two ways, which is why it
 * has its own splitter:
 *
 * <ul>
 *   <li>blank lines are kept, because a blank line ends a synonym set, while a line holding only a
 *       comment does not ({@code &CURRENCY} in CAMEO.2.0 has a comment line before its members);
 *   <li>a {@code #} inside {@code [...]} is part of a code, not a comment: the validation
 *       dictionaries have the test code {@code [###]}. Anywhere else {@code #} starts a comment,
 *       also straight after a word or code ({@code +SHOT_AND {} [193]# pas ...}).
 * </ul>
 *
 * <p>As for the actor dictionaries: a leading byte-order mark is dropped; lines end at LF, CRLF or
 * CR; a line whose first non-blank characters are {@code <!} starts a comment running to the first
 * {@code -->} on it or a later line (if there is none, only that line is skipped, with a warning);
 * control characters other than tab are removed with a warning.
 */
final class VerbLines {

  /**
   * A line that is blank or has content; lines holding only a comment are left out.
   *
   * @param number the 1-based line number
   * @param content the text outside comments, stripped; empty for a blank line
   * @param comment the text after the comment's {@code #}, stripped; empty if none
   */
  record Line(int number, String content, String comment) {

    Line {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(comment, "comment");
    }

    boolean isBlank() {
      return content.isEmpty();
    }
  }

  private VerbLines() {}

  static List<Line> read(Path file, List<DictionaryWarning> warnings) throws IOException {
    String name = file.getFileName().toString();
    return split(DictionaryLines.decode(Files.readAllBytes(file), name, warnings), name, warnings);
  }

  static List<Line> read(Reader reader, String name, List<DictionaryWarning> warnings)
      throws IOException {
    StringWriter text = new StringWriter();
    reader.transferTo(text);
    return split(text.toString(), name, warnings);
  }

  static List<Line> split(String text, String name, List<DictionaryWarning> warnings) {
    List<String> raw = DictionaryLines.rawLines(text);
    List<Line> lines = new ArrayList<>();
    DictionaryLines.forEachOutsideMarkupComments(raw, name, warnings, i -> {
      Line read = clean(raw.get(i), i + 1, name, warnings);
      if (read != null) {
        lines.add(read);
      }
    });
    return lines;
  }

  /** The line without its comment, or null when it holds only a comment. */
  private static Line clean(String line, int number, String name, List<DictionaryWarning> warnings) {
    int hash = commentStart(line);
    String content = hash < 0 ? line : line.substring(0, hash);
    String comment = hash < 0 ? "" : line.substring(hash + 1).strip();
    StringBuilder visible = new StringBuilder(content.length());
    char removed = 0;
    for (int k = 0; k < content.length(); k++) {
      char c = content.charAt(k);
      if (Character.isISOControl(c) && c != '\t') {
        removed = removed == 0 ? c : removed;
      } else {
        visible.append(c);
      }
    }
    if (removed != 0) {
      warnings.add(
          new DictionaryWarning(
              name, number, String.format("control character U+%04X removed", (int) removed)));
    }
    String kept = visible.toString().strip();
    if (kept.isEmpty() && hash >= 0) {
      return null;
    }
    return new Line(number, kept, comment);
  }

  /** Where the comment starts: the first {@code #} outside square brackets, or -1. */
  static int commentStart(String line) {
    boolean inCode = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '[') {
        inCode = true;
      } else if (c == ']') {
        inCode = false;
      } else if (c == '#' && !inCode) {
        return k;
      }
    }
    return -1;
  }
}
