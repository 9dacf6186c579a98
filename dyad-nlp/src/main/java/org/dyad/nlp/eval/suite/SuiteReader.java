package org.dyad.nlp.eval.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.nlp.eval.RecordWarning;
import org.dyad.nlp.eval.suite.SuiteMarkup.Tag;

/**
 * Reads a PETRARCH-style validation suite ({@code PETR.UnitTest.records.xml}, {@code
 * PETR_Validate_records_2_02.xml}, {@code PETR2_GSR_validation.xml}) into a {@link
 * ValidationSuite}, tolerating the ways these files are not well-formed XML.
 *
 * <p>The file is scanned, not parsed ({@link SuiteMarkup}): comments end at the first {@code
 * -->}; {@code <Sentence .../>} starts a record even though it is self-closing, and a record ends
 * at {@code </Sentence>}, at the next {@code <Sentence>} or at the end of the file; lines such as
 * {@code <PLEvent {json}>}, {@code <Stop>} and bare text between records are passed over; no DTD
 * or external entity is ever read. {@code <Config option value>} settings are collected into each
 * later record's {@link SuiteRecord#options()}.
 *
 * <p>A record is evaluated as its {@code evaluate} attribute says (UD-PETRARCH); without it, as
 * {@code valid} says (PETRARCH-1's flag); without that, as {@code sentence} says, because {@code
 * PETR.UnitTest.records.xml} marks {@code sentence="false"} exactly the records whose feature its
 * comments say PETRARCH lacked, which the UD version of the suite marks {@code evaluate="false"};
 * with none of them, it is evaluated. {@code <EventCoding>} is read in three forms: {@code
 * sourcecode targetcode eventcode} (an expected event; values verbatim, quoted new-actor texts
 * such as {@code "INJURY TOLL"} included), {@code noevents="True"} and {@code error="..."}. A
 * record with no {@code <EventCoding>} at all expects no events. In {@code <Include>}, the word
 * {@code valid} is PETRARCH's switch for "evaluated records only", not a category, and is dropped.
 *
 * <p>Nothing malformed throws: each problem becomes a {@link RecordWarning} whose {@code record}
 * is the line of the record's {@code <Sentence>} tag (or of the problem, outside records) and
 * whose {@code id} is the record's id. A record without id, a readable date ({@link
 * org.dyad.nlp.dictionary.PetrarchDate}), a closed non-empty {@code <Text>} or well-formed
 * {@code <EventCoding>}s is skipped; one whose parse is missing or unreadable is kept with a null
 * parse. Only an unreadable file is an {@link IOException}.
 *
 * <p>Linear in the file plus the parsing of each record. Not thread-safe (see {@link
 * TreebankConverter}): use one reader per thread.
 */
public final class SuiteReader {

  private static final String SENTENCE = "Sentence";
  private static final String TEXT = "Text";
  private static final String PARSE = "Parse";
  private static final String ENVIRONMENT = "Environment";
  private static final String VALID_KEYWORD = "valid";
  private static final Set<String> RECORD_BOUNDARIES = Set.of(SENTENCE, "Sentences", "Validation");

  private final TreebankConverter treebank = new TreebankConverter();

