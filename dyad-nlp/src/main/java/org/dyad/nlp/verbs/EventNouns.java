package org.dyad.nlp.verbs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.dyad.nlp.dictionary.MalformedLineException;
import org.dyad.nlp.dictionary.ReadResult;

/**
 * The nouns that name an event on their own, without a verb: "Israel's <b>invasion</b> of Lebanon",
 * "US <b>sanctions</b> against Iran", "Palestinian <b>riots</b> against Israeli policies".
 *
 * <p>File format, one noun a line ({@code #} starts a comment):
 *
 * <pre>
 * INVASION   [192]  (OF INTO)
 * </pre>
 *
 * the noun's lemma in upper case (the singular), its CAMEO code, and the prepositions that introduce
 * the event's target ("invasion <i>of</i> Kuwait"). The source is the actor that owns or describes
 * the noun ("Iraq's", "Iraqi", "US") or the object of {@code by}. A malformed line is skipped with a
 * warning naming it; a noun listed twice keeps its first line.
 */
public final class EventNouns {

  /** No event nouns: only verbs are coded, as with a PETRARCH-format dictionary. */
  public static final EventNouns NONE = new EventNouns(Map.of());

  /** The resource name, also the source name in warnings. */
  public static final String DEFAULT_FILE = "dyad.nouns.txt";

  private static final Pattern LINE = Pattern.compile("([A-Z][A-Z-]*)\\s+\\[([^\\]]*)]\\s*\\(([A-Z ]+)\\)");

  /**
   * One event noun.
   *
   * @param code the CAMEO code it names
   * @param targetPrepositions the prepositions (upper case) that introduce its target
   */
  public record Entry(String code, Set<String> targetPrepositions) {}

  private final Map<String, Entry> entries;

  private EventNouns(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The entry of a noun's lemma (upper case), if the dictionary lists it. */
  public Optional<Entry> find(String lemma) {
    return Optional.ofNullable(entries.get(lemma));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  /** Reads Dyad's default event nouns, shipped beside the verb dictionary. */
  public static ReadResult<EventNouns> defaults() throws IOException {
    InputStream stream = EventNouns.class.getResourceAsStream(DEFAULT_FILE);
    if (stream == null) {
      throw new IOException("missing event noun resource " + DEFAULT_FILE);
    }
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return read(DEFAULT_FILE, reader);
    }
  }

  /** Reads an event noun file; {@code name} names it in warnings. */
  public static ReadResult<EventNouns> read(String name, Reader reader) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (VerbLines.Line line : VerbLines.read(reader, name, warnings)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        Matcher matcher = LINE.matcher(line.content().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
          throw new MalformedLineException("an event noun line is 'NOUN [CODE] (PREPOSITION ...)', not '" + line.content() + "'");
        }
        String code = PatternParser.codes(matcher.group(2)).forward();
        if (code == null) {
          throw new MalformedLineException("event noun " + matcher.group(1) + " needs a code, not [" + matcher.group(2) + "]");
        }
        Entry entry = new Entry(code, Set.of(matcher.group(3).strip().split("\\s+")));
        if (entries.putIfAbsent(matcher.group(1), entry) != null) {
          warnings.add(new DictionaryWarning(name, line.number(), "event noun " + matcher.group(1) + " is listed twice; the first line counts"));
        }
      } catch (MalformedLineException e) {
        warnings.add(new DictionaryWarning(name, line.number(), e.getMessage() + "; skipped"));
      }
    }
    return new ReadResult<>(new EventNouns(entries), warnings);
  }
}
