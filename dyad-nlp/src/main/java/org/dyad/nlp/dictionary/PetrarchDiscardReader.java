package org.dyad.nlp.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a PETRARCH discards dictionary ({@code Phoenix.discards.txt}).
 *
 * <p>Each line is one phrase, matched case-insensitively: {@code AFRICAN NATIONS CUP} discards
 * the sentence, {@code +AUSTRALIAN OPEN} (also {@code + AUSTRALIAN OPEN}) the whole story. A
 * final {@code _} ({@code GROUP A_}) asks for a match that ends at a word boundary, recorded as
 * {@link DiscardEntry#wordEnd()}. Words may be joined by blanks or {@code _}; a phrase may be a
 * bare year ({@code 1914}). Blank lines, comments and the file's encoding are handled as for
 * {@link PetrarchActorReader}.
 *
 * <p>Warnings, one per line, the line skipped: a {@code +} with no phrase after it.
 */
public final class PetrarchDiscardReader {

  /** Reads {@code file} as UTF-8, or ISO-8859-1 with a warning if it is not valid UTF-8. */
  public ReadResult<DiscardDictionary> read(Path file) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<DictionaryLine> lines = DictionaryLines.read(file, warnings);
    return parse(lines, file.getFileName().toString(), warnings);
  }

  /** Reads the characters of {@code reader}; {@code sourceName} names them in the results. */
  public ReadResult<DiscardDictionary> read(Reader reader, String sourceName) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<DictionaryLine> lines = DictionaryLines.read(reader, sourceName, warnings);
    return parse(lines, sourceName, warnings);
  }

  private static ReadResult<DiscardDictionary> parse(
      List<DictionaryLine> lines, String source, List<DictionaryWarning> warnings) {
    List<DiscardEntry> entries = new ArrayList<>();
    for (DictionaryLine line : lines) {
      String content = line.content();
      boolean story = content.startsWith("+");
      String text = story ? content.substring(1).strip() : content;
      String phrase = Phrases.normalise(text);
      if (phrase.isEmpty()) {
        warnings.add(
            new DictionaryWarning(source, line.number(), "discard without a phrase; skipped"));
        continue;
      }
      entries.add(
          new DiscardEntry(
              phrase,
              story ? DiscardEntry.Scope.STORY : DiscardEntry.Scope.SENTENCE,
              text.endsWith("_"),
              line.comment(),
              source,
              line.number()));
    }
    warnings.sort(Comparator.comparingInt(DictionaryWarning::lineNumber));
    return new ReadResult<>(new DiscardDictionary(entries), warnings);
  }
}
