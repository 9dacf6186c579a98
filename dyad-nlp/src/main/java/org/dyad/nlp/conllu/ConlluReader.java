package org.dyad.nlp.conllu;

import static org.dyad.nlp.conllu.ConlluFields.COLUMNS;
import static org.dyad.nlp.conllu.ConlluFields.DEPREL;
import static org.dyad.nlp.conllu.ConlluFields.END;
import static org.dyad.nlp.conllu.ConlluFields.ESCAPED;
import static org.dyad.nlp.conllu.ConlluFields.FORM;
import static org.dyad.nlp.conllu.ConlluFields.HEAD;
import static org.dyad.nlp.conllu.ConlluFields.ID;
import static org.dyad.nlp.conllu.ConlluFields.LEMMA;
import static org.dyad.nlp.conllu.ConlluFields.MISC;
import static org.dyad.nlp.conllu.ConlluFields.NONE;
import static org.dyad.nlp.conllu.ConlluFields.START;
import static org.dyad.nlp.conllu.ConlluFields.UPOS;
import static org.dyad.nlp.conllu.ConlluFields.XPOS;
import static org.dyad.nlp.conllu.ConlluFields.YES;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;
import org.dyad.nlp.conllu.FormLocator.Span;

/**
 * Reads one sentence of CoNLL-U, as {@link ConlluWriter} writes it or as other tools do, into a
 * {@link ParsedSentence} of the given sentence.
 *
 * <p>Comment lines, multiword-token rows ({@code 1-2}) and empty nodes ({@code 1.1}) are skipped;
 * trailing carriage returns are ignored. The part of speech is XPOS, or UPOS when XPOS is
 * {@code _}. Word offsets come from {@code Start} and {@code End} in MISC; without them, each form
 * is located in the sentence text (see {@link FormLocator}).
 *
 * <p>Anything malformed throws an {@link IllegalArgumentException} with a one-line message naming
 * the sentence and the line: a row without exactly ten tab-separated columns, an ID out of
 * sequence, a HEAD that is not a word of the sentence, offsets outside the sentence, a second
 * sentence after a blank line. No other exception escapes, whatever the text.
 */
public final class ConlluReader {

  private static final Pattern MULTIWORD_OR_EMPTY_NODE = Pattern.compile("[0-9]+[-.][0-9]+");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  /** A word row and its 1-based line number. */
  private record Row(int line, String[] fields) {}

  /** What MISC says: document offsets (or -1) and whether FORM and LEMMA are escaped. */
  private record Misc(int start, int end, boolean escaped) {}

  private ConlluReader() {}

