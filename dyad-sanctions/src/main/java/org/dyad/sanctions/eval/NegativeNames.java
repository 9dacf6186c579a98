package org.dyad.sanctions.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dyad.core.sanctions.EntityKind;

/**
 * Names that are not on the list but are made of its parts: the given name of one listed person
 * with the family name of another ({@code Ezedin HAQQANI}), sometimes with a second given name of a
 * third. A name counts as not on the list when no listed name holds all its parts, compared by
 * phonetic key ({@link ListedNames#covers}), so a mere spelling variant of a listed name is no negative. These are the hard negatives of screening: every part is a listed part.
 */
public final class NegativeNames {

  private static final int ATTEMPTS_PER_NAME = 100;

  private NegativeNames() {}

  static List<EvalQuery> generate(ListedNames names, int count, long seed) {
    List<String[]> people = new ArrayList<>();
    for (ListedNames.Source source : names.sources()) {
      int comma = source.name().indexOf(',');
      if (source.kind() == EntityKind.PERSON && comma > 0) {
        String family = source.name().substring(0, comma).strip();
        String[] given = source.name().substring(comma + 1).strip().split("\\s+");
        if (!family.isEmpty() && given.length > 0 && !given[0].isEmpty()) {
          people.add(new String[] {family, given[0], given.length > 1 ? given[1] : ""});
        }
      }
    }
    Random random = new Random(seed);
    Set<String> made = new HashSet<>();
    List<EvalQuery> negatives = new ArrayList<>();
    for (int attempt = 0; negatives.size() < count && attempt < count * ATTEMPTS_PER_NAME; attempt++) {
      String[] a = people.get(random.nextInt(people.size()));
      String[] b = people.get(random.nextInt(people.size()));
      String[] c = people.get(random.nextInt(people.size()));
      boolean second = random.nextInt(3) == 0 && !c[2].isEmpty();
      String name = a[1] + (second ? " " + c[2] : "") + " " + b[0];
      if (a == b || names.covers(name) || !made.add(name)) {
        continue;
      }
      negatives.add(new EvalQuery(name, 0, "negative", a[1] + " | " + (second ? c[2] + " | " : "") + b[0]));
    }
    return negatives;
  }
}
