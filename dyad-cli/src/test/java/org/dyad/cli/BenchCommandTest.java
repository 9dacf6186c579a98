package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.dyad.bench.baseline.BaselineResult;
import org.dyad.bench.harness.CodingBenchmark;
import org.dyad.bench.harness.CodingComparison;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;

/** {@code dyad bench}'s arguments and the coding comparison's output, without running a benchmark. */
class BenchCommandTest {

  record Run(int exit, String out, String err) {}

  static Run dyad(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = DyadCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** 400 sentences in 4 s against 100 (of Dyad's count) in 10 s: Dyad 100/s, the baseline 10/s. */
  static CodingComparison.Result comparison(CodingBenchmark.Result everySentence) {
    CodingBenchmark.Result dyad = new CodingBenchmark.Result(2, 120, 400, 300, 57, 4.0, 700_000_000L, false);
    BaselineResult baseline = new BaselineResult("tokenize,ssplit,pos,lemma,ner,parse", 2, 30, 96, 100, 10.0, 41.5, true);
    return new CodingComparison.Result(dyad, everySentence, baseline);
  }

  @Test
  void saysWhatToRunWhenGivenNothing() {
    Run run = dyad("bench");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip()).contains("--coding").contains("--quick").doesNotContain("\n");
  }

  @Test
  void jsonGoesWithTheCodingComparisonAlone() {
    Run alone = dyad("bench", "--json");
    Run withAnother = dyad("bench", "--quick", "--json", "--annotate");

    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.err()).contains("--json goes with --coding or --quick alone");
    assertThat(withAnother.exit()).isEqualTo(2);
    assertThat(withAnother.out()).isEmpty();
  }

  @Test
  void refusesThreadCountsOutOfRangeBeforeLoadingAnything() {
    Run run = dyad("bench", "--quick", "--threads", "0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be between 1 and 256, got 0");
  }

  @Test
  void helpNamesTheCodingOptions() {
    Run run = dyad("help", "bench");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--coding").contains("--quick").contains("--json");
  }

  @Test
  void jsonIsOneObjectWithExactlyTheDocumentedKeys() throws Exception {
    StringWriter out = new StringWriter();

    CodingBenchRun.printJson(comparison(null), new PrintWriter(out, true));

    assertThat(out.toString().lines()).hasSize(1);
    JsonNode json = DyadJson.mapper().readTree(out.toString());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly(
        "pipeline_sentences_per_s", "baseline_sentences_per_s", "ratio", "sentences", "prefilter_skipped");
    assertThat(json.get("pipeline_sentences_per_s").asDouble()).isEqualTo(100.0);
    assertThat(json.get("baseline_sentences_per_s").asDouble()).isEqualTo(10.0);
    assertThat(json.get("ratio").asDouble()).isEqualTo(10.0);
    assertThat(json.get("sentences").asLong()).isEqualTo(400);
    assertThat(json.get("prefilter_skipped").asDouble()).isEqualTo(0.25);
  }

  @Test
  void summaryRoundsRatesToATenthAndSharesToAThousandth() {
    CodingBenchmark.Result dyad = new CodingBenchmark.Result(2, 3, 7, 4, 0, 3.0, 0, false);
    BaselineResult baseline = new BaselineResult("x", 2, 3, 7, 7, 9.0, 1.0, false);

    CodingComparison.Summary summary = new CodingComparison.Result(dyad, null, baseline).summary();

    assertThat(summary.pipeline_sentences_per_s()).isEqualTo(2.3);
    assertThat(summary.baseline_sentences_per_s()).isEqualTo(0.8);
    assertThat(summary.ratio()).isEqualTo(3.0);
    assertThat(summary.prefilter_skipped()).isEqualTo(0.429);
  }

  @Test
  void reportNamesBothSystemsTheRatiosAndCutPasses() {
    StringWriter out = new StringWriter();
    CodingBenchmark.Result everySentence = new CodingBenchmark.Result(2, 120, 400, 400, 60, 5.0, 800_000_000L, false);

    CodingBenchRun.printReport(comparison(everySentence), new PrintWriter(out, true));

    assertThat(out.toString())
        .contains("pre-filter on:", "100.0 sentences/s", "300 parsed and coded (25% skipped)", "peak heap 700 MB")
        .contains("pre-filter off:", "80.0 sentences/s")
        .contains("CoreNLP 4.5.10 baseline", "10.0 sentences/s (9.6 by its own count)", "cut by its time budget")
        .contains("Dyad/baseline: 10.00× with the pre-filter, 8.00× without");
  }

  @Test
  void relateBenchmarkGeneratesOnceThenTimesAgainstTheBaselines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String workspace = dir.resolve("relate-bench").toString();
    java.io.StringWriter out = new java.io.StringWriter();
    int exit = DyadCli.run(new String[] {"--workspace", workspace, "bench", "--relate", "2000"},
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true));
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("generated 2,000 events").contains("relate AAA AAB --by year")
        .contains("network --from 2006-01-01 --to 2006-12-31 --min-events 10").contains("ratios against the baselines");
    java.io.StringWriter again = new java.io.StringWriter();
    DyadCli.run(new String[] {"--workspace", workspace, "bench", "--relate", "2000"}, new java.io.PrintWriter(again, true),
        new java.io.PrintWriter(new java.io.StringWriter(), true));
    assertThat(again.toString()).contains("timing the existing workspace");
  }
}
