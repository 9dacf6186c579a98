package org.dyad.core.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Who did what to whom and when, with the sentence it came from: Dyad's event record (DESIGN.md,
 * "Event record").
 *
 * @param id the first 16 hex digits of sha256 over the document, sentence index, source, verb and
 *     target offsets and code (see {@link #idOf})
 * @param doc the document id, or the input id for {@code dyad code}
 * @param date the event's date: a relative date in the sentence resolved against the document's,
 *     else the document's
 * @param docDate the document's date, or null when it has none
 * @param source the actor that acts
 * @param target the actor acted upon
 * @param code the event code (CAMEO, or a user dictionary's own code)
 * @param goldstein the code's Goldstein score, or null for a code CAMEO does not define
 * @param quad the code's QuadClass (GDELT, 1–4), or null for a code CAMEO does not define
 * @param sentence the sentence: its index in the document and its span
 * @param verb the words that carry the event ({@code "imposed sanctions"})
 * @param rule the verb pattern or rule that fired
 * @param confidence how sure the coder is, 0 to 1
 */
public record Event(
    String id,
    String doc,
    LocalDate date,
    LocalDate docDate,
    EventActor source,
    EventActor target,
    String code,
    Double goldstein,
    Integer quad,
    EventSentence sentence,
    TextSpan verb,
    String rule,
    double confidence) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(rule, "rule");
    if (code.length() < 2) {
      throw new IllegalArgumentException("an event code has at least two characters, got '" + code + "'");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
    }
  }

  /** The root category: the code's first two characters. */
  public String root() {
    return code.substring(0, 2);
  }

  /**
   * The deterministic event id: the same sentence coded the same way gets the same id in the
   * embedded pipeline and on Spark.
   */
  public static String idOf(String doc, int sentenceIndex, EventActor source, TextSpan verb, EventActor target, String code) {
    String key = String.join("\u001f", doc, Integer.toString(sentenceIndex),
        source.start() + ":" + source.end(), verb.start() + ":" + verb.end(), target.start() + ":" + target.end(), code);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /**
   * The sentence an event came from.
   *
   * @param index the sentence's 0-based place in the document
   * @param start UTF-16 offset of the sentence in the document text
   * @param end offset just past the sentence
   * @param text the sentence's characters
   */
  public record EventSentence(int index, int start, int end, String text) {

    public EventSentence {
      Objects.requireNonNull(text, "text");
      if (index < 0 || start < 0 || end < start) {
        throw new IllegalArgumentException("invalid sentence " + index + " [" + start + ", " + end + ")");
      }
    }
  }
}
