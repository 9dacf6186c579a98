package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.analysis.relate.DyadRelation;
import org.dyad.analysis.relate.Relation;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.search.SearchRequest;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.nlp.eval.ExpectedVerdict;
import org.dyad.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo builds a workspace from the bundled sample corpus, and refuses to clobber other folders. */
class DemoCommandTest {

  @TempDir Path dir;

  private static Path corpus() {
    // Tests run in dyad-cli/; the corpus is at the repository root.
    return Path.of("..", "sample-corpus", "documents").toAbsolutePath().normalize();
  }

  @Test
  void buildsASearchableWorkspaceFromTheSampleCorpus() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path workspace = dir.resolve("demo");

    int exit = DyadCli.run(new String[] {"--workspace", workspace.toString(), "demo", "--no-serve", "--corpus", corpus().toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));

    assertThat(exit).as(err.toString()).isZero();
    long files;
    try (var walk = Files.walk(corpus())) {
      files = walk.filter(Files::isRegularFile).count();
    }
    assertThat(files).isGreaterThanOrEqualTo(150);
    assertThat(out.toString()).contains("corrupt-report.pdf");
    // The headline analysis on Dyad's own coded events agrees with the answer key's verdict.
    assertThat(out.toString()).contains("Are Iran and al-Qaeda moving closer?").contains("Verdict: CLOSER");
    try (Workspace ws = Workspace.open(workspace, "test")) {
      var status = ws.catalogue().status();
      assertThat(status.documents()).as("every file but the corrupt one").isEqualTo(files - 1);
      assertThat(status.indexed()).isEqualTo(status.documents());
      assertThat(ws.catalogue().failures()).singleElement()
          .satisfies(f -> assertThat(f.path()).endsWith("corrupt-report.pdf"));
      assertThat(status.firstDate()).isAfterOrEqualTo(LocalDate.of(2001, 1, 1));
      assertThat(status.lastDate()).isBefore(LocalDate.of(2013, 1, 1));
      assertThat(status.outlets()).hasSizeGreaterThanOrEqualTo(6);
      // The scanned letter has no text layer: finding its words proves OCR ran.
      var scanned = ws.index().search(SearchRequest.of("\"released Saad\" AND residence")).results();
      assertThat(scanned).as("the scanned PDF is ingested through OCR").extracting(hit -> hit.file())
          .contains("2008-10-02-note-on-saad-departure.pdf");
      // Dyad's own coded and clustered events reach the answer key's five verdicts (EVALUATION.md).
      AnswerKey key = AnswerKey.read(corpus().getParent().resolve("expected.jsonl"));
      DyadRelation relate = new DyadRelation(ws.relations());
      for (ExpectedVerdict expected : key.verdicts()) {
        Relation relation = relate.relate(DyadQuery.yearly(expected.dyad().get(0), expected.dyad().get(1)), 1);
        assertThat(relation.verdict().word()).as(String.join("–", expected.dyad())).isEqualTo(expected.verdict());
      }
    }
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAWorkspace() throws Exception {
    Path precious = Files.createDirectories(dir.resolve("precious"));
    Files.writeString(precious.resolve("notes.txt"), "mine");
    StringWriter err = new StringWriter();

    int exit = DyadCli.run(new String[] {"--workspace", precious.toString(), "demo", "--no-serve", "--corpus", corpus().toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("is not a Dyad workspace");
    assertThat(precious.resolve("notes.txt")).exists();
  }
}
