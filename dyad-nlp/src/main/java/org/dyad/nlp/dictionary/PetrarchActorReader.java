package org.dyad.nlp.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a PETRARCH / TABARI actor dictionary ({@code Phoenix.Countries.actors.txt} and kin).
 *
 * <p>A file is a sequence of blocks. Line kinds, told apart by their first non-blank character
 * (indentation carries no meaning, as in PETRARCH):
 *
 * <ul>
 *   <li>primary phrase, starting a block: {@code MAHMOUD_AHMADINEJAD_}, optionally with code
 *       blocks on the same line, one or several: {@code HEZBOLLAH_ [LBNREB]}, {@code
 *       ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]};
 *   <li>{@code +} synonym of the current block: {@code +AL_QAEDA};
 *   <li>{@code [} code line, usually indented, with one or more code blocks: {@code [IRNGOV
 *       20050803-20130803]}.
 * </ul>
 *
 * <p>A code block is {@code [CODE]} (every day), {@code [CODE D1-D2]} (D1 to D2, both
 * included), {@code [CODE >D]} (from D on), {@code [CODE <D]} (up to the day before D) or
 * {@code [CODE D]} (from D on; two Phoenix lines use it that way), with optional blanks around
 * {@code -}, {@code <} and {@code >}. Dates are {@code yyyymmdd} or {@code yymmdd}, where years
 * 00 to 30 are 2000 to 2030 and 31 to 99 are 1931 to 1999 (the KEDS/TABARI/PETRARCH pivot).
 * Codes are letters and digits starting with a letter ({@code NGOHINDEN211DEV}), several joined
 * by {@code /} ({@code ELR/GAL}), or {@code ---} / {@code +++}; they are upper-cased. See {@link
 * CodeSpan} for why both range ends are included.
 *
 * <p>Words in a phrase are joined by {@code _} or blanks ({@link Phrases}). Shared with the other
 * readers: files are UTF-8, or ISO-8859-1 with one warning if not valid UTF-8; blank lines,
 * everything from the first {@code #}, and {@code <!-- ... -->} comments (also over several
 * lines) are skipped; control characters are removed with a warning. A block's comment is the
 * one on its primary line.
 *
 * <p>Warnings, each for one line, never an exception: a synonym or code line with no primary
 * phrase above it, a synonym line carrying a code, an empty phrase, an unreadable code block
 * (bad date length, impossible day, range ending before it starts; the other blocks of the line
 * are kept), stray text after the codes (the codes before it are kept), and a block the file
 * gives no code at all (reported on its primary line; the entry is kept, as PETRARCH keeps it).
 */
public final class PetrarchActorReader {

  /** Reads {@code file} as UTF-8, or ISO-8859-1 with a warning if it is not valid UTF-8. */
  public ReadResult<ActorDictionary> read(Path file) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<DictionaryLine> lines = DictionaryLines.read(file, warnings);
    return parse(lines, file.getFileName().toString(), warnings);
  }

  /** Reads the characters of {@code reader}; {@code sourceName} names them in the results. */
  public ReadResult<ActorDictionary> read(Reader reader, String sourceName) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<DictionaryLine> lines = DictionaryLines.read(reader, sourceName, warnings);
    return parse(lines, sourceName, warnings);
  }

  private static ReadResult<ActorDictionary> parse(
      List<DictionaryLine> lines, String source, List<DictionaryWarning> warnings) {
    List<ActorEntry> entries = new ArrayList<>();
    Block block = null;
    for (DictionaryLine line : lines) {
      char first = line.content().charAt(0);
      if (first == '+') {
        addSynonym(block, line, source, warnings);
      } else if (first == '[') {
        if (block == null) {
          warn(warnings, source, line, "code line with no actor phrase above it; skipped");
        } else {
          addCodes(block, line.content(), line, source, warnings);
        }
      } else {
        finish(block, entries, source, warnings);
        block = start(line, source, warnings);
      }
    }
    finish(block, entries, source, warnings);
    warnings.sort(Comparator.comparingInt(DictionaryWarning::lineNumber));
    return new ReadResult<>(new ActorDictionary(entries), warnings);
  }

  private static Block start(DictionaryLine line, String source, List<DictionaryWarning> warnings) {
    String content = line.content();
    int bracket = content.indexOf('[');
    String phrase = Phrases.normalise(bracket < 0 ? content : content.substring(0, bracket));
    if (phrase.isEmpty()) {
      // Cannot happen for a line not starting with '[' or '+', but keep the reader total.
      warn(warnings, source, line, "actor line without a phrase; skipped");
      return null;
    }
    Block block = new Block(phrase, line.comment(), line.number());
    if (bracket >= 0) {
      addCodes(block, content.substring(bracket), line, source, warnings);
    }
    return block;
  }

  private static void addSynonym(
      Block block, DictionaryLine line, String source, List<DictionaryWarning> warnings) {
    if (block == null) {
      warn(warnings, source, line, "synonym with no actor phrase above it; skipped");
      return;
    }
    if (line.content().indexOf('[') >= 0) {
      warn(warnings, source, line, "a synonym line cannot carry a code; skipped");
      return;
    }
    String synonym = Phrases.normalise(line.content().substring(1));
    if (synonym.isEmpty()) {
      warn(warnings, source, line, "'+' without a synonym; skipped");
      return;
    }
    block.synonyms.add(synonym);
  }

  private static void addCodes(
      Block block,
      String text,
      DictionaryLine line,
      String source,
      List<DictionaryWarning> warnings) {
    CodeSpanParser.BracketGroups groups = CodeSpanParser.bracketGroups(text);
    if (groups.problem() != null) {
      warn(warnings, source, line, groups.problem() + "; ignored");
      block.codeWarnings++;
    }
    for (String group : groups.insides()) {
      try {
        block.codes.add(CodeSpanParser.parse(group));
      } catch (MalformedLineException e) {
        warn(warnings, source, line, e.getMessage() + "; that code was skipped");
        block.codeWarnings++;
      }
    }
  }

  private static void finish(
      Block block, List<ActorEntry> entries, String source, List<DictionaryWarning> warnings) {
    if (block == null) {
      return;
    }
    // A block whose only codes were unreadable already has its warning.
    if (block.codes.isEmpty() && block.codeWarnings == 0) {
      warnings.add(
          new DictionaryWarning(
              source, block.lineNumber, "actor '" + block.phrase + "' has no readable code"));
    }
    entries.add(
        new ActorEntry(
            block.phrase, block.synonyms, block.codes, block.comment, source, block.lineNumber));
  }

  private static void warn(
      List<DictionaryWarning> warnings, String source, DictionaryLine line, String message) {
    warnings.add(new DictionaryWarning(source, line.number(), message));
  }

  /** The block being read: mutable until its primary phrase's successor arrives. */
  private static final class Block {
    final String phrase;
    final String comment;
    final int lineNumber;
    final List<String> synonyms = new ArrayList<>();
    final List<CodeSpan> codes = new ArrayList<>();
    int codeWarnings;

    Block(String phrase, String comment, int lineNumber) {
      this.phrase = phrase;
      this.comment = comment;
      this.lineNumber = lineNumber;
    }
  }
}