  public static ParsedSentence read(Sentence sentence, String conllu) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(conllu, "conllu");
    List<Row> rows = rows(sentence, conllu);
    FormLocator locator = new FormLocator(sentence);
    List<Word> words = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      words.add(word(sentence, rows.get(i), i + 1, rows.size(), locator));
    }
    for (int i = 0; i < words.size(); i++) {
      if (!reachesRoot(words, i + 1)) {
        throw malformed(sentence, rows.get(i).line(), "word " + (i + 1) + "'s HEAD " + words.get(i).head()
            + " leads round a cycle, never to the root 0");
      }
    }
    return new ParsedSentence(sentence, words);
  }

  /** Whether following HEAD from {@code index} reaches the root: a parse is a tree, and the coder walks it. */
  private static boolean reachesRoot(List<Word> words, int index) {
    int at = index;
    for (int steps = 0; steps <= words.size(); steps++) {
      if (at == 0) {
        return true;
      }
      at = words.get(at - 1).head();
    }
    return false;
  }

  private static List<Row> rows(Sentence sentence, String conllu) {
    List<Row> rows = new ArrayList<>();
    String[] lines = conllu.split("\n", -1);
    int blankLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank()) {
        blankLine = rows.isEmpty() || blankLine > 0 ? blankLine : i + 1;
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      if (blankLine > 0) {
        throw malformed(sentence, i + 1, "a second sentence starts after the blank line " + blankLine
            + "; give one sentence at a time");
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != COLUMNS) {
        throw malformed(sentence, i + 1, "expected " + COLUMNS + " tab-separated columns, found " + fields.length);
      }
      if (!MULTIWORD_OR_EMPTY_NODE.matcher(fields[ID]).matches()) {
        rows.add(new Row(i + 1, fields));
      }
    }
    return rows;
  }

  private static Word word(Sentence sentence, Row row, int index, int wordCount, FormLocator locator) {
    String[] fields = row.fields();
    if (number(sentence, row, "ID", fields[ID]) != index) {
      throw malformed(sentence, row.line(), "word ID " + quote(fields[ID]) + " where " + index + " was expected");
    }
    int head = number(sentence, row, "HEAD", fields[HEAD]);
    if (head > wordCount) {
      throw malformed(sentence, row.line(), "HEAD " + head + " is past the last word, " + wordCount);
    }
    Misc misc = misc(sentence, row);
    String form = misc.escaped() ? unescape(sentence, row, fields[FORM]) : fields[FORM];
    String lemma = misc.escaped() ? unescape(sentence, row, fields[LEMMA]) : fields[LEMMA];
    String pos = fields[XPOS].equals(NONE) ? fields[UPOS] : fields[XPOS];
    Span span;
    if (misc.start() >= 0) {
      span = new Span(misc.start(), misc.end());
      locator.skipTo(misc.end());
    } else {
      span = locator.locate(form);
    }
    return new Word(index, form, lemma, pos, head, fields[DEPREL], span.start(), span.end());
  }

  private static Misc misc(Sentence sentence, Row row) {
    String misc = row.fields()[MISC];
    int start = -1;
    int end = -1;
    boolean escaped = false;
    for (String attribute : misc.equals(NONE) ? new String[0] : misc.split("\\|")) {
      int separator = attribute.indexOf('=');
      String key = separator < 0 ? attribute : attribute.substring(0, separator);
      String value = separator < 0 ? "" : attribute.substring(separator + 1);
      switch (key) {
        case START -> start = number(sentence, row, START, value);
        case END -> end = number(sentence, row, END, value);
        case ESCAPED -> escaped = value.equals(YES);
        default -> { } // SpaceAfter=No and the like: not Dyad's
      }
    }
    if ((start < 0) != (end < 0)) {
      throw malformed(sentence, row.line(), "MISC gives only one of Start and End");
    }
    if (start >= 0 && (start < sentence.start() || end < start || end > sentence.end())) {
      throw malformed(sentence, row.line(), "Start=" + start + "|End=" + end + " is outside the sentence's ["
          + sentence.start() + ", " + sentence.end() + ")");
    }
    return new Misc(start, end, escaped);
  }

  private static int number(Sentence sentence, Row row, String what, String value) {
    if (!NUMBER.matcher(value).matches()) {
      throw malformed(sentence, row.line(), what + " " + quote(value) + " is not a number");
    }
    return Integer.parseInt(value);
  }

  private static String unescape(Sentence sentence, Row row, String value) {
    String plain = ConlluFields.unescape(value);
    if (plain == null) {
      throw malformed(sentence, row.line(), quote(value) + " has a backslash that is not \\t, \\n, \\r or \\\\");
    }
    return plain;
  }

  private static IllegalArgumentException malformed(Sentence sentence, int line, String problem) {
    return new IllegalArgumentException(
        "CoNLL-U of sentence " + sentence.index() + " of " + sentence.doc() + ", line " + line + ": " + problem);
  }

  /** {@code value} quoted for a one-line message: at most 40 characters, control characters as '?'. */
  private static String quote(String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    StringBuilder quoted = new StringBuilder("'");
    shown.chars().forEach(c -> quoted.append(Character.isISOControl(c) ? '?' : (char) c));
    return quoted.append('\'').toString();
  }
}
