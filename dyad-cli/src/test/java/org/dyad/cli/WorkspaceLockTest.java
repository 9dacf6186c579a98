package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second writer gets one line naming the process that holds the workspace. */
class WorkspaceLockTest {

  @TempDir Path dir;

  @Test
  void aSecondWriterIsToldWhoHoldsTheWorkspace() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus/x"));
    for (int i = 0; i < 3000; i++) {
      Files.writeString(corpus.resolve(i + ".txt"), "Syria and Lebanon held talks, round " + i + ".");
    }
    Path workspace = dir.resolve("ws");
    Process holder = ChildDyad.start(dir.resolve("holder.log"), "--workspace", workspace.toString(), "ingest", dir.resolve("corpus").toString());
    try {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (!Files.exists(workspace.resolve("blobs")) && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
      StringWriter err = new StringWriter();
      int exit = DyadCli.run(new String[] {"--workspace", workspace.toString(), "ingest", corpus.toString()},
          new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

      assertThat(holder.isAlive()).as("the holder must still be running for this test to mean anything").isTrue();
      assertThat(exit).isEqualTo(1);
      assertThat(err.toString().strip())
          .isEqualTo("dyad: workspace " + workspace + " is in use by process " + holder.pid()
              + err.toString().strip().substring(err.toString().strip().indexOf(" (dyad ingest")))
          .doesNotContain("\n");
    } finally {
      holder.destroyForcibly();
      holder.waitFor();
    }
  }
}
