package org.dyad.nlp.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agents dictionary ({@code Phoenix.agents.txt}).
 *
 * <p>Line forms accepted (blank lines, comments and the file's encoding are handled as for
 * {@link PetrarchActorReader}):
 *
 * <ul>
 *   <li>{@code PHRASE [~CODE]} or {@code PHRASE [CODE~]}: the agent and its code fragment,
 *       blanks inside the brackets allowed ({@code [ ~COP]}); no blank needed before {@code [};
 *   <li>{@code PHRASE {PLURAL} [~CODE]}: an irregular plural; {@code {}} means no plural
 *       ("police");
 *   <li>{@code !NAME! = A, B, C}: defines a substitution set, which later phrases use as
 *       {@code CONGRESS!PERSON!} or {@code !MINIST!_OF_DEFENCE}; each member gives one entry,
 *       with no plural formed (the set lists the forms). A set must be defined before use.
 * </ul>
 *
 * <p>Without braces the reader forms the regular English plural of the last word: consonant +
 * Y becomes IES, S/X/Z/CH/SH take ES, anything else takes S. PETRARCH's own rule differs
 * slightly (it writes ATTORNIES for ATTORNEY and ignores CH/SH). A phrase ending in {@code _}
 * ("stopped": match this form only, in the files' own words) gets no automatic plural, as in
 * PETRARCH's synonym sets.
 *
 * <p>Warnings, one per line, the line skipped: no {@code [code]}, an unclosed bracket or brace,
 * a code fragment other than {@code ~CODE}/{@code CODE~} (e.g. {@code [~ENV}}), text after the
 * code, an empty phrase, an undefined substitution set, more than one set in a phrase (the
 * Phoenix file has six "AD!MINIST!RATION" lines left by a search-and-replace), and a malformed
 * set definition.
 */
public final class PetrarchAgentReader {

  private static final Pattern DEFINITION = Pattern.compile("!([^!\\s]+)!\\s*=\\s*(.*)");
  private static final Pattern MARKER = Pattern.compile("!([^!\\s]*)!");
  private static final Pattern FRAGMENT = Pattern.compile("~[A-Z0-9]+|[A-Z0-9]+~");

  /** Reads {@code file} as UTF-8, or ISO-8859-1 with a warning if it is not valid UTF-8. */
  public ReadResult<AgentDictionary> read(Path file) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<DictionaryLine> lines = DictionaryLines.read(file, warnings);
    return parse(lines, file.getFileName().toString(), warnings);
  }

  /** Reads the characters of {@code reader}; {@code sourceName} names them in the results. */
  public ReadResult<AgentDictionary> read(Reader reader, String sourceName) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<DictionaryLine> lines = DictionaryLines.read(reader, sourceName, warnings);
    return parse(lines, sourceName, warnings);
  }

  private static ReadResult<AgentDictionary> parse(
      List<DictionaryLine> lines, String source, List<DictionaryWarning> warnings) {
    Map<String, List<String>> sets = new HashMap<>();
    List<AgentEntry> entries = new ArrayList<>();
    for (DictionaryLine line : lines) {
      try {
        if (line.content().startsWith("!") && line.content().contains("=")) {
          define(line.content(), sets);
        } else {
          entries.addAll(agents(line, source, sets));
        }
      } catch (MalformedLineException e) {
        warnings.add(new DictionaryWarning(source, line.number(), e.getMessage() + "; skipped"));
      }
    }
    warnings.sort(Comparator.comparingInt(DictionaryWarning::lineNumber));
    return new ReadResult<>(new AgentDictionary(entries), warnings);
  }

  private static void define(String content, Map<String, List<String>> sets)
      throws MalformedLineException {
    Matcher matcher = DEFINITION.matcher(content);
    if (!matcher.matches()) {
      throw new MalformedLineException("a substitution set reads '!NAME! = A, B'");
    }
    List<String> members = new ArrayList<>();
    for (String member : matcher.group(2).split(",")) {
      if (!member.isBlank()) {
        members.add(member.strip());
      }
    }
    if (members.isEmpty()) {
      throw new MalformedLineException("substitution set !" + matcher.group(1) + "! is empty");
    }
    sets.put(matcher.group(1), List.copyOf(members));
  }

  private static List<AgentEntry> agents(
      DictionaryLine line, String source, Map<String, List<String>> sets)
      throws MalformedLineException {
    String content = line.content();
    int open = content.indexOf('[');
    if (open < 0) {
      throw new MalformedLineException("agent without a [code]");
    }
    int close = content.indexOf(']', open);
    if (close < 0) {
      throw new MalformedLineException("'[' is not closed by ']'");
    }
    if (!content.substring(close + 1).isBlank()) {
      throw new MalformedLineException(
          "unexpected text '" + content.substring(close + 1).strip() + "' after the code");
    }
    String fragment = content.substring(open + 1, close).strip().toUpperCase(Locale.ROOT);
    if (!FRAGMENT.matcher(fragment).matches()) {
      throw new MalformedLineException("agent code '" + fragment + "' is not ~CODE or CODE~");
    }
    String head = content.substring(0, open);
    String phrase = head;
    String plural = null;
    int brace = head.indexOf('{');
    if (brace >= 0) {
      int braceClose = head.indexOf('}', brace);
      if (braceClose < 0) {
        throw new MalformedLineException("'{' is not closed by '}'");
      }
      if (!head.substring(braceClose + 1).isBlank()) {
        throw new MalformedLineException("unexpected text between '}' and the code");
      }
      phrase = head.substring(0, brace);
      plural = head.substring(brace + 1, braceClose);
    }
    if (Phrases.normalise(phrase.replace("!", "")).isEmpty()) {
      throw new MalformedLineException("agent without a phrase");
    }
    List<AgentEntry> entries = new ArrayList<>();
    for (Variant variant : expand(phrase, plural, sets)) {
      List<String> plurals = pluralsOf(variant.phrase(), variant.plural());
      entries.add(
          new AgentEntry(
              Phrases.normalise(variant.phrase()),
              plurals,
              fragment,
              line.comment(),
              source,
              line.number()));
    }
    return entries;
  }

  /**
   * The (phrase, plural) pairs a line stands for: itself, or one pair per member of its
   * substitution set. A null plural asks for the regular plural; a set member never gets one.
   */
  private static List<Variant> expand(
      String phrase, String plural, Map<String, List<String>> sets)
      throws MalformedLineException {
    Matcher marker = MARKER.matcher(phrase);
    if (!marker.find()) {
      if (phrase.contains("!")) {
        throw new MalformedLineException("unpaired '!' in '" + phrase.strip() + "'");
      }
      return List.of(new Variant(phrase, plural));
    }
    String name = marker.group(1);
    String before = phrase.substring(0, marker.start());
    String after = phrase.substring(marker.end());
    if (after.contains("!")) {
      throw new MalformedLineException(
          "more than one substitution marker in '" + phrase.strip() + "'");
    }
    List<String> members = sets.get(name);
    if (members == null) {
      throw new MalformedLineException("substitution set !" + name + "! is not defined above");
    }
    List<Variant> variants = new ArrayList<>();
    for (String member : members) {
      String memberPlural = plural == null ? "" : plural.replace("!" + name + "!", member);
      variants.add(new Variant(before + member + after, memberPlural));
    }
    return variants;
  }

  /** One phrase a line stands for, as written; a null plural asks for the regular one. */
  private record Variant(String phrase, String plural) {}

  private static List<String> pluralsOf(String phrase, String plural) {
    if (plural != null) {
      String written = Phrases.normalise(plural);
      return written.isEmpty() ? List.of() : List.of(written);
    }
    if (phrase.strip().endsWith("_")) {
      return List.of();
    }
    return List.of(regularPlural(Phrases.normalise(phrase)));
  }

  /** The regular plural of the last word of a normalised phrase. */
  static String regularPlural(String phrase) {
    int last = phrase.length() - 1;
    char end = phrase.charAt(last);
    if (end == 'y' && last > 0 && "aeiou".indexOf(phrase.charAt(last - 1)) < 0) {
      return phrase.substring(0, last) + "ies";
    }
    if (end == 's' || end == 'x' || end == 'z' || phrase.endsWith("ch") || phrase.endsWith("sh")) {
      return phrase + "es";
    }
    return phrase + "s";
  }
}
