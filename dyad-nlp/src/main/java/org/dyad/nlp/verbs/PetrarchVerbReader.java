package org.dyad.nlp.verbs;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.dyad.nlp.dictionary.MalformedLineException;
import org.dyad.nlp.dictionary.ReadResult;
import org.dyad.nlp.verbs.PatternElement.NounPhrase;
import org.dyad.nlp.verbs.PatternElement.PrepositionalPhrase;
import org.dyad.nlp.verbs.PatternElement.SynsetRef;

/**
 * Reads a PETRARCH-2 verb dictionary ({@code CAMEO.2.0.txt}, the validation suite's verbs file).
 *
 * <p>Line kinds, told apart by their first character (indentation carries no meaning):
 *
 * <ul>
 *   <li>{@code &NAME} starts a synonym set; its members are the {@code +MEMBER} lines that follow,
 *       up to a blank line or any other line (comment lines do not end it). Sets may stand anywhere
 *       in the file, before or after their use; one defined twice has its members merged, with a
 *       warning. A name ending in {@code _} makes its members exact. See {@link
 *       PatternParser#member} for the members' syntax.
 *   <li>{@code --- NAME [CODE] ---} starts a verb block; the code may be missing ({@code [---]}),
 *       the closing dashes may be missing or doubled ({@code [110]--- ---}). The block's verb lines
 *       ({@link VerbEntryParser}) and pattern lines follow in any order, blank lines allowed.
 *   <li>{@code - before * after [CODE]} is a pattern of the current block ({@link
 *       PatternParser#pattern}); a line starting with {@code *} is read as a pattern missing its
 *       {@code -}, with a warning.
 *   <li>{@code ~ a (b c VERB) VERB = a b CODE} is a transformation ({@link TransformationParser}).
 * </ul>
 *
 * <p>A synonym set closes the block before it: verb and pattern lines after a set and before the
 * next block header belong to no block and are skipped with a warning, rather than guessed. Lines,
 * comments and encoding are handled by {@link VerbLines}. Never throws on content: each line that
 * cannot be read as written gives one {@link DictionaryWarning}, and so do a reference to a synset
 * the file never defines (the pattern is kept; it can never match), a transformation naming a verb
 * the file does not list, a block without verbs and a set without members.
 */
public final class PetrarchVerbReader {

  private PetrarchVerbReader() {}

