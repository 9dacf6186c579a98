package org.dyad.sanctions;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the shared evaluation data is, found as every module's tests find it: {@code
 * $DYAD_SHARED_DATA} (set by CI, which fails when the folder is missing), else {@code shared/data}
 * beside the repository. Tests that need it skip, with a message saying why, when it is absent.
 */
public final class SharedData {

  private SharedData() {}

  static Path root() {
    String configured = System.getenv("DYAD_SHARED_DATA");
    if (configured != null) {
      return Path.of(configured);
    }
    Path fromModule = Path.of("../../shared/data");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("../shared/data");
  }

  /** The OFAC legacy CSV set of April 2021 (sdn, alt, add); skips the calling test when absent. */
  public static Path requireOfac2021() {
    return require("sanctions/ofac_legacy_csv_2021-04");
  }

  /** The OFAC sdn.csv of May 2024, alone; skips the calling test when absent. */
  public static Path requireOfac2024() {
    return require("sanctions/ofac_sdn_csv_2024-05-03");
  }

  private static Path require(String folder) {
    Path path = root().resolve(folder);
    Assumptions.assumeTrue(Files.isRegularFile(path.resolve("sdn.csv")),
        path.toAbsolutePath().normalize() + " is absent: tests against the real OFAC lists are skipped");
    return path;
  }
}
