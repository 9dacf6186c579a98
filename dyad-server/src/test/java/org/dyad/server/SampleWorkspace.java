package org.dyad.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.Event;
import org.dyad.core.event.Event.EventSentence;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.dyad.core.model.Document;
import org.dyad.core.model.DocumentText;
import org.dyad.core.nlp.DocumentAnnotations;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.store.Workspace;

/**
 * A workspace built by hand for the server's tests: two documents with their originals, actor
 * mentions and one coded event each, so every answer can be checked by reading this file.
 */
final class SampleWorkspace {

  /** Holds hostile markup: the UI must show it as text. */
  static final String DEPORTATION = "RIYADH, Aug. 12, 2002 — Iran deported sixteen al-Qaeda members to Saudi Arabia."
      + " <img src=x onerror=\"window.hacked=1\"><script>window.hacked=1</script> was in the leaflet.";
  static final String SANCTIONS = "WASHINGTON, July 28, 2011 — The United States imposed sanctions on an al-Qaeda network in Iran.";

  final String deportation;
  final String sanctions;

  private SampleWorkspace(String deportation, String sanctions) {
    this.deportation = deportation;
    this.sanctions = sanctions;
  }

  /** Fills the open workspace (its folder fresh) with the two documents. */
  static SampleWorkspace fill(Workspace workspace) throws IOException {
    String deportation = add(workspace, DEPORTATION, "gulf-wire", "2002-08-12-deportations.txt", "Iran deports al-Qaeda members",
        LocalDate.of(2002, 8, 12));
    String sanctions = add(workspace, SANCTIONS, "capitol-ledger", "2011-07-28-sanctions.txt", "Sanctions on al-Qaeda in Iran",
        LocalDate.of(2011, 7, 28));
    workspace.index().commit();
    workspace.catalogue().markIndexed(List.of(deportation, sanctions));
    annotate(workspace, deportation, DEPORTATION, List.of(
        mention(deportation, DEPORTATION, "Iran", "IRN", "Iran"),
        mention(deportation, DEPORTATION, "al-Qaeda", "IMGMUSALQ", "al-Qaeda")));
    annotate(workspace, sanctions, SANCTIONS, List.of(
        mention(sanctions, SANCTIONS, "The United States", "USA", "United States"),
        mention(sanctions, SANCTIONS, "al-Qaeda", "IMGMUSALQ", "al-Qaeda"),
        mention(sanctions, SANCTIONS, "Iran", "IRN", "Iran")));
    workspace.events().replaceEvents(Map.of(
        deportation, List.of(event(deportation, DEPORTATION, LocalDate.of(2002, 8, 12), "Iran", "IRN", "Iran", "deported",
            "al-Qaeda", "IMGMUSALQ", "al-Qaeda", "174", -5.0, 4)),
        sanctions, List.of(event(sanctions, SANCTIONS, LocalDate.of(2011, 7, 28), "The United States", "USA", "United States",
            "imposed sanctions", "al-Qaeda", "IMGMUSALQ", "al-Qaeda", "163", -8.0, 4))), "test coder");
    return new SampleWorkspace(deportation, sanctions);
  }

  private static String add(Workspace workspace, String text, String outlet, String file, String title, LocalDate date)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String id = workspace.blobs().put(new ByteArrayInputStream(bytes), 1 << 20).sha256();
    Document document = new Document(id, "/corpus/" + outlet + "/" + file, file, outlet, title, null, date,
        Document.DateSource.DATELINE, "en", "text/plain", bytes.length, null);
    workspace.catalogue().add(List.of(new DocumentText(document, text)));
    workspace.index().index(document, text);
    return id;
  }

  private static void annotate(Workspace workspace, String doc, String text, List<Mention> mentions) throws IOException {
    workspace.annotations().save(List.of(new DocumentAnnotations(doc, "test parser",
        List.of(new Sentence(doc, 0, 0, text.length(), text)), Map.of(), mentions)));
  }

  private static Mention mention(String doc, String text, String words, String code, String actor) {
    int start = text.indexOf(words);
    return new Mention(doc, 0, start, start + words.length(), words, code, actor, null, "phrase");
  }

  private static Event event(String doc, String text, LocalDate date, String sourceWords, String sourceCode, String sourceName,
      String verbWords, String targetWords, String targetCode, String targetName, String code, double goldstein, int quad) {
    EventActor source = actor(text, sourceWords, sourceCode, sourceName);
    EventActor target = actor(text, targetWords, targetCode, targetName);
    int verbStart = text.indexOf(verbWords);
    TextSpan verb = new TextSpan(verbWords, verbStart, verbStart + verbWords.length());
    return new Event(Event.idOf(doc, 0, source, verb, target, code), doc, date, date, source, target, code, goldstein, quad,
        new EventSentence(0, 0, text.length(), text), verb, "test rule", 0.9);
  }

  private static EventActor actor(String text, String words, String code, String name) {
    int start = text.indexOf(words);
    return new EventActor(code, name, words, start, start + words.length(), null);
  }

  static Path root(Path dir) {
    return dir.resolve("workspace");
  }
}
