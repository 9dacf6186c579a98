package org.dyad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ClusterCandidate;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.nlp.eval.ExpectedEvent;
import org.dyad.store.Workspace;

/**
 * The answer key's gold events as Dyad events: to score the clustering algorithm alone, and to
 * run the relate pipeline on exactly the events the key's verdicts were computed from. A key
 * document becomes a document whose id is the sha256 of its file path and whose outlet is the
 * path's top folder; its n-th event gets sentence index n, so every event has its own id.
 */
final class AnswerKeyEvents {

  private final List<Event> events = new ArrayList<>();
  private final Map<String, String> goldCluster = new LinkedHashMap<>();
  private final Map<String, String> outletOf = new LinkedHashMap<>();
  private final Map<String, Document> documents = new LinkedHashMap<>();

  /** @throws IllegalArgumentException naming the line of an event without a code or cluster */
  AnswerKeyEvents(AnswerKey key) {
    Map<String, Integer> perDocument = new LinkedHashMap<>();
    for (ExpectedEvent expected : key.events()) {
      if (expected.code() == null || expected.cluster() == null) {
        throw new IllegalArgumentException("answer key line " + expected.line() + " (" + expected.file()
            + "): an event needs a code and a cluster to be clustered");
      }
      String doc = sha256(expected.file());
      String outlet = expected.file().contains("/") ? expected.file().substring(0, expected.file().indexOf('/')) : "";
      documents.computeIfAbsent(doc, id -> document(id, expected.file(), outlet));
      int index = perDocument.merge(doc, 1, Integer::sum) - 1;
      Event event = event(doc, index, expected);
      events.add(event);
      goldCluster.put(event.id(), expected.cluster());
      outletOf.put(event.id(), outlet);
    }
  }

  List<Event> events() {
    return events;
  }

  /** The key's cluster of each event, by event id. */
  Map<String, String> goldClusters() {
    return goldCluster;
  }

  /** The events as the cluster stage sees them (no verb or target words: the key has none). */
  List<ClusterCandidate> candidates() {
    List<ClusterCandidate> candidates = new ArrayList<>();
    for (Event event : events) {
      candidates.add(new ClusterCandidate(event.id(), event.doc(), outletOf.get(event.id()), event.date(),
          event.source().code(), event.target().code(), event.code(), "", ""));
    }
    return candidates;
  }

  /** Stores the key's documents and events in {@code workspace} (documents already there are kept). */
  void store(Workspace workspace) throws IOException {
    List<DocumentText> texts = documents.values().stream().map(document -> new DocumentText(document, "")).toList();
    workspace.catalogue().add(texts);
    Map<String, List<Event>> byDoc = new LinkedHashMap<>();
    documents.keySet().forEach(doc -> byDoc.put(doc, new ArrayList<>()));
    events.forEach(event -> byDoc.get(event.doc()).add(event));
    workspace.events().replaceEvents(byDoc, "answer key");
  }

  private static Document document(String id, String file, String outlet) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return new Document(id, file, name, outlet, name, null, null, Document.DateSource.NONE, "en", "text/plain", 0, null);
  }

  private static Event event(String doc, int index, ExpectedEvent expected) {
    EventActor source = new EventActor(expected.source(), expected.source(), "", 0, 0, null);
    EventActor target = new EventActor(expected.target(), expected.target(), "", 0, 0, null);
    TextSpan verb = new TextSpan("", 0, 0);
    CameoCode cameo = CameoOntology.cameo().find(expected.code()).orElse(null);
    return new Event(Event.idOf(doc, index, source, verb, target, expected.code()), doc, expected.date(), null, source,
        target, expected.code(), cameo == null ? null : cameo.goldstein(), cameo == null ? null : cameo.quad(),
        new Event.EventSentence(index, 0, expected.sentence().length(), expected.sentence()), verb,
        "answer key line " + expected.line(), 1.0);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