  /** Reads {@code file}. */
  public ValidationSuite read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file);
  }

  /** Reads {@code bytes} as the content of {@code file}, which names the suite and locates its dictionaries. */
  public ValidationSuite read(byte[] bytes, Path file) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(file, "file");
    String source = String.valueOf(file.getFileName());
    List<RecordWarning> warnings = new ArrayList<>();
    String text = SuiteMarkup.withoutComments(SuiteMarkup.decode(bytes, source, warnings), source, warnings);
    List<Tag> tags = SuiteMarkup.tags(text);
    SuiteEnvironment environment = environment(text, tags, file, source, warnings);
    List<SuiteRecord> records = records(text, tags, source, warnings);
    warnings.sort(null); // by line; the sort is stable, so each line's warnings keep their order
    String name = source.endsWith(".xml") ? source.substring(0, source.length() - 4) : source;
    return new ValidationSuite(name, file, environment, records, warnings);
  }

  private List<SuiteRecord> records(String text, List<Tag> tags, String source, List<RecordWarning> warnings) {
    List<SuiteRecord> records = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    Map<String, String> options = new LinkedHashMap<>();
    List<Integer> selfClosing = new ArrayList<>();
    RecordDraft draft = null;
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      if (RECORD_BOUNDARIES.contains(tag.name()) && draft != null) {
        if (!tag.closing() || !tag.name().equals(SENTENCE)) {
          draft.note("has no </Sentence>; it ends at the <" + tag.name() + "> on line " + tag.line());
        }
        finish(draft, source, records, lineOfId, warnings);
        draft = null;
      }
      switch (tag.name()) {
        case SENTENCE -> {
          if (!tag.closing()) {
            draft = new RecordDraft(tag, source, options);
            if (tag.selfClosing()) {
              selfClosing.add(tag.line());
            }
          }
        }
        case "EventCoding" -> {
          if (!tag.closing() && draft != null) {
            draft.addCoding(tag);
          } else if (!tag.closing()) {
            warnings.add(new RecordWarning(source, tag.line(), "", "<EventCoding> outside any <Sentence>; ignored"));
          }
        }
        case TEXT, PARSE -> {
          if (!tag.closing() && draft != null) {
            i = block(text, tags, i, draft);
          }
        }
        case "Config" -> {
          if (!tag.closing() && tag.attribute("option") != null && tag.attribute("value") != null) {
            options.put(tag.attribute("option").strip(), tag.attribute("value").strip());
          }
        }
        default -> { } // Environment, PLEvent, Stop and anything else: not part of a record
      }
    }
    if (draft != null) {
      draft.note("the file ends before its </Sentence>");
      finish(draft, source, records, lineOfId, warnings);
    }
    if (!selfClosing.isEmpty()) {
      warnings.add(new RecordWarning(source, selfClosing.getFirst(), "", selfClosing.size()
          + " <Sentence .../> tag(s), the first here, are self-closing although the record follows; read as start tags"));
    }
    return records;
  }

  /**
   * Gives the draft the content of the {@code <Text>} or {@code <Parse>} at {@code open} and
   * returns the index of its end tag, or {@code open} when it is never closed within the record.
   */
  private static int block(String text, List<Tag> tags, int open, RecordDraft draft) {
    Tag start = tags.get(open);
    int close = -1;
    for (int j = open + 1; j < tags.size() && close < 0; j++) {
      Tag tag = tags.get(j);
      if (tag.closing() && tag.name().equals(start.name())) {
        close = j;
      } else if (RECORD_BOUNDARIES.contains(tag.name())) {
        break;
      }
    }
    String content = start.selfClosing() ? "" : close < 0 ? null : text.substring(start.end(), tags.get(close).start());
    if (start.name().equals(TEXT)) {
      if (content == null) {
        draft.problem("its <Text> at line " + start.line() + " is never closed; skipped");
      } else {
        draft.setText(content, start.line());
      }
    } else {
      draft.setParse(content, start.line());
    }
    return start.selfClosing() || close < 0 ? open : close;
  }

  private void finish(RecordDraft draft, String source, List<SuiteRecord> records, Map<String, Integer> lineOfId,
      List<RecordWarning> warnings) {
    SuiteRecord record = draft.build(warnings, treebank);
    if (record == null) {
      return;
    }
    Integer earlier = lineOfId.putIfAbsent(record.id(), record.line());
    if (earlier != null) {
      warnings.add(new RecordWarning(source, record.line(), record.id(),
          "the record at line " + earlier + " has the same id; both were kept"));
    }
    records.add(record);
  }

  private static SuiteEnvironment environment(String text, List<Tag> tags, Path file, String source,
      List<RecordWarning> warnings) {
    int open = -1;
    for (int i = 0; i < tags.size() && open < 0; i++) {
      Tag tag = tags.get(i);
      if (tag.name().equals(SENTENCE)) {
        break;
      }
      open = tag.name().equals(ENVIRONMENT) && !tag.closing() ? i : -1;
    }
    if (open < 0) {
      warnings.add(new RecordWarning(source, 1, "",
          "no <Environment> before the first record: no dictionaries are named and every category counts"));
      return SuiteEnvironment.NONE;
    }
    Map<String, Tag> named = new HashMap<>();
    Map<String, String> values = new HashMap<>();
    for (int i = open + 1; i + 1 < tags.size(); i++) {
      Tag tag = tags.get(i);
      if (tag.name().equals(ENVIRONMENT) || RECORD_BOUNDARIES.contains(tag.name())) {
        break;
      }
      if (!tag.closing() && !values.containsKey(tag.name())) {
        values.put(tag.name(), SuiteMarkup.unescape(text.substring(tag.end(), tags.get(i + 1).start())).strip());
        named.put(tag.name(), tag);
      }
    }
    Resolver resolver = new Resolver(file, source, named, warnings);
    List<Path> agents = resolver.paths("Agentfile", values);
    if (agents.size() > 1) {
      warnings.add(new RecordWarning(source, named.get("Agentfile").line(), "",
          "<Agentfile> names " + agents.size() + " files; only the first is kept"));
    }
    Set<String> include = new LinkedHashSet<>(Arrays.asList(values.getOrDefault("Include", "").split("\\s+")));
    include.remove(VALID_KEYWORD);
    include.remove("");
    return new SuiteEnvironment(resolver.path("Verbfile", values), resolver.paths("Actorfile", values),
        agents.isEmpty() ? null : agents.getFirst(), resolver.path("Discardfile", values),
        resolver.path("PICOfile", values), include);
  }

  /** Resolves the file names of the environment beside the suite file. */
  private record Resolver(Path file, String source, Map<String, Tag> named, List<RecordWarning> warnings) {

    Path path(String element, Map<String, String> values) {
      List<Path> paths = paths(element, values);
      return paths.isEmpty() ? null : paths.getFirst();
    }

    List<Path> paths(String element, Map<String, String> values) {
      List<Path> paths = new ArrayList<>();
      for (String name : values.getOrDefault(element, "").split(",")) {
        if (name.isBlank()) {
          continue;
        }
        try {
          paths.add(file.resolveSibling(name.strip()));
        } catch (InvalidPathException e) {
          warnings.add(new RecordWarning(source, named.get(element).line(), "",
              "<" + element + "> names '" + name.strip() + "', which is not a valid path; ignored"));
        }
      }
      return paths;
    }
  }
}
