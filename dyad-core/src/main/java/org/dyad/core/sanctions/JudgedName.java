package org.dyad.core.sanctions;

import java.util.Locale;
import java.util.Objects;

/**
 * The analyst's verdict on one name against one listed entity. It applies to every occurrence of
 * the name, compared case-insensitively with runs of white space made one, on every later run.
 *
 * @param entity the list's entity number
 * @param name the name in the documents
 * @param judgement the verdict
 */
public record JudgedName(long entity, String name, Judgement judgement) {

  public JudgedName {
    Objects.requireNonNull(judgement, "judgement");
    if (entity < 1) {
      throw new IllegalArgumentException("entity number must be >= 1, got " + entity);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a judgement needs the name it is about");
    }
    name = name.strip().replaceAll("\\s+", " ");
  }

  /** The key a judgement is stored and looked up under. */
  public static String keyOf(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public String key() {
    return keyOf(name);
  }
}
