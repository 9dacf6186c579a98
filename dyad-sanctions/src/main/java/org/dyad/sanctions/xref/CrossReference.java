package org.dyad.sanctions.xref;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.NameOccurrence;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.core.sanctions.SanctionsCandidate;
import org.dyad.core.sanctions.SanctionsMatcher;
import org.dyad.core.sanctions.SanctionsStore;
import org.dyad.core.sanctions.XrefMatch;

/**
 * Cross-references the workspace's names with the imported list: every resolved person or
 * organisation and every unresolved person or organisation name ({@link
 * SanctionsStore#forEachOccurrence}) is matched, each distinct spelling once, and every occurrence
 * of a spelling that scores at least the threshold against an entity becomes a match naming the
 * entity, the mention, its document and sentence. The analyst's judgements apply on every run: a
 * name judged {@code not-a-match} for an entity is left out unless asked for, and a name judged
 * {@code match} or {@code unsure} is kept even when it scores below the threshold. Time: one match
 * per distinct spelling, spread over {@code threads}.
 */
public final class CrossReference {

  /** Candidates kept per spelling: one name rarely plausibly means more entities than this. */
  static final int CANDIDATES_PER_NAME = 3;

  /** How many candidates are looked through for a judged entity that scores below the threshold. */
  static final int JUDGED_SEARCH = 50;

  /**
   * The result of a run.
   *
   * @param matches best score first, then document order
   * @param occurrences names read from the workspace
   * @param spellings distinct spellings matched
   * @param dismissed matches left out because the analyst judged them not a match
   */
  public record Report(List<XrefMatch> matches, long occurrences, int spellings, int dismissed) {
    public Report {
      matches = List.copyOf(matches);
    }
  }

  private final SanctionsMatcher matcher;
  private final double threshold;
  private final boolean includeDismissed;
  private final int threads;

  /**
   * @param threshold the score a spelling needs to count as a match
   * @param includeDismissed whether matches judged not a match are reported too
   * @param threads matching threads, at least 1
   */
  public CrossReference(SanctionsMatcher matcher, double threshold, boolean includeDismissed, int threads) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be within [0, 1], got " + threshold);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.matcher = matcher;
    this.threshold = threshold;
    this.includeDismissed = includeDismissed;
    this.threads = threads;
  }

  public Report run(SanctionsStore store) throws IOException {
    Map<String, List<NameOccurrence>> bySpelling = new LinkedHashMap<>();
    long[] occurrences = {0};
    store.forEachOccurrence(occurrence -> {
      occurrences[0]++;
      bySpelling.computeIfAbsent(JudgedName.keyOf(occurrence.text()), k -> new ArrayList<>()).add(occurrence);
    });
    Map<String, Map<Long, Judgement>> judged = new HashMap<>();
    for (JudgedName judgement : store.judgements()) {
      judged.computeIfAbsent(judgement.key(), k -> new HashMap<>()).put(judgement.entity(), judgement.judgement());
    }
    Map<String, List<SanctionsCandidate>> candidates = matchAll(bySpelling, judged);
    List<XrefMatch> matches = new ArrayList<>();
    int dismissed = 0;
    Map<String, Map<Integer, String>> sentences = new HashMap<>();
    for (Map.Entry<String, List<SanctionsCandidate>> spelling : candidates.entrySet()) {
      Map<Long, Judgement> verdicts = judged.getOrDefault(spelling.getKey(), Map.of());
      for (SanctionsCandidate candidate : spelling.getValue()) {
        Judgement judgement = verdicts.get(candidate.entity());
        for (NameOccurrence occurrence : bySpelling.get(spelling.getKey())) {
          if (judgement == Judgement.NOT_A_MATCH && !includeDismissed) {
            dismissed++;
            continue;
          }
          matches.add(match(candidate, occurrence, judgement, sentence(store, occurrence, sentences)));
        }
      }
    }
    matches.sort(Comparator.comparingDouble(XrefMatch::score).reversed()
        .thenComparing(XrefMatch::doc).thenComparingInt(XrefMatch::sentence).thenComparingInt(XrefMatch::start)
        .thenComparingLong(XrefMatch::entity));
    return new Report(matches, occurrences[0], bySpelling.size(), dismissed);
  }

  private Map<String, List<SanctionsCandidate>> matchAll(Map<String, List<NameOccurrence>> bySpelling,
      Map<String, Map<Long, Judgement>> judged) throws IOException {
    Map<String, List<SanctionsCandidate>> found = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "dyad-xref");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Map<String, Future<List<SanctionsCandidate>>> pending = new LinkedHashMap<>();
      for (Map.Entry<String, List<NameOccurrence>> spelling : bySpelling.entrySet()) {
        String written = spelling.getValue().getFirst().text();
        Map<Long, Judgement> verdicts = judged.getOrDefault(spelling.getKey(), Map.of());
        pending.put(spelling.getKey(), pool.submit(() -> candidates(written, verdicts)));
      }
      for (Map.Entry<String, Future<List<SanctionsCandidate>>> result : pending.entrySet()) {
        List<SanctionsCandidate> candidates = result.getValue().get();
        if (!candidates.isEmpty()) {
          found.put(result.getKey(), candidates);
        }
      }
      return found;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("cross-referencing was interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("cross-referencing failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Candidates at or over the threshold, and any entity judged a match or unsure for this name. */
  private List<SanctionsCandidate> candidates(String name, Map<Long, Judgement> verdicts) {
    NameQuery query = NameQuery.of(name);
    List<SanctionsCandidate> above = matcher.match(query, CANDIDATES_PER_NAME, threshold);
    boolean keepJudged = verdicts.values().stream().anyMatch(j -> j != Judgement.NOT_A_MATCH);
    if (!keepJudged) {
      return above;
    }
    List<SanctionsCandidate> all = new ArrayList<>(above);
    for (SanctionsCandidate candidate : matcher.match(query, JUDGED_SEARCH, 0)) {
      Judgement judgement = verdicts.get(candidate.entity());
      boolean listed = all.stream().anyMatch(c -> c.entity() == candidate.entity());
      if (!listed && judgement != null && judgement != Judgement.NOT_A_MATCH) {
        all.add(candidate);
      }
    }
    return all;
  }

  /** The occurrence's sentence, its document's sentences read once and kept for the document's other matches. */
  private static String sentence(SanctionsStore store, NameOccurrence occurrence, Map<String, Map<Integer, String>> cache)
      throws IOException {
    Map<Integer, String> document = cache.get(occurrence.doc());
    if (document == null) {
      document = store.sentenceTexts(occurrence.doc());
      cache.put(occurrence.doc(), document);
    }
    return document.getOrDefault(occurrence.sentence(), "");
  }

  private static XrefMatch match(SanctionsCandidate candidate, NameOccurrence occurrence, Judgement judgement, String sentence) {
    return new XrefMatch(candidate.entity(), candidate.name(), candidate.matchedName(), candidate.score(),
        occurrence.text(), occurrence.origin(), occurrence.doc(), occurrence.sentence(), sentence, occurrence.start(),
        occurrence.end(), judgement, candidate.explanation());
  }
}
