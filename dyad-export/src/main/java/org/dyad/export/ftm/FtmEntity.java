package org.dyad.export.ftm;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One FollowTheMoney entity as its JSON form writes it: an id, a schema name and, for each
 * property, a list of string values (FollowTheMoney properties are always multi-valued).
 */
public record FtmEntity(String id, String schema, Map<String, List<String>> properties) {

  public FtmEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    Map<String, List<String>> copy = new TreeMap<>();
    properties.forEach((name, values) -> {
      List<String> kept = values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).distinct().toList();
      if (!kept.isEmpty()) {
        copy.put(name, kept);
      }
    });
    properties = Collections.unmodifiableMap(copy);
  }
}
