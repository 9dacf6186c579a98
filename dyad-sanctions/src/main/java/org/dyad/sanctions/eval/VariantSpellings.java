package org.dyad.sanctions.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.sanctions.SanctionsEntity;

/**
 * The real variant spellings written for the evaluation ({@code variant-spellings.tsv}): spellings
 * of listed people and groups as reports write them, each with the listed name it must find. The
 * listed name is looked up in the list being evaluated.
 */
public final class VariantSpellings {

  static final String RESOURCE = "variant-spellings.tsv";

  private VariantSpellings() {}

  /**
   * The variants as queries against {@code entities}.
   *
   * @throws IOException when a line is malformed or names no listed name of {@code entities}
   */
  static List<EvalQuery> queries(List<SanctionsEntity> entities) throws IOException {
    Map<String, Long> byName = new HashMap<>();
    for (SanctionsEntity entity : entities) {
      entity.allNames().forEach(name -> byName.putIfAbsent(name, entity.number()));
    }
    List<EvalQuery> queries = new ArrayList<>();
    try (InputStream in = VariantSpellings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        Long entity = fields.length == 2 ? byName.get(fields[1].strip()) : null;
        if (entity == null) {
          throw new IOException(RESOURCE + ":" + number + ": expected 'variant<TAB>listed name' naming a name of the list, got '"
              + line + "'");
        }
        queries.add(new EvalQuery(fields[0].strip(), entity, "real variant", fields[1].strip()));
      }
    }
    return queries;
  }
}
