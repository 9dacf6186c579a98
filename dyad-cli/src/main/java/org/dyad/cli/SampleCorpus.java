package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled sample corpus is: under the Dyad home the launcher passes, else here. */
final class SampleCorpus {

  private SampleCorpus() {}

  static Path documents() {
    Path documents = DyadHome.path().resolve("sample-corpus").resolve("documents");
    if (!Files.isDirectory(documents)) {
      throw new IllegalArgumentException("the sample corpus is not at " + documents + "; give --corpus DIR");
    }
    return documents;
  }
}
