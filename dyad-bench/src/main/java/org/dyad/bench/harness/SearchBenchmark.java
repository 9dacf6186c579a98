package org.dyad.bench.harness;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.store.TextIndex;

/**
 * Search latency over a workspace's index: a fixed rotation of query shapes an analyst uses
 * (terms, transliteration variants, phrases, boolean, wildcard, fuzzy, date and outlet filters),
 * each returning ten hits with highlighted snippets. Reports the median, 95th and 99th
 * percentiles after a warm-up.
 */
public final class SearchBenchmark {

  static final List<SearchRequest> QUERIES = List.of(
      new SearchRequest("Iran", null, null, null, 10),
      new SearchRequest("al-Qa'ida", null, null, null, 10),
      new SearchRequest("\"offered aid\"", null, null, null, 10),
      new SearchRequest("Hezbollah AND Syria", null, null, null, 10),
      new SearchRequest("sanction*", null, null, null, 10),
      new SearchRequest("Tehrn~1", null, null, null, 10),
      new SearchRequest("Pakistan NOT Afghanistan", null, null, null, 10),
      new SearchRequest("Taliban", LocalDate.of(2005, 1, 1), LocalDate.of(2006, 12, 31), null, 10),
      new SearchRequest("\"Revolutionary Guards\" AND Iraq", null, null, "outlet-3", 10),
      new SearchRequest("Report 4711", null, null, null, 10));

  /** Latency figures in milliseconds. */
  public record Latency(int queries, double medianMs, double p95Ms, double p99Ms, double meanMs) {}

  private SearchBenchmark() {}

  public static Latency run(TextIndex index, int queries, int warmup) throws IOException {
    for (int i = 0; i < warmup; i++) {
      index.search(QUERIES.get(i % QUERIES.size()));
    }
    double[] millis = new double[queries];
    for (int i = 0; i < queries; i++) {
      long start = System.nanoTime();
      index.search(QUERIES.get(i % QUERIES.size()));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    double mean = Arrays.stream(millis).average().orElse(0);
    return new Latency(queries, percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99), mean);
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** Per-query-shape medians, to find which shape is slow. */
  public static List<String> perQuery(TextIndex index, int rounds) throws IOException {
    List<String> lines = new ArrayList<>();
    for (SearchRequest query : QUERIES) {
      double[] millis = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long start = System.nanoTime();
        index.search(query);
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(millis);
      lines.add(String.format("%-45s median %.2f ms, p95 %.2f ms", query.query()
          + (query.from() != null ? " [dates]" : "") + (query.outlet() != null ? " [outlet]" : ""),
          percentile(millis, 0.5), percentile(millis, 0.95)));
    }
    return lines;
  }
}