  /** Reads {@code file} as UTF-8, or ISO-8859-1 with a warning if it is not valid UTF-8. */
  public static ReadResult<VerbDictionary> read(Path file) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<VerbLines.Line> lines = VerbLines.read(file, warnings);
    return new Reading(file.getFileName().toString(), warnings).read(lines);
  }

  /** Reads the characters of {@code reader}; {@code sourceName} names them in the warnings. */
  public static ReadResult<VerbDictionary> read(String sourceName, Reader reader) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<VerbLines.Line> lines = VerbLines.read(reader, sourceName, warnings);
    return new Reading(sourceName, warnings).read(lines);
  }

  private enum Section { NONE, SYNSET, BLOCK }

  /** A reference to a synset, kept until the end of the file to check that the set exists. */
  private record Reference(String name, int line) {}

  /** The state of one reading: what is open and what has been read so far. */
  private static final class Reading {
    private final String source;
    private final List<DictionaryWarning> warnings;
    private final Map<String, List<List<PatternElement>>> synsets = new LinkedHashMap<>();
    private final Map<String, Integer> synsetLines = new HashMap<>();
    private final List<VerbBlock> blocks = new ArrayList<>();
    private final List<Transformation> transformations = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private Section section = Section.NONE;
    /** True while the lines of a section whose header could not be read are skipped. */
    private boolean skipping;
    private String synset;
    private int synsetLine;
    private boolean exactSynset;
    private int synsetMembers;
    private OpenBlock block;

    Reading(String source, List<DictionaryWarning> warnings) {
      this.source = source;
      this.warnings = warnings;
    }

    ReadResult<VerbDictionary> read(List<VerbLines.Line> lines) {
      for (VerbLines.Line line : lines) {
        try {
          readLine(line);
        } catch (MalformedLineException e) {
          warn(line.number(), e.getMessage() + "; skipped");
        }
      }
      closeSynset();
      closeBlock();
      checkReferences();
      warnings.sort(Comparator.comparingInt(DictionaryWarning::lineNumber));
      return new ReadResult<>(new VerbDictionary(synsets, blocks, transformations), warnings);
    }

    private void readLine(VerbLines.Line line) throws MalformedLineException {
      String content = line.content();
      if (section == Section.SYNSET && !content.startsWith("+")) {
        closeSynset();
      }
      if (line.isBlank()) {
        return;
      }
      if (content.startsWith("---")) {
        openBlock(line);
      } else if (content.startsWith("&")) {
        openSynset(line);
      } else if (content.startsWith("~")) {
        transformations.add(
            TransformationParser.transformation(content.substring(1), line.number()));
      } else if (skipping) {
        return;
      } else if (section == Section.SYNSET) {
        addMember(line);
      } else if (section == Section.NONE) {
        throw new MalformedLineException(
            "line '" + abbreviate(content) + "' is outside any verb block");
      } else if (content.startsWith("-")) {
        addPattern(line, content.substring(1));
      } else if (content.startsWith("*")) {
        warn(line.number(), "pattern line without its leading '-'; read as a pattern");
        addPattern(line, content);
      } else {
        List<String> notes = new ArrayList<>();
        block.verbs.add(VerbEntryParser.entry(content, line.number(), notes));
        notes.forEach(note -> warn(line.number(), note));
      }
    }

    private void openBlock(VerbLines.Line line) throws MalformedLineException {
      closeBlock();
      section = Section.BLOCK;
      skipping = true;
      String header = line.content().replaceFirst("^-+", "");
      int open = header.indexOf('[');
      int close = open < 0 ? -1 : header.indexOf(']', open);
      String beforeCode = open < 0 ? header : header.substring(0, open);
      String name = PatternParser.normalise(beforeCode.replaceFirst("-+\\s*$", ""));
      if (name.isEmpty() || name.startsWith("-")) {
        throw new MalformedLineException(
            "block header without a name; the block's lines are skipped too");
      }
      EventCodes codes = EventCodes.NONE;
      String rest = "";
      if (open >= 0 && close < 0) {
        warn(line.number(), "'[' of the block's code is not closed by ']'; read as [---]");
      } else if (open >= 0) {
        try {
          codes = PatternParser.codes(header.substring(open + 1, close));
        } catch (MalformedLineException e) {
          warn(line.number(), e.getMessage() + "; the block's code was read as [---]");
        }
        rest = header.substring(close + 1).replace("-", "").strip();
      }
      if (!rest.isEmpty()) {
        warn(line.number(), "text '" + rest + "' in the block header was ignored");
      }
      skipping = false;
      block = new OpenBlock(name, codes, line.number());
    }

    private void closeBlock() {
      if (block == null) {
        return;
      }
      if (block.verbs.isEmpty()) {
        warn(block.line, "block " + block.name + " has no verbs, so its patterns can never apply");
      }
      blocks.add(new VerbBlock(block.name, block.codes, block.verbs, block.patterns, block.line));
      block = null;
    }

    private void addPattern(VerbLines.Line line, String body) throws MalformedLineException {
      List<String> notes = new ArrayList<>();
      VerbPattern pattern = PatternParser.pattern(body, line.number(), notes);
      notes.forEach(note -> warn(line.number(), note));
      collectReferences(pattern.before(), line.number());
      collectReferences(pattern.after(), line.number());
      block.patterns.add(pattern);
    }

    private void openSynset(VerbLines.Line line) throws MalformedLineException {
      closeBlock();
      section = Section.SYNSET;
      skipping = true;
      String content = line.content();
      if (content.chars().anyMatch(Character::isWhitespace)) {
        throw new MalformedLineException(
            "a synset header is one name, '&NAME'; its members are skipped too");
      }
      synset = PatternParser.synsetName(content);
      exactSynset = content.endsWith("_");
      synsetMembers = 0;
      synsetLine = line.number();
      skipping = false;
      Integer first = synsetLines.putIfAbsent(synset, line.number());
      if (first != null) {
        warn(line.number(),
            "synset &" + synset + " was already defined on line " + first + "; members merged");
      }
      synsets.computeIfAbsent(synset, name -> new ArrayList<>());
    }

    private void addMember(VerbLines.Line line) throws MalformedLineException {
      synsetMembers++;
      String text = line.content().substring(1).strip();
      if (text.isEmpty()) {
        throw new MalformedLineException("'+' without a synset member");
      }
      List<PatternElement> member = PatternParser.member(text, exactSynset);
      collectReferences(member, line.number());
      synsets.get(synset).add(member);
    }

    private void closeSynset() {
      if (section == Section.SYNSET && !skipping && synsetMembers == 0) {
        warn(synsetLine, "synset &" + synset + " has no members here");
      }
      if (section == Section.SYNSET) {
        section = Section.NONE;
        skipping = false;
      }
    }

    private void collectReferences(List<PatternElement> elements, int line) {
      for (PatternElement element : elements) {
        switch (element) {
          case SynsetRef ref -> references.add(new Reference(ref.name(), line));
          case NounPhrase phrase -> collectReferences(phrase.elements(), line);
          case PrepositionalPhrase phrase -> collectReferences(phrase.object(), line);
          default -> { }
        }
      }
    }

    /** Warns about synsets and transformation verbs the whole file never defines. */
    private void checkReferences() {
      for (Reference reference : references) {
        if (!synsets.containsKey(reference.name())) {
          warn(reference.line(),
              "synset &" + reference.name() + " is not defined in the file; it can never match");
        }
      }
      Set<String> verbs = blocks.stream()
          .flatMap(b -> b.verbs().stream())
          .map(VerbEntry::base)
          .collect(Collectors.toSet());
      for (Transformation t : transformations) {
        for (String verb : List.of(t.innerVerb(), t.outerVerb())) {
          // PETRARCH-2 adds up the codes of the parts of a joined verb such as WILL_ATTACK.
          for (String part : verb.split("_")) {
            if (!part.equals("Q") && !verbs.contains(part)) {
              warn(t.line(), "transformation verb " + part + " is not a verb of any block");
            }
          }
        }
      }
    }

    private void warn(int line, String message) {
      warnings.add(new DictionaryWarning(source, line, message));
    }

    private static String abbreviate(String content) {
      return content.length() <= 40 ? content : content.substring(0, 37) + "...";
    }
  }

  /** The block being read, mutable until the next header. */
  private static final class OpenBlock {
    final String name;
    final EventCodes codes;
    final int line;
    final List<VerbEntry> verbs = new ArrayList<>();
    final List<VerbPattern> patterns = new ArrayList<>();

    OpenBlock(String name, EventCodes codes, int line) {
      this.name = name;
      this.codes = codes;
      this.line = line;
    }
  }
}
