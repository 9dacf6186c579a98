package org.dyad.sanctions.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of an OFAC legacy CSV file into records: no header row, text fields in double
 * quotes (a quote inside one doubled), the null {@code -0- } unquoted, CRLF line ends, and a
 * Ctrl-Z (0x1A) byte at the end of the file that is not a record.
 *
 * <p>The files are ASCII, but older releases carried Windows-1252 letters; bytes that are not
 * valid UTF-8 are read as Windows-1252 rather than failing the import. One pass, linear in the
 * file's length.
 */
final class LegacyCsv {

  /** OFAC's null marker, written without quotes and followed by a space. */
  static final String NULL = "-0-";

  private static final char END_OF_FILE = 0x1A;

  /**
   * One record.
   *
   * @param line the 1-based line it starts on
   * @param fields its fields; null for {@code -0-}
   */
  record Row(long line, List<String> fields) {}

  /**
   * The result of splitting a file.
   *
   * @param rows well-formed records
   * @param malformed line numbers and what was wrong, for records left out
   */
  record Rows(List<Row> rows, List<String> malformed) {}

  private LegacyCsv() {}

  /** The file's bytes as text: UTF-8 when they are valid UTF-8, else Windows-1252. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Splits {@code text} into records; a record with a broken quote is reported, not returned. */
  static Rows split(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    int position = 0;
    long line = 1;
    while (position < text.length()) {
      Scan scan = new Scan(text, position);
      long startLine = line;
      scan.record();
      line += scan.newlines;
      position = scan.position;
      if (scan.error != null) {
        malformed.add(startLine + "\t" + scan.error);
      } else if (!scan.blank()) {
        rows.add(new Row(startLine, scan.fields));
      }
    }
    return new Rows(rows, malformed);
  }

  /** The reading of one record, from {@code position} to just past its line end. */
  private static final class Scan {
    private final String text;
    private int position;
    private int newlines;
    private String error;
    private final List<String> fields = new ArrayList<>();

    Scan(String text, int position) {
      this.text = text;
      this.position = position;
    }

    boolean blank() {
      return fields.size() == 1 && (fields.get(0) == null || fields.get(0).isBlank());
    }

    void record() {
      while (true) {
        String field = field();
        fields.add(field);
        if (position >= text.length()) {
          return;
        }
        char c = text.charAt(position);
        if (c == ',') {
          position++;
          continue;
        }
        if (c == '\r' || c == '\n') {
          skipLineEnd();
          return;
        }
        error = "unexpected '" + c + "' after field " + fields.size();
        skipToLineEnd();
        return;
      }
    }

    private String field() {
      skipSpaces();
      if (position < text.length() && text.charAt(position) == '"') {
        return quoted();
      }
      int start = position;
      while (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
        position++;
      }
      String raw = text.substring(start, position).replace(String.valueOf(END_OF_FILE), "").strip();
      return raw.equals(NULL) ? null : raw;
    }

    private String quoted() {
      StringBuilder value = new StringBuilder();
      position++;
      while (position < text.length()) {
        char c = text.charAt(position++);
        if (c == '"') {
          if (position < text.length() && text.charAt(position) == '"') {
            value.append('"');
            position++;
            continue;
          }
          skipSpaces();
          return value.toString();
        }
        if (c == '\n') {
          newlines++;
        }
        value.append(c);
      }
      error = "a quoted field is never closed";
      return value.toString();
    }

    private void skipSpaces() {
      while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == END_OF_FILE)) {
        position++;
      }
    }

    private void skipLineEnd() {
      if (text.charAt(position) == '\r') {
        position++;
      }
      if (position < text.length() && text.charAt(position) == '\n') {
        position++;
      }
      newlines++;
    }

    private void skipToLineEnd() {
      while (position < text.length() && text.charAt(position) != '\n') {
        position++;
      }
      if (position < text.length()) {
        position++;
        newlines++;
      }
    }
  }
}
