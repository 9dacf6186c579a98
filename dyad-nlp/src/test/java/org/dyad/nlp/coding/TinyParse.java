package org.dyad.nlp.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.event.Event;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;

/**
 * Hand-built parses for tests, written one token per item as {@code form[:lemma]/POS/head/relation},
 * e.g. {@code "Iran/NNP/2/nsubj attacked:attack/VBD/0/root Iraq/NNP/2/obj ././2/punct"}.
 */
final class TinyParse {

  private TinyParse() {}

  static ParsedSentence parse(String tokens) {
    String[] items = tokens.trim().split("\\s+");
    StringBuilder text = new StringBuilder();
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      String[] parts = items[i].split("/");
      String[] formLemma = parts[0].split(":");
      String form = formLemma[0];
      String lemma = formLemma.length > 1 ? formLemma[1] : form.toLowerCase(Locale.ROOT);
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(form);
      words.add(new Word(i + 1, form, lemma, parts[1], Integer.parseInt(parts[2]), parts[3], start, text.length()));
    }
    return new ParsedSentence(new Sentence("doc", 0, 0, text.length(), text.toString()), words);
  }

  /** A mention of {@code words} (as written, space-separated) coded {@code code}. */
  static Mention mention(ParsedSentence parsed, String words, String code) {
    String text = parsed.sentence().text();
    int start = (" " + text + " ").indexOf(" " + words + " ");
    if (start < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in '" + text + "'");
    }
    return new Mention("doc", 0, start, start + words.length(), words, code, code.substring(0, 3), null, "phrase");
  }

  /** Mentions written "words=CODE" ("Iran=IRN"), each as {@link #mention} makes it. */
  static List<Mention> mentions(ParsedSentence parsed, String... written) {
    return java.util.Arrays.stream(written)
        .map(m -> mention(parsed, m.substring(0, m.indexOf('=')), m.substring(m.indexOf('=') + 1))).toList();
  }

  /** The events {@code coder} codes on {@code tokens} on {@code day}, with mentions written "words=CODE". */
  static List<Event> events(DependencyEventCoder coder, String tokens, LocalDate day, String... mentions) {
    ParsedSentence parsed = parse(tokens);
    return coder.code(parsed, mentions(parsed, mentions), day);
  }

  /** The events {@code coder} codes on {@code tokens} on {@code day}, as "SOURCE>TARGET:CODE". */
  static List<String> triples(DependencyEventCoder coder, String tokens, LocalDate day, String... mentions) {
    return triples(events(coder, tokens, day, mentions));
  }

  /** Events as "SOURCE>TARGET:CODE". */
  static List<String> triples(List<Event> events) {
    return events.stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
  }
}
