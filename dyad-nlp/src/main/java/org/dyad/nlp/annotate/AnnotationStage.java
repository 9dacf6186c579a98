package org.dyad.nlp.annotate;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.core.model.Document;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.DocumentAnnotations;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;
import org.dyad.core.store.AnnotationStore;
import org.dyad.core.store.DocumentStore;
import org.dyad.nlp.coding.EventCandidates;

/**
 * The annotate and resolve stages over a workspace: for each indexed document not yet annotated,
 * split it into sentences, resolve the actors of every sentence (cheap: a dictionary scan), and
 * parse only the sentences that can carry a dyadic event: those naming two different actors,
 * directly or by a resolved reference ({@link EventCandidates}). Results are stored per document in batches; a document that fails is recorded as a failure and stored with
 * no annotations, so a rerun does not retry it forever and every other document is kept.
 *
 * <p>Workers each own one parser (models load once per thread); the caller's thread writes.
 */
public final class AnnotationStage {

  private static final int BATCH = 32;

  private final DocumentStore documents;
  private final AnnotationStore annotations;
  private final ThreadLocal<SentenceParser> parsers;
  private final ActorResolver resolver;
  private final Function<ParsedSentence, String> conllu;
  private final String parserName;
  private final int threads;

  public AnnotationStage(
      DocumentStore documents,
      AnnotationStore annotations,
      Supplier<SentenceParser> parsers,
      ActorResolver resolver,
      Function<ParsedSentence, String> conllu,
      String parserName,
      int threads) {
    this.documents = Objects.requireNonNull(documents, "documents");
    this.annotations = Objects.requireNonNull(annotations, "annotations");
    this.parsers = ThreadLocal.withInitial(Objects.requireNonNull(parsers, "parsers"));
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.conllu = Objects.requireNonNull(conllu, "conllu");
    this.parserName = Objects.requireNonNull(parserName, "parserName");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Annotates every indexed document not yet annotated.
   *
   * @param progress called with the number of documents done so far, after each batch
   */
  public AnnotationReport run(Consumer<Long> progress) throws IOException {
    AtomicLong sentences = new AtomicLong();
    AtomicLong parsed = new AtomicLong();
    AtomicLong mentions = new AtomicLong();
    long done = 0;
    long failed = 0;
    ExecutorService workers = WorkerThreads.daemonPool(threads, "dyad-annotate");
    try {
      List<String> ids;
      while (!(ids = annotations.unannotated(BATCH * threads)).isEmpty()) {
        List<Future<DocumentAnnotations>> futures = new ArrayList<>();
        for (String id : ids) {
          futures.add(workers.submit(() -> annotate(id)));
        }
        List<DocumentAnnotations> batch = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
          DocumentAnnotations result;
          try {
            result = futures.get(i).get();
          } catch (ExecutionException e) {
            recordFailure(ids.get(i), e.getCause());
            result = new DocumentAnnotations(ids.get(i), parserName, List.of(), Map.of(), List.of());
            failed++;
          }
          sentences.addAndGet(result.sentences().size());
          parsed.addAndGet(result.parses().size());
          mentions.addAndGet(result.mentions().size());
          batch.add(result);
        }
        annotations.save(batch);
        done += ids.size();
        progress.accept(done);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("annotation interrupted", e);
    } finally {
      workers.shutdownNow();
    }
    return new AnnotationReport(done - failed, sentences.get(), parsed.get(), mentions.get(), failed);
  }

  private DocumentAnnotations annotate(String id) throws IOException {
    String text = documents.text(id).orElseThrow(() -> new IOException("document " + id + " has no stored text"));
    Document document = documents.document(id).orElseThrow(() -> new IOException("document " + id + " is not in the catalogue"));
    SentenceParser parser = parsers.get();
    List<Sentence> sentences = parser.split(id, text);
    List<Mention> mentions = resolver.resolve(sentences, document.date());
    Map<Integer, String> parses = new HashMap<>();
    for (int index : EventCandidates.sentences(mentions)) {
      parses.put(index, conllu.apply(parser.parse(sentences.get(index))));
    }
    return new DocumentAnnotations(id, parserName, sentences, parses, mentions);
  }

  private void recordFailure(String id, Throwable cause) throws IOException {
    String path = documents.document(id).map(Document::path).orElse(id);
    String reason = "annotation failed: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    documents.recordFailure(new IngestFailure(path, IngestFailure.Stage.ANNOTATE, reason, Instant.now()));
  }
}
