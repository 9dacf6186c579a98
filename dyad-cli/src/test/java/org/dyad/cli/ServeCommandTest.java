package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

  @TempDir Path dir;

  private OpenWorkspaceTest.Run dyad(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = DyadCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new OpenWorkspaceTest.Run(exit, out.toString(), err.toString());
  }

  @Test
  void refusesAMissingWorkspaceAndABadPortInOneLine() {
    OpenWorkspaceTest.Run missing = dyad("--workspace", dir.resolve("none").toString(), "serve", "--port", "0");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo("dyad: no workspace at " + dir.resolve("none") + ": run 'dyad ingest PATH' first");

    OpenWorkspaceTest.Run port = dyad("--workspace", dir.toString(), "serve", "--port", "70000");
    assertThat(port.exit()).isEqualTo(1);
    assertThat(port.err().strip()).isEqualTo("dyad: --port must be from 0 to 65535, got 70000");

    OpenWorkspaceTest.Run usage = dyad("serve", "--port", "seventy");
    assertThat(usage.exit()).isEqualTo(2);
  }
}
