package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest of 10,000 files with SIGKILL part-way, runs it again, and checks that the
 * catalogue, the index and the blob store each end with exactly one entry per distinct file.
 * Annotation is left out: it is a later stage that records its progress per document, and parsing 10,000
 * documents would only slow this one down.
 */
class KillAndResumeTest {

  private static final int FILES = 10_000;
  @TempDir Path dir;

  @Test
  void aKilledIngestResumesToExactlyOneEntryPerFile() throws Exception {
    Path corpus = dir.resolve("corpus");
    for (int folder = 0; folder < 10; folder++) {
      Path outlet = Files.createDirectories(corpus.resolve("outlet-" + folder));
      for (int i = 0; i < FILES / 10; i++) {
        Files.writeString(outlet.resolve("report-" + i + ".txt"),
            "KABUL, May " + (1 + i % 28) + ", 2004 — Report " + folder + "-" + i + " on talks between Afghanistan and Pakistan.\n");
      }
    }
    Path workspace = dir.resolve("ws");
    Path blobs = workspace.resolve("blobs");

    Process first = ChildDyad.start(dir.resolve("first.log"), "--workspace", workspace.toString(), "ingest", "--no-annotate", corpus.toString());
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    long storedAtKill;
    while (true) {
      storedAtKill = countFiles(blobs);
      assertThat(first.isAlive()).as("the ingest finished before it could be killed; see first.log").isTrue();
      if (storedAtKill >= 1500) {
        break;
      }
      assertThat(Instant.now()).isBefore(deadline);
      Thread.sleep(20);
    }
    first.destroyForcibly();
    first.waitFor();
    assertThat(storedAtKill).isLessThan(FILES);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = DyadCli.run(new String[] {"--workspace", workspace.toString(), "ingest", "--no-annotate", corpus.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(exit).as(err.toString()).isZero();

    try (Workspace ws = Workspace.open(workspace, "test")) {
      assertThat(ws.catalogue().status().documents()).isEqualTo(FILES);
      assertThat(ws.catalogue().status().indexed()).isEqualTo(FILES);
      assertThat(ws.catalogue().failures()).isEmpty();
      assertThat(ws.index().size()).isEqualTo(FILES);
      assertThat(ws.blobFiles().count()).isEqualTo(FILES);
    }
    try (Stream<Path> leftovers = Files.list(workspace.resolve("tmp"))) {
      assertThat(leftovers).isEmpty();
    }
  }

  private static long countFiles(Path root) throws Exception {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
