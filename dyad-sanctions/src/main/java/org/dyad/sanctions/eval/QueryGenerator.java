package org.dyad.sanctions.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded evaluation queries from a list's own names: for each {@link Perturbation}, {@code perFamily}
 * queries, each a listed name (primary or alias) of a random person or organisation altered once.
 * The same list and seed give the same queries.
 */
public final class QueryGenerator {

  private static final int ATTEMPTS_PER_QUERY = 50;

  private QueryGenerator() {}

  static List<EvalQuery> generate(ListedNames names, int perFamily, long seed) {
    Random random = new Random(seed);
    List<ListedNames.Source> sources = names.sources();
    List<EvalQuery> queries = new ArrayList<>();
    for (Perturbation perturbation : Perturbation.values()) {
      for (int i = 0; i < perFamily; i++) {
        for (int attempt = 0; attempt < ATTEMPTS_PER_QUERY; attempt++) {
          ListedNames.Source source = sources.get(random.nextInt(sources.size()));
          String altered = perturbation.apply(source.name(), random);
          if (altered != null && !altered.isBlank() && !altered.equals(source.name())) {
            queries.add(new EvalQuery(altered, source.entity(), perturbation.family(), source.name()));
            break;
          }
        }
      }
    }
    return queries;
  }
}
