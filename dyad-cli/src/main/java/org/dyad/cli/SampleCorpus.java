package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled sample corpus is: under the Dyad home the launcher passes, else here. */
final class SampleCorpus {

  private SampleCorpus() {}

  static Path documents() {
    String home = System.getProperty("dyad.home");
    Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    Path documents = base.resolve("sample-corpus").resolve("documents");
    if (!Files.isDirectory(documents)) {
      throw new IllegalArgumentException("the sample corpus is not at " + documents + "; give --corpus DIR");
    }
    return documents;
  }
}
