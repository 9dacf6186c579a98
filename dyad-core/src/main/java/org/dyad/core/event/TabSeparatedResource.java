package org.dyad.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated table shipped beside a class: one row a line, {@code #} comment lines and
 * blank lines skipped. The tables are Dyad's own, so a malformed row is a build defect and throws.
 */
final class TabSeparatedResource {

  private TabSeparatedResource() {}

  /** The rows of {@code resource}, each split into exactly {@code fields} fields. */
  static List<String[]> rows(Class<?> owner, String resource, int fields) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != fields) {
          throw new IllegalStateException(resource + ": expected " + fields + " tab-separated fields, got '" + line + "'");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
