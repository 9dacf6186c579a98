package org.dyad.sanctions.read;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The XML fixtures written for the reader tests. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test fixture missing: " + name, e);
    }
  }
}
