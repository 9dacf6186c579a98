package org.dyad.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.core.nlp.EntityMention;
import org.dyad.core.nlp.NamedEntity;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsList;
import org.dyad.sanctions.ListImport;
import org.dyad.sanctions.eval.EvalQuery;
import org.dyad.sanctions.eval.MatcherEvaluation;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.read.ListFiles;
import org.dyad.sanctions.xref.CrossReference;
import org.dyad.store.Workspace;

/**
 * The sanctions matcher's speed: one name against a whole list, with blocking and, in the same run,
 * scoring every name (the baseline); and {@code dyad sanctions xref} over a workspace holding
 * 100,000 person names. Queries are the evaluation's (perturbed listed names, real variants and
 * names not on the list, drawn from a list with aliases), so they are as hard as the evaluation's.
 */
public final class SanctionsBenchmark {

  /** Latencies in milliseconds; the baseline is measured on every {@code baselineEvery}-th query. */
  public record Matching(int entities, int names, double buildSeconds, int queries, double medianMs, double p95Ms,
      double meanMs, int baselineQueries, double baselineMedianMs) {
    public double ratio() {
      return baselineMedianMs / medianMs;
    }
  }

  /** One xref run over a workspace of synthetic names. */
  public record Xref(int mentions, int documents, double storeSeconds, double seconds, int spellings, int matches,
      int threads) {}

  private static final int WARMUP = 300;
  private static final int BASELINE_EVERY = 10;

  private SanctionsBenchmark() {}

  /** Times {@code queries} lookups against {@code list} (after a warm-up), the baseline on every tenth. */
  public static Matching matching(Path list, Path querySource, int queries, long seed) throws IOException {
    List<SanctionsEntity> entities = ListFiles.read(list).entities();
    long start = System.nanoTime();
    ListMatcher matcher = new ListMatcher(entities);
    double build = (System.nanoTime() - start) / 1e9;
    List<String> names = queryNames(querySource, seed);
    for (int i = 0; i < WARMUP; i++) {
      matcher.match(NameQuery.of(names.get(i % names.size())), 10, 0.5);
    }
    double[] millis = new double[queries];
    List<Double> baseline = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      NameQuery query = NameQuery.of(names.get(i % names.size()));
      long t = System.nanoTime();
      matcher.match(query, 10, 0.5);
      millis[i] = (System.nanoTime() - t) / 1e6;
      if (i % BASELINE_EVERY == 0) {
        t = System.nanoTime();
        matcher.matchAll(query, 10, 0.5);
        baseline.add((System.nanoTime() - t) / 1e6);
      }
    }
    Arrays.sort(millis);
    double[] all = baseline.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Matching(entities.size(), matcher.names(), build, queries, SearchBenchmark.percentile(millis, 0.5),
        SearchBenchmark.percentile(millis, 0.95), Arrays.stream(millis).average().orElse(0), all.length,
        SearchBenchmark.percentile(all, 0.5));
  }

  /**
   * Stores {@code mentions} person names in a fresh workspace at {@code workspace} (as {@code dyad
   * actors --discover} would, 100 per document), imports {@code list}, and times one xref run.
   */
  public static Xref xref(Path list, Path querySource, Path workspace, int mentions, int threads, long seed)
      throws IOException {
    SanctionsList imported = ListFiles.read(list);
    List<String> names = queryNames(querySource, seed);
    Random random = new Random(seed);
    int perDocument = 100;
    int documents = (mentions + perDocument - 1) / perDocument;
    long start = System.nanoTime();
    try (Workspace ws = Workspace.open(workspace, "dyad bench --sanctions")) {
      List<DocumentText> texts = new ArrayList<>();
      Map<String, List<EntityMention>> found = new HashMap<>();
      for (int d = 0; d < documents; d++) {
        String id = String.format("%064x", d + 1);
        texts.add(new DocumentText(new Document(id, "/bench/" + d + ".txt", d + ".txt", "bench", "Bench " + d, null, null,
            Document.DateSource.NONE, "en", "text/plain", 1, null), "synthetic"));
        List<EntityMention> inDocument = new ArrayList<>();
        for (int m = 0; m < perDocument && d * perDocument + m < mentions; m++) {
          String name = names.get(random.nextInt(names.size()));
          inDocument.add(new EntityMention(id, m, new NamedEntity(0, name.length(), name, "PERSON")));
        }
        found.put(id, inDocument);
      }
      ws.database().add(texts);
      ws.annotations().replaceEntities(found);
      ListImport.run(imported, ws.sanctions());
      double stored = (System.nanoTime() - start) / 1e9;
      long t = System.nanoTime();
      CrossReference.Report report = new CrossReference(new ListMatcher(ws.sanctions().entities()),
          MatcherEvaluation.THRESHOLD, false, threads).run(ws.sanctions());
      double seconds = (System.nanoTime() - t) / 1e9;
      return new Xref((int) report.occurrences(), documents, stored, seconds, report.spellings(), report.matches().size(),
          threads);
    }
  }

  /** The evaluation's query spellings, shuffled with {@code seed}. */
  private static List<String> queryNames(Path querySource, long seed) throws IOException {
    List<SanctionsEntity> source = ListFiles.read(querySource).entities();
    List<String> names = new ArrayList<>(MatcherEvaluation.queries(source, 2500, 10_000, seed).stream()
        .map(EvalQuery::text).toList());
    java.util.Collections.shuffle(names, new Random(seed));
    return names;
  }
}
