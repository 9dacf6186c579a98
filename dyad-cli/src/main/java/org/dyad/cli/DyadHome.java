package org.dyad.cli;

import java.nio.file.Path;

/** Where Dyad is: the folder the {@code ./dyad} launcher passes as {@code dyad.home}, else the working directory. */
final class DyadHome {

  private DyadHome() {}

  static Path path() {
    String home = System.getProperty("dyad.home");
    return home != null ? Path.of(home) : Path.of("").toAbsolutePath();
  }
}
