package org.dyad.nlp.annotate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dyad.core.nlp.EntityMention;
import org.dyad.core.nlp.EntityRecognizer;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.NamedEntity;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.store.AnnotationStore;

/**
 * The opt-in discovery stage: runs a named-entity recognizer over the stored sentences of every
 * annotated document and keeps the names that overlap no resolved mention of their sentence, the
 * actors the dictionaries lack. Each document's earlier findings are replaced, in batches, so a
 * rerun after new aliases or documents starts from what the workspace holds now. Nothing is split
 * or parsed again. Cost: one recognizer pass per sentence, linear in the corpus.
 *
 * <p>Workers each own one recognizer (models load once per thread); the caller's thread writes.
 */
public final class EntityDiscovery {

  private static final int BATCH = 32;

  private final AnnotationStore annotations;
  private final ThreadLocal<EntityRecognizer> recognizers;
  private final int threads;

  /**
   * What one run found.
   *
   * @param documents documents searched
   * @param sentences sentences given to the recognizer
   * @param found names the recognizer found
   * @param kept names overlapping no resolved mention, now stored
   */
  public record Report(long documents, long sentences, long found, long kept) {}

  private record Findings(String doc, int sentences, int found, List<EntityMention> kept) {}

  public EntityDiscovery(AnnotationStore annotations, Supplier<EntityRecognizer> recognizers, int threads) {
    this.annotations = Objects.requireNonNull(annotations, "annotations");
    this.recognizers = ThreadLocal.withInitial(Objects.requireNonNull(recognizers, "recognizers"));
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Searches every annotated document.
   *
   * @param progress called with the number of documents done so far, after each batch
   */
  public Report run(Consumer<Long> progress) throws IOException {
    long documents = 0;
    long sentences = 0;
    long found = 0;
    long kept = 0;
    ExecutorService workers = WorkerThreads.daemonPool(threads, "dyad-discover");
    try {
      List<String> all = annotations.annotated();
      for (int from = 0; from < all.size(); from += BATCH * threads) {
        List<Future<Findings>> futures = new ArrayList<>();
        for (String doc : all.subList(from, Math.min(all.size(), from + BATCH * threads))) {
          futures.add(workers.submit(() -> discover(doc)));
        }
        Map<String, List<EntityMention>> batch = new LinkedHashMap<>();
        for (Future<Findings> future : futures) {
          Findings findings = future.get();
          batch.put(findings.doc(), findings.kept());
          sentences += findings.sentences();
          found += findings.found();
          kept += findings.kept().size();
        }
        annotations.replaceEntities(batch);
        documents += batch.size();
        progress.accept(documents);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("entity discovery interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("entity discovery failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
    return new Report(documents, sentences, found, kept);
  }

  private Findings discover(String doc) throws IOException {
    List<Sentence> sentences = annotations.sentences(doc);
    Map<Integer, List<Mention>> mentions = new LinkedHashMap<>();
    for (Mention mention : annotations.mentions(doc)) {
      mentions.computeIfAbsent(mention.sentence(), index -> new ArrayList<>()).add(mention);
    }
    EntityRecognizer recognizer = recognizers.get();
    int found = 0;
    List<EntityMention> kept = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Mention> resolved = mentions.getOrDefault(sentence.index(), List.of());
      for (NamedEntity entity : recognizer.entities(sentence)) {
        found++;
        if (resolved.stream().noneMatch(mention -> mention.start() < entity.end() && entity.start() < mention.end())) {
          kept.add(new EntityMention(doc, sentence.index(), entity));
        }
      }
    }
    return new Findings(doc, sentences.size(), found, kept);
  }
}
