package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.cluster.EventClusterer;
import org.dyad.analysis.cluster.PairwiseAgreement;
import org.dyad.analysis.cluster.PairwiseAgreement.PairScore;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.analysis.StateAgents;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventQuery;
import org.dyad.core.json.DyadJson;
import org.dyad.core.model.Document;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.nlp.eval.ExpectedEvent;
import org.dyad.store.Workspace;

/**
 * {@code dyad eval --clusters KEY}: pairwise precision and recall of Dyad's event clustering
 * against the answer key's cluster ids, (a) on the key's own events — the algorithm alone — and
 * (b) on the events Dyad coded in a workspace of the sample corpus, each matched to the gold
 * event of the same document, sentence and direction.
 */
final class ClusterEvaluationRun {

  private final EventClusterer clusterer;
  private final int windowDays;

  ClusterEvaluationRun(int windowDays) {
    this.windowDays = windowDays;
    this.clusterer = new EventClusterer(windowDays, EventClusterer.DEFAULT_WORD_OVERLAP);
  }

  /** Scores the algorithm on the key's events. */
  PairScore onGold(AnswerKey key) {
    AnswerKeyEvents gold = new AnswerKeyEvents(key);
    return PairwiseAgreement.score(gold.goldClusters(), clusterer.cluster(gold.candidates()));
  }

  /** Scores the clusters of a workspace's coded events that match a gold event; the matched count is in {@code items}. */
  PairScore onCoded(AnswerKey key, Workspace workspace) throws IOException {
    List<ClusterCandidate> candidates = workspace.clusters().candidates();
    Map<String, String> predicted = clusterer.cluster(candidates);
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> pathOf = new HashMap<>();
    for (Event event : workspace.events().events(EventQuery.all(10_000_000))) {
      if (!predicted.containsKey(event.id())) {
        continue; // judged wrong
      }
      String path = pathOf.computeIfAbsent(event.doc(), doc -> path(workspace, doc));
      for (ExpectedEvent expected : key.events()) {
        if (matches(event, path, expected)) {
          gold.put(event.id(), expected.cluster());
          break;
        }
      }
    }
    return PairwiseAgreement.score(gold, predicted);
  }

  private static String path(Workspace workspace, String doc) {
    try {
      return workspace.catalogue().document(doc).map(Document::path).orElse("");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean matches(Event event, String path, ExpectedEvent expected) {
    if (!path.equals(expected.file()) && !path.endsWith("/" + expected.file())) {
      return false;
    }
    String coded = normalise(event.sentence().text());
    String wanted = normalise(expected.sentence());
    boolean sameSentence = coded.contains(wanted) || wanted.contains(coded);
    return sameSentence && StateAgents.fold(event.source().code()).equals(StateAgents.fold(expected.source()))
        && StateAgents.fold(event.target().code()).equals(StateAgents.fold(expected.target()));
  }

  private static String normalise(String sentence) {
    return sentence.replaceAll("\\s+", " ").strip();
  }

  void print(Path keyFile, PairScore gold, PairScore coded, boolean json, PrintWriter out) {
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("key", keyFile.getFileName().toString());
      result.put("window_days", windowDays);
      result.put("gold_events", summary(gold));
      result.put("coded_events", coded == null ? null : summary(coded));
      out.println(DyadJson.write(result));
      return;
    }
    out.printf("Event clustering against %s (date window %d days), pairwise \"same cluster\" decisions:%n",
        keyFile.getFileName(), windowDays);
    line("gold events (the algorithm alone)", gold, out);
    if (coded != null) {
      line("Dyad's coded events matched to gold", coded, out);
    }
  }

  private static void line(String what, PairScore score, PrintWriter out) {
    out.printf("  %-36s %4d events, %4d gold clusters, %4d predicted: precision %.3f, recall %.3f, F1 %.3f%n", what,
        score.items(), score.goldClusters(), score.predictedClusters(), score.precision(), score.recall(), score.f1());
  }

  private static Map<String, Object> summary(PairScore score) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("events", score.items());
    summary.put("gold_clusters", score.goldClusters());
    summary.put("predicted_clusters", score.predictedClusters());
    summary.put("gold_pairs", score.goldPairs());
    summary.put("predicted_pairs", score.predictedPairs());
    summary.put("agreed_pairs", score.agreedPairs());
    summary.put("precision", score.precision());
    summary.put("recall", score.recall());
    summary.put("f1", score.f1());
    return summary;
  }
}
