package org.dyad.core.nlp;

import java.util.Objects;

/**
 * An actor found in a sentence: the characters {@code [start, end)} of the document text that name
 * it and the code they resolve to on the sentence's date.
 *
 * @param doc the document id
 * @param sentence the sentence's index in the document
 * @param start UTF-16 offset in the document text
 * @param end UTF-16 offset just past the mention
 * @param text the words as written ({@code "the Iranian president"})
 * @param code the CAMEO actor code ({@code IRNGOV}, {@code IMGMUSALQ})
 * @param actor the name of the actor the code's root stands for ({@code "Iran"})
 * @param person the individual acting for the actor, when known ({@code "Mohammad Khatami"}), else null
 * @param rule how the mention was resolved ({@code "phrase"}, {@code "actor+agent"}, {@code "back-reference"}, ...)
 */
public record Mention(
    String doc, int sentence, int start, int end, String text, String code, String actor, String person, String rule) {

  public Mention {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(rule, "rule");
    if (sentence < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid mention [" + start + ", " + end + ") in sentence " + sentence);
    }
    if (code.isBlank()) {
      throw new IllegalArgumentException("a mention needs a code");
    }
  }

  /** The first three characters of the code: the country, IGO or group root. */
  public String root() {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }
}
