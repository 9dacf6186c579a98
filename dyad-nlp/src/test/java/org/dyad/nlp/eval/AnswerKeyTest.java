package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {

  static final String KEY = """
      {"type": "document", "file": "a/1.txt", "date": "2001-01-02", "events": [{"source": "IRNGOV", "target": "IMGMUSALQ", "root": "17", "code": "173", "date": "2001-01-01", "cluster": "c1", "sentence": "Iranian border guards arrested al-Qaeda fighters."}]}
      {"type": "document", "file": "a/2.txt", "date": "2002-01-02", "events": [{"source": "USA", "target": "PAK", "date": "2002-01-01", "sentence": "Washington praised Pakistan."}, {"source": "USA", "date": "2002-01-01", "sentence": "No target."}]}

      {"type": "document", "file": "a/3.pdf", "date": null, "corrupt": true, "events": []}
      {"type": "document", "file": "a/4.txt", "events": [
      {"type": "verdict", "dyad": ["IRN", "IMGMUSALQ"], "verdict": "closer"}
      """;

  @Test
  void readsTheEventsOfDocumentLines() throws IOException {
    AnswerKey key = AnswerKey.read(new StringReader(KEY), "expected.jsonl");
    assertThat(key.documents()).isEqualTo(3);
    assertThat(key.events()).containsExactly(
        new ExpectedEvent("a/1.txt", 1, "IRNGOV", "IMGMUSALQ", LocalDate.of(2001, 1, 1),
            "Iranian border guards arrested al-Qaeda fighters.", "173", "c1"),
        new ExpectedEvent("a/2.txt", 2, "USA", "PAK", LocalDate.of(2002, 1, 1), "Washington praised Pakistan."));
  }

  @Test
  void warnsAboutBrokenLinesAndIncompleteEvents() throws IOException {
    AnswerKey key = AnswerKey.read(new StringReader(KEY), "expected.jsonl");
    assertThat(key.warnings()).extracting(RecordWarning::record, RecordWarning::id)
        .containsExactly(tuple(2, "a/2.txt"), tuple(5, ""), tuple(6, ""));
    assertThat(key.warnings().get(0).message())
        .isEqualTo("event 2 lacks a source, target, yyyy-mm-dd date or sentence; skipped");
    assertThat(key.warnings().get(1).message()).startsWith("not JSON: ").endsWith("; skipped");
  }

  @Test
  void readsVerdictLines() throws IOException {
    String line = """
        {"type": "verdict", "dyad": ["USA", "PAK"], "by": "year", "verdict": "apart", "clusters": 44, "years": 12, "slope": -0.1583, "p_value": 0.012, "mann_kendall_s": -36}
        {"type": "verdict", "dyad": ["IRN", "YEM"], "by": "year", "verdict": "insufficient_evidence", "clusters": 5, "years": 2}
        """;
    AnswerKey key = AnswerKey.read(new StringReader(line), "expected.jsonl");
    assertThat(key.verdicts()).containsExactly(
        new ExpectedVerdict(java.util.List.of("USA", "PAK"), "year", "apart", 44, 12, -0.1583, 0.012, -36),
        new ExpectedVerdict(java.util.List.of("IRN", "YEM"), "year", "insufficient_evidence", 5, 2, null, null, null));
    assertThat(key.warnings()).isEmpty();
  }

  @Test
  void randomlyDamagedLinesAreWarningsNotCrashes() throws IOException {
    Random random = new Random(279L);
    for (int i = 0; i < 2_000; i++) {
      String jsonl = MutatedJson.mutate(random, KEY, 1 + random.nextInt(8));
      AnswerKey key = AnswerKey.read(new StringReader(jsonl), "expected.jsonl");
      assertThat(key.events()).as(jsonl).hasSizeLessThanOrEqualTo(3); // the key's three event objects
    }
  }

  /** The project's own key; the README gives the totals: 218 documents, 279 events. */
  @Test
  void readsTheSampleCorpusKey() throws IOException {
    Path file = Path.of("../sample-corpus/expected.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(file),
        file.toAbsolutePath().normalize() + " is absent: the test against the sample corpus key is skipped");
    AnswerKey key = AnswerKey.read(file);
    assertThat(key.documents()).isEqualTo(218);
    assertThat(key.events()).hasSize(279);
    assertThat(key.events()).allSatisfy(event -> assertThat(event.cluster()).isNotNull());
    assertThat(key.verdicts()).hasSize(5);
    assertThat(key.warnings()).isEmpty();
  }
}
