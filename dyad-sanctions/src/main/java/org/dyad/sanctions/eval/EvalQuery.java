package org.dyad.sanctions.eval;

import java.util.Objects;

/**
 * One evaluation query: a spelling and the entity it must find, or no entity for a negative.
 *
 * @param text the spelling searched for
 * @param entity the entity number it must find; 0 for a name that is not on the list
 * @param family how the spelling was made ({@code reorder}, {@code particle}, {@code
 *     transliteration}, {@code edit}, {@code real variant}, {@code negative})
 * @param source the listed name it was made from, or the parts it was recombined from
 */
public record EvalQuery(String text, long entity, String family, String source) {

  public EvalQuery {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(source, "source");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an evaluation query needs a spelling");
    }
    if (entity < 0) {
      throw new IllegalArgumentException("entity number must be >= 0, got " + entity);
    }
  }

  public boolean negative() {
    return entity == 0;
  }
}
