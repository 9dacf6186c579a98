package org.dyad.nlp.eval.suite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.conllu.ConlluReader;
import org.dyad.nlp.dictionary.PetrarchDate;
import org.dyad.nlp.eval.RecordWarning;
import org.dyad.nlp.eval.suite.SuiteMarkup.Tag;

/**
 * The parts of one {@code <Sentence>} record collected by {@link SuiteReader}, turned into a
 * {@link SuiteRecord} once the record ends, or into warnings when it cannot be.
 */
final class RecordDraft {

  /** Attributes that say whether a record is evaluated, in the order they are looked for. */
  private static final List<String> EVALUATE_ATTRIBUTES = List.of("evaluate", "valid", "sentence");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private final Tag sentenceTag;
  private final String source;
  private final Map<String, String> options;
  private final List<Tag> codings = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String text;
  private String parse;
  private boolean parseSeen;

  RecordDraft(Tag sentenceTag, String source, Map<String, String> options) {
    this.sentenceTag = sentenceTag;
    this.source = source;
    this.options = new LinkedHashMap<>(options);
  }

  int line() {
    return sentenceTag.line();
  }

  String id() {
    String id = sentenceTag.attribute("id");
    return id == null ? "" : id.strip();
  }

  void addCoding(Tag coding) {
    codings.add(coding);
  }

  /** The content of {@code <Text>}, raw; a second one is a problem. */
  void setText(String raw, int line) {
    if (text != null) {
      problems.add("has a second <Text> at line " + line + "; skipped");
    }
    text = raw;
  }

  /**
   * The content of {@code <Parse>}, raw, or null for one never closed; a second one is warned
   * about and the first kept.
   */
  void setParse(String raw, int line) {
    if (parseSeen) {
      notes.add("has a second <Parse> at line " + line + "; the first was kept");
      return;
    }
    parseSeen = true;
    if (raw == null) {
      notes.add("its <Parse> at line " + line + " is never closed; its parse is null");
    }
    parse = raw;
  }

  /** Something that keeps the record from being read; it is skipped with this as its warning. */
  void problem(String problem) {
    problems.add(problem);
  }

  /** Something the record is read despite; it becomes a warning. */
  void note(String note) {
    notes.add(note);
  }

  /**
   * The record, or null with a warning when it has no id, no readable date, no text or a
   * malformed {@code <EventCoding>}. A parse that starts with {@code (} is read as a Penn
   * Treebank tree by {@code treebank}, any other as CoNLL-U; a record whose parse is absent or
   * unreadable is kept with a null parse and a warning.
   */
  SuiteRecord build(List<RecordWarning> warnings, TreebankConverter treebank) {
    String id = id();
    if (id.isEmpty()) {
      warn(warnings, "has no id; skipped");
      return null;
    }
    LocalDate date = date();
    String normalized = text == null ? "" : WHITE_SPACE.matcher(SuiteMarkup.unescape(text).strip()).replaceAll(" ");
    if (text == null || normalized.isEmpty()) {
      problems.add(text == null ? "has no <Text>...</Text>; skipped" : "has an empty <Text>; skipped");
    }
    Expectation expectation = expectation();
    notes.forEach(note -> warn(warnings, note));
    if (!problems.isEmpty()) {
      problems.forEach(problem -> warn(warnings, problem));
      return null;
    }
    if (codings.isEmpty()) {
      warn(warnings, "has no <EventCoding>; read as expecting no events, as PETRARCH-1 did");
    }
    String category = sentenceTag.attribute("category");
    Sentence sentence = new Sentence(id, 0, 0, normalized.length(), normalized);
    return new SuiteRecord(id, line(), category == null ? "" : category.strip(), evaluate(warnings), date, normalized,
        parsed(sentence, warnings, treebank), expectation.events(), expectation.noEvents(), expectation.error(),
        options);
  }

  private LocalDate date() {
    String date = sentenceTag.attribute("date");
    if (date == null || date.isBlank()) {
      problems.add("has no date; skipped");
      return null;
    }
    try {
      return PetrarchDate.parse(date.strip());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage() + "; skipped");
      return null;
    }
  }

  private boolean evaluate(List<RecordWarning> warnings) {
    for (String attribute : EVALUATE_ATTRIBUTES) {
      String value = sentenceTag.attribute(attribute);
      if (value == null) {
        continue;
      }
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> {
          return true;
        }
        case "false" -> {
          return false;
        }
        default -> {
          warn(warnings, attribute + "=\"" + value + "\" is neither true nor false; not evaluated");
          return false;
        }
      }
    }
    return true;
  }

  /** What the codings expect. */
  private record Expectation(List<CodedTriple> events, boolean noEvents, boolean error) {}

  private Expectation expectation() {
    List<CodedTriple> events = new ArrayList<>();
    boolean noEvents = false;
    boolean error = false;
    for (Tag coding : codings) {
      if (coding.attribute("error") != null) {
        error = true;
      } else if (coding.attribute("noevents") != null) {
        if (!coding.attribute("noevents").strip().equalsIgnoreCase("true")) {
          problems.add("<EventCoding> at line " + coding.line() + " has noevents=\"" + coding.attribute("noevents")
              + "\", not True; skipped");
        }
        noEvents = true;
      } else {
        CodedTriple event = event(coding);
        if (event != null) {
          events.add(event);
        }
      }
    }
    if ((noEvents || error) && !events.isEmpty() || noEvents && error) {
      problems.add("mixes " + (error ? "error" : "noevents") + " with "
          + (events.isEmpty() ? "noevents" : "expected events") + "; skipped");
    }
    return new Expectation(events, noEvents, error);
  }

  private CodedTriple event(Tag coding) {
    String source = coding.attribute("sourcecode");
    String target = coding.attribute("targetcode");
    String code = coding.attribute("eventcode");
    if (source == null || target == null || code == null || source.isBlank() || target.isBlank() || code.isBlank()) {
      problems.add("<EventCoding> at line " + coding.line()
          + " has neither noevents, error nor all of sourcecode, targetcode and eventcode; skipped");
      return null;
    }
    return new CodedTriple(source.strip(), target.strip(), code.strip());
  }

  private ParsedSentence parsed(Sentence sentence, List<RecordWarning> warnings, TreebankConverter treebank) {
    if (parse == null || parse.isBlank()) {
      if (!parseSeen || parse != null) {
        warn(warnings, parseSeen ? "has an empty <Parse>; its parse is null" : "has no <Parse>; its parse is null");
      }
      return null;
    }
    String content = SuiteMarkup.unescape(parse).strip();
    try {
      return content.startsWith("(") ? treebank.convert(sentence, content) : ConlluReader.read(sentence, content);
    } catch (IllegalArgumentException e) {
      warn(warnings, "parse unreadable, so null: " + e.getMessage());
      return null;
    }
  }

  private void warn(List<RecordWarning> warnings, String message) {
    warnings.add(new RecordWarning(source, line(), id(), message));
  }
}
