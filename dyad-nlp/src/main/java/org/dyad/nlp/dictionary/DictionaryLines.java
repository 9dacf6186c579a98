package org.dyad.nlp.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a dictionary file into its meaningful lines, the part of the format all three
 * dictionaries share.
 *
 * <p>Accepts UTF-8 and, when the bytes are not valid UTF-8, falls back to ISO-8859-1 (which
 * decodes any byte) with one warning naming the first bad line: older TABARI-era dictionaries
 * were Latin-1. A leading byte-order mark is dropped. Lines end at LF, CRLF or CR. Dropped
 * without warning: blank lines, {@code #} comments (everything from the first {@code #}, as
 * PETRARCH does), and XML-style comments that start a line with {@code <!} and run to the first
 * {@code -->}, on the same line or a later one. Warned about: a {@code <!} never closed (only
 * that line is skipped, so one typo cannot swallow the rest of the file) and control characters
 * inside a line (removed; the Phoenix country file has two U+001A where an accented letter
 * was).
 *
 * <p>{@link #decode} is public so that readers of other formats (the verb dictionary) decode their
 * bytes the same way; their line syntax is their own.
 */
public final class DictionaryLines {

  private DictionaryLines() {}

  /** Reads and splits {@code file}, adding decoding and comment warnings to {@code warnings}. */
  static List<DictionaryLine> read(Path file, List<DictionaryWarning> warnings)
      throws IOException {
    String name = file.getFileName().toString();
    return split(decode(Files.readAllBytes(file), name, warnings), name, warnings);
  }

  /** Reads and splits the characters of {@code reader}; no decoding is involved. */
  static List<DictionaryLine> read(Reader reader, String name, List<DictionaryWarning> warnings)
      throws IOException {
    StringWriter text = new StringWriter();
    reader.transferTo(text);
    return split(text.toString(), name, warnings);
  }

  /**
   * The text of a dictionary file's bytes: UTF-8, or ISO-8859-1 with one warning (added to {@code
   * warnings}, naming {@code name} and the line of the first bad byte) when they are not valid
   * UTF-8. Never throws on content.
   */
  public static String decode(byte[] bytes, String name, List<DictionaryWarning> warnings) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never yields more UTF-16 units than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      warnings.add(
          new DictionaryWarning(
              name,
              line,
              "not valid UTF-8 (first bad byte here); the file was read as ISO-8859-1"));
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return out.flip().toString();
  }

  static List<DictionaryLine> split(String text, String name, List<DictionaryWarning> warnings) {
    List<String> raw = rawLines(text);
    List<DictionaryLine> lines = new ArrayList<>();
    forEachOutsideMarkupComments(raw, name, warnings, i -> {
      DictionaryLine read = clean(raw.get(i), i + 1, name, warnings);
      if (read != null) {
        lines.add(read);
      }
    });
    return lines;
  }

  /** The lines of {@code text}, without a leading byte-order mark. */
  public static List<String> rawLines(String text) {
    return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
  }

  /**
   * Calls {@code content} with the 0-based index of every line of {@code raw} outside the
   * {@code <!-- ... -->} blocks some dictionary files carry as headers; a block never closed skips
   * only its first line, with a warning.
   */
  public static void forEachOutsideMarkupComments(
      List<String> raw, String name, List<DictionaryWarning> warnings, java.util.function.IntConsumer content) {
    int i = 0;
    while (i < raw.size()) {
      if (raw.get(i).strip().startsWith("<!")) {
        int close = closingLine(raw, i);
        if (close < 0) {
          warnings.add(new DictionaryWarning(name, i + 1, "'<!' comment is never closed by '-->'; only this line was skipped"));
          close = i;
        }
        i = close + 1;
        continue;
      }
      content.accept(i);
      i++;
    }
  }

  private static int closingLine(List<String> raw, int open) {
    for (int j = open; j < raw.size(); j++) {
      String line = raw.get(j);
      int from = j == open ? line.indexOf("<!") + 2 : 0;
      if (line.indexOf("-->", from) >= 0) {
        return j;
      }
    }
    return -1;
  }

  private static DictionaryLine clean(
      String line, int number, String name, List<DictionaryWarning> warnings) {
    int hash = line.indexOf('#');
    String content = hash < 0 ? line : line.substring(0, hash);
    String comment = hash < 0 ? "" : line.substring(hash + 1).strip();
    String visible = withoutControlCharacters(content);
    if (!visible.equals(content)) {
      int bad = firstControlCharacter(content);
      warnings.add(
          new DictionaryWarning(
              name,
              number,
              String.format("control character U+%04X removed", (int) content.charAt(bad))));
    }
    visible = visible.strip();
    return visible.isEmpty() ? null : new DictionaryLine(number, visible, comment);
  }

  private static boolean isControl(char c) {
    return Character.isISOControl(c) && c != '\t';
  }

  private static String withoutControlCharacters(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!isControl(text.charAt(i))) {
        kept.append(text.charAt(i));
      }
    }
    return kept.toString();
  }

  private static int firstControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
