package org.dyad.core.nlp;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An analyst's own spelling for an actor: {@code dyad actors alias add "Abu Musab" IMGMUSALQ}.
 *
 * @param phrase the name as it appears in the documents
 * @param code the CAMEO-style actor code it resolves to
 */
public record ActorAlias(String phrase, String code) {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,15}");

  public ActorAlias {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(code, "code");
    phrase = phrase.strip();
    if (phrase.isEmpty() || phrase.length() > 200 || phrase.chars().noneMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException("an alias needs a name of 1 to 200 characters with a letter or digit, got '" + phrase + "'");
    }
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("an actor code is 3 to 15 capital letters or digits (IRN, IRNGOV, IMGMUSALQ), got '" + code + "'");
    }
  }
}
