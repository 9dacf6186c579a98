package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.DuckDbDocumentStoreTest.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.model.DocumentText;
import org.dyad.core.nlp.ActorAlias;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.DocumentAnnotations;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbAnnotationStoreTest {

  private static final String TEXT = "Iran warned Syria. Then 😀 Tehran spoke.";

  @TempDir Path dir;

  private static String id(String digit) {
    return digit.repeat(64);
  }

  private static DocumentAnnotations annotations(String doc) {
    Sentence first = new Sentence(doc, 0, 0, 18, TEXT.substring(0, 18));
    Sentence second = new Sentence(doc, 1, 19, TEXT.length(), TEXT.substring(19));
    Mention iran = new Mention(doc, 0, 0, 4, "Iran", "IRN", "Iran", null, "phrase");
    Mention syria = new Mention(doc, 0, 12, 17, "Syria", "SYR", "Syria", null, "phrase");
    Mention tehran = new Mention(doc, 1, 27, 33, "Tehran", "IRN", "Iran", null, "phrase");
    return new DocumentAnnotations(doc, "test-parser 1", List.of(first, second), Map.of(0, "1\tIran\t..."), List.of(iran, syria, tehran));
  }

  @Test
  void storesSentencesParsesAndMentionsPerDocument() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = new DuckDbAnnotationStore(catalogue.newConnection())) {
      catalogue.add(List.of(
          new DocumentText(document("a", "wire", LocalDate.of(2001, 1, 1)), TEXT),
          new DocumentText(document("b", "wire", null), TEXT)));
      catalogue.markIndexed(List.of(id("a"), id("b")));
      assertThat(store.unannotated(10)).containsExactly(id("a"), id("b"));

      store.save(List.of(annotations(id("a"))));
      store.save(List.of(annotations(id("a")))); // saving again replaces, never duplicates

      assertThat(store.unannotated(10)).containsExactly(id("b"));
      assertThat(store.annotated()).containsExactly(id("a"));
      List<Sentence> sentences = store.sentences(id("a"));
      assertThat(sentences).extracting(Sentence::text).containsExactly("Iran warned Syria.", "Then 😀 Tehran spoke.");
      assertThat(store.parse(id("a"), 0)).contains("1\tIran\t...");
      assertThat(store.parse(id("a"), 1)).isEmpty();
      assertThat(store.mentions(id("a"))).extracting(Mention::text).containsExactly("Iran", "Syria", "Tehran");
      assertThat(store.actorCounts(10))
          .containsExactly(new ActorCount("IRN", "Iran", 2, 1, "Iran"), new ActorCount("SYR", "Syria", 1, 1, "Syria"));
    }
  }

  @Test
  void aFailedSaveLeavesNothingBehindForTheNext() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = new DuckDbAnnotationStore(catalogue.newConnection())) {
      catalogue.add(List.of(new DocumentText(document("a", "wire", null), TEXT), new DocumentText(document("b", "wire", null), TEXT)));
      // the same document twice in one batch: its sentences collide on the primary key
      assertThatThrownBy(() -> store.save(List.of(annotations(id("a")), annotations(id("a"))))).isInstanceOf(java.io.IOException.class);

      store.save(List.of(annotations(id("b"))));

      assertThat(store.annotated()).containsExactly(id("b"));
      assertThat(store.sentences(id("a"))).isEmpty();
      assertThat(store.mentions(id("b"))).hasSize(3);
    }
  }

  @Test
  void replacingMentionsLeavesSentencesAlone() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = new DuckDbAnnotationStore(catalogue.newConnection())) {
      catalogue.add(List.of(new DocumentText(document("a", "wire", null), TEXT)));
      store.save(List.of(annotations(id("a"))));
      Mention syrianGovernment = new Mention(id("a"), 0, 12, 17, "Syria", "SYRGOV", "Syria", null, "alias");

      store.replaceMentions(Map.of(id("a"), List.of(syrianGovernment)));

      assertThat(store.mentions(id("a"))).containsExactly(syrianGovernment);
      assertThat(store.sentences(id("a"))).hasSize(2);
    }
  }

  @Test
  void aliasesAreAddedReplacedAndRemoved() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = new DuckDbAnnotationStore(catalogue.newConnection())) {
      store.addAlias(new ActorAlias("Abu Musab", "IMGMUSALQ"));
      store.addAlias(new ActorAlias("Ansar Allah", "IMGLBN"));
      store.addAlias(new ActorAlias(" Ansar Allah ", "YEMREB"));

      assertThat(store.aliases()).containsExactly(new ActorAlias("Abu Musab", "IMGMUSALQ"), new ActorAlias("Ansar Allah", "YEMREB"));
      assertThat(store.removeAlias("Abu Musab")).isTrue();
      assertThat(store.removeAlias("Abu Musab")).isFalse();
      assertThat(store.aliases()).containsExactly(new ActorAlias("Ansar Allah", "YEMREB"));
    }
  }
}
