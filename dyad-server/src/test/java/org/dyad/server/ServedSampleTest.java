package org.dyad.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The API tests' shared life cycle: one served sample workspace per test class. */
abstract class ServedSampleTest {

  @TempDir static Path dir;
  static ServedSample served;

  @BeforeAll
  static void serve() throws Exception {
    served = ServedSample.start(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }
}
