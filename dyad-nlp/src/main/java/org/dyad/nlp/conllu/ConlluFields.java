package org.dyad.nlp.conllu;

/**
 * What {@link ConlluWriter} and {@link ConlluReader} agree on: the ten columns, the MISC
 * attributes Dyad adds, and how tabs and line breaks in FORM and LEMMA are stored. CoNLL-U allows
 * spaces in those two columns but no tab or line break, which would break the row; a row whose
 * form or lemma holds one says {@code Escaped=Yes} in MISC, and then both columns write a tab,
 * line feed, carriage return and backslash as {@code \t}, {@code \n}, {@code \r} and {@code \\}.
 * Rows without the flag are verbatim, so a backslash in an ordinary word stays a backslash.
 */
final class ConlluFields {

  static final int COLUMNS = 10;
  static final int ID = 0;
  static final int FORM = 1;
  static final int LEMMA = 2;
  static final int UPOS = 3;
  static final int XPOS = 4;
  static final int HEAD = 6;
  static final int DEPREL = 7;
  static final int MISC = 9;

  /** CoNLL-U's empty value. */
  static final String NONE = "_";
  /** MISC attribute: document offset of the word's first character. */
  static final String START = "Start";
  /** MISC attribute: document offset just past the word. */
  static final String END = "End";
  /** MISC attribute marking escaped FORM and LEMMA columns. */
  static final String ESCAPED = "Escaped";
  static final String YES = "Yes";

  private ConlluFields() {}

  /** Whether {@code value} holds a character a CoNLL-U column cannot: tab, line feed or carriage return. */
  static boolean breaksRow(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 4);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\\' -> escaped.append("\\\\");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** The inverse of {@link #escape}; null when {@code value} holds an escape {@link #escape} never writes. */
  static String unescape(String value) {
    StringBuilder plain = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\') {
        plain.append(c);
        continue;
      }
      if (++i == value.length()) {
        return null;
      }
      switch (value.charAt(i)) {
        case 't' -> plain.append('\t');
        case 'n' -> plain.append('\n');
        case 'r' -> plain.append('\r');
        case '\\' -> plain.append('\\');
        default -> {
          return null;
        }
      }
    }
    return plain.toString();
  }
}
