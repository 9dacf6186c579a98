package org.dyad.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the shared evaluation data is: {@code $DYAD_SHARED_DATA} (set by CI, which fails when the
 * folder is missing), else {@code shared/data} beside the repository. Tests that need it skip,
 * with a message saying why, on a user's clone without it.
 */
public final class SharedData {

  private SharedData() {}

  public static Path root() {
    String configured = System.getenv("DYAD_SHARED_DATA");
    if (configured != null) {
      return Path.of(configured);
    }
    Path fromModule = Path.of("../../shared/data");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("../shared/data");
  }

  public static Path eventCoding() {
    return root().resolve("eventcoding");
  }

  /** Skips the calling test, with a clear message, when the event-coding data is absent. */
  public static Path requireEventCoding() {
    Path folder = eventCoding();
    Assumptions.assumeTrue(Files.isDirectory(folder),
        folder.toAbsolutePath().normalize() + " is absent: tests against the event-coding dictionaries and records are skipped");
    return folder;
  }
}
