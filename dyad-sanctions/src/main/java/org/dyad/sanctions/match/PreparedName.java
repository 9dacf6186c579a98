package org.dyad.sanctions.match;

import java.util.function.ToDoubleFunction;

/**
 * A name laid out for repeated comparison without allocation: its units (each part, then each two
 * adjacent parts joined) with their phonetic keys, and each part's weight. Listed names are
 * prepared once when the index is built; a query once per search.
 */
final class PreparedName {

  /** An initial says little however rare the letter is as a part. */
  private static final double INITIAL_WEIGHT = 1.0;

  final NameParts name;
  final String[] text;
  final String[] keys;
  final int[] from;
  final int[] to;
  final double[] weights;
  final double totalWeight;
  /** Each unit's term number in the list's vocabulary; null for a query. */
  final int[] ids;

  PreparedName(NameParts name, ToDoubleFunction<String> partWeight) {
    this(name, partWeight, null);
  }

  PreparedName(NameParts name, ToDoubleFunction<String> partWeight, java.util.function.ToIntFunction<String> vocabulary) {
    this.name = name;
    int parts = name.size();
    int units = parts == 0 ? 0 : 2 * parts - 1;
    text = new String[units];
    keys = new String[units];
    from = new int[units];
    to = new int[units];
    weights = new double[parts];
    double total = 0;
    for (int i = 0; i < parts; i++) {
      String part = name.parts().get(i);
      text[i] = part;
      keys[i] = name.keys().get(i);
      from[i] = i;
      to[i] = i + 1;
      weights[i] = part.length() == 1 ? Math.min(INITIAL_WEIGHT, partWeight.applyAsDouble(part)) : partWeight.applyAsDouble(part);
      total += weights[i];
    }
    for (int i = 0; i + 1 < parts; i++) {
      int unit = parts + i;
      text[unit] = name.parts().get(i) + name.parts().get(i + 1);
      keys[unit] = PhoneticKey.of(text[unit]);
      from[unit] = i;
      to[unit] = i + 2;
    }
    totalWeight = total;
    if (vocabulary == null) {
      ids = null;
    } else {
      ids = new int[units];
      for (int unit = 0; unit < units; unit++) {
        // A joined unit is compared without phonetic keys, so it is a different term from the same letters alone.
        ids[unit] = vocabulary.applyAsInt(joined(unit) ? "+" + text[unit] : text[unit]);
      }
    }
  }

  int parts() {
    return weights.length;
  }

  int units() {
    return text.length;
  }

  boolean joined(int unit) {
    return unit >= weights.length;
  }

  double weight(int unit) {
    double sum = 0;
    for (int i = from[unit]; i < to[unit]; i++) {
      sum += weights[i];
    }
    return sum;
  }
}
