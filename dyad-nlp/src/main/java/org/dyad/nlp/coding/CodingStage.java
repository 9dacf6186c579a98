package org.dyad.nlp.coding;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventCoder;
import org.dyad.core.model.Document;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;
import org.dyad.core.store.AnnotationStore;
import org.dyad.core.store.DocumentStore;
import org.dyad.core.store.EventStore;
import org.dyad.nlp.conllu.ConlluReader;

/**
 * The code stage over a workspace: for each annotated document not yet coded by this coder
 * version, read its stored parses and mentions, code every sentence naming two actors and replace
 * the document's events. Nothing is parsed again, except a sentence that became a candidate after
 * the parses were stored (a new alias made it name two actors): that one is parsed now. A
 * document whose stored parse no longer reads is recorded as a failure and stored with no events;
 * the others are kept.
 */
public final class CodingStage {

  private static final int BATCH = 128;

  private final DocumentStore documents;
  private final AnnotationStore annotations;
  private final EventStore events;
  private final EventCoder coder;
  private final String coderVersion;
  private final Supplier<SentenceParser> parsers;
  private SentenceParser parser;

  /**
   * @param coderVersion names the coder and its dictionaries; documents coded by another version
   *     are coded again
   * @param parsers builds a parser for sentences without a stored parse, only when one is needed
   */
  public CodingStage(DocumentStore documents, AnnotationStore annotations, EventStore events, EventCoder coder,
      String coderVersion, Supplier<SentenceParser> parsers) {
    this.documents = Objects.requireNonNull(documents, "documents");
    this.annotations = Objects.requireNonNull(annotations, "annotations");
    this.events = Objects.requireNonNull(events, "events");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.coderVersion = Objects.requireNonNull(coderVersion, "coderVersion");
    this.parsers = Objects.requireNonNull(parsers, "parsers");
  }

  /** What a run coded. */
  public record Report(long documents, long sentences, long events, long parsedNow) {}

  /**
   * Codes every annotated document this coder version has not coded.
   *
   * @param progress called with the number of documents done so far, after each batch
   */
  public Report run(Consumer<Long> progress) throws IOException {
    return run(events.uncoded(coderVersion), progress);
  }

  /** Codes every annotated document again: after the actors' dictionaries or aliases changed. */
  public Report recodeAll(Consumer<Long> progress) throws IOException {
    return run(annotations.annotated(), progress);
  }

  private Report run(List<String> docs, Consumer<Long> progress) throws IOException {
    long done = 0;
    long sentences = 0;
    long coded = 0;
    long parsedNow = 0;
    Map<String, List<Event>> batch = new LinkedHashMap<>();
    for (String doc : docs) {
      Coded result;
      try {
        result = code(doc);
      } catch (RuntimeException e) {
        // a stored parse that no longer reads: record it, store the document with no events
        recordFailure(doc, e);
        result = new Coded(List.of(), 0, 0);
      }
      batch.put(doc, result.events);
      sentences += result.sentences;
      coded += result.events.size();
      parsedNow += result.parsedNow;
      if (batch.size() == BATCH) {
        events.replaceEvents(batch, coderVersion);
        done += batch.size();
        batch.clear();
        progress.accept(done);
      }
    }
    events.replaceEvents(batch, coderVersion);
    done += batch.size();
    progress.accept(done);
    return new Report(done, sentences, coded, parsedNow);
  }

  private record Coded(List<Event> events, int sentences, int parsedNow) {}

  private Coded code(String doc) throws IOException {
    List<Mention> mentions = annotations.mentions(doc);
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    mentions.forEach(mention -> bySentence.computeIfAbsent(mention.sentence(), key -> new ArrayList<>()).add(mention));
    LocalDate date = documents.document(doc).map(Document::date).orElse(null);
    List<Sentence> sentences = null;
    List<Event> found = new ArrayList<>();
    int coded = 0;
    int parsedNow = 0;
    for (int index : EventCandidates.sentences(mentions)) {
      if (sentences == null) {
        sentences = annotations.sentences(doc);
      }
      if (index >= sentences.size()) {
        continue;
      }
      Sentence sentence = sentences.get(index);
      Optional<String> stored = annotations.parse(doc, index);
      ParsedSentence parsed;
      if (stored.isPresent()) {
        parsed = ConlluReader.read(sentence, stored.get());
      } else {
        parsed = parser().parse(sentence);
        parsedNow++;
      }
      found.addAll(coder.code(parsed, bySentence.get(index), mentions, date));
      coded++;
    }
    return new Coded(found, coded, parsedNow);
  }

  private void recordFailure(String doc, RuntimeException cause) throws IOException {
    String path = documents.document(doc).map(Document::path).orElse(doc);
    String reason = "coding failed: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    documents.recordFailure(new IngestFailure(path, IngestFailure.Stage.CODE, reason, Instant.now()));
  }

  private SentenceParser parser() {
    if (parser == null) {
      parser = parsers.get();
    }
    return parser;
  }
}
