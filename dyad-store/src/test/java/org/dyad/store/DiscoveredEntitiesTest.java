package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.DuckDbDocumentStoreTest.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.model.DocumentText;
import org.dyad.core.nlp.DocumentAnnotations;
import org.dyad.core.nlp.EntityMention;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.NamedEntity;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.UnresolvedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entities table through {@link DuckDbAnnotationStore#replaceEntities} and {@link DuckDbAnnotationStore#unresolvedNames}. */
class DiscoveredEntitiesTest {

  /** An emoji before the names, so a code-point offset in SQL would cut the example wrongly. */
  private static final String TEXT = "😀 Abu Musa met Iran.\nThe Zarqawi Brigade spoke.\nABU\nMUSA left.";
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @TempDir Path dir;

  private static List<Sentence> sentences(String doc) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (String line : List.of("😀 Abu Musa met Iran.", "The Zarqawi Brigade spoke.", "ABU\nMUSA left.")) {
      start = TEXT.indexOf(line, start);
      sentences.add(new Sentence(doc, sentences.size(), start, start + line.length(), line));
      start += line.length();
    }
    return sentences;
  }

  private static EntityMention found(String doc, int sentence, String name, String type) {
    int start = TEXT.indexOf(name);
    return new EntityMention(doc, sentence, new NamedEntity(start, start + name.length(), name, type));
  }

  private static Mention iran(String doc) {
    int start = TEXT.indexOf("Iran");
    return new Mention(doc, 0, start, start + 4, "Iran", "IRN", "Iran", null, "phrase");
  }

  private static DuckDbAnnotationStore annotatedStore(DuckDbDocumentStore catalogue) throws Exception {
    catalogue.add(List.of(new DocumentText(document("a", "wire", null), TEXT), new DocumentText(document("b", "wire", null), TEXT)));
    DuckDbAnnotationStore store = new DuckDbAnnotationStore(catalogue.newConnection());
    store.save(List.of(
        new DocumentAnnotations(A, "test-parser 1", sentences(A), Map.of(), List.of(iran(A))),
        new DocumentAnnotations(B, "test-parser 1", sentences(B), Map.of(), List.of(iran(B)))));
    return store;
  }

  @Test
  void groupsNamesCaseAndSpaceInsensitivelyAndSkipsThoseAMentionCovers() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = annotatedStore(catalogue)) {
      store.replaceEntities(Map.of(
          A, List.of(found(A, 0, "Abu Musa", "PERSON"), found(A, 0, "Iran", "LOCATION"),
              found(A, 1, "Zarqawi Brigade", "ORGANIZATION"), found(A, 2, "ABU\nMUSA", "PERSON")),
          B, List.of(found(B, 0, "Abu Musa", "PERSON"), found(B, 1, "Zarqawi Brigade", "ORGANIZATION"),
              found(B, 1, "Zarqawi", "PERSON"))));

      assertThat(store.unresolvedNames(10)).containsExactly(
          new UnresolvedName("Abu Musa", "PERSON", 3, 2, A, "😀 Abu Musa met Iran."),
          new UnresolvedName("Zarqawi Brigade", "ORGANIZATION", 2, 2, A, "The Zarqawi Brigade spoke."),
          new UnresolvedName("Zarqawi", "PERSON", 1, 1, B, "The Zarqawi Brigade spoke."));
      assertThat(store.unresolvedNames(1)).extracting(UnresolvedName::name).containsExactly("Abu Musa");
    }
  }

  @Test
  void replacingADocumentsNamesLeavesTheOthersAndNeverDuplicates() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = annotatedStore(catalogue)) {
      Map<String, List<EntityMention>> both = Map.of(
          A, List.of(found(A, 1, "Zarqawi Brigade", "ORGANIZATION")), B, List.of(found(B, 1, "Zarqawi Brigade", "ORGANIZATION")));
      store.replaceEntities(both);
      store.replaceEntities(both);
      assertThat(store.unresolvedNames(10)).extracting(UnresolvedName::mentions).containsExactly(2L);

      store.replaceEntities(Map.of(A, List.of()));

      assertThat(store.unresolvedNames(10))
          .containsExactly(new UnresolvedName("Zarqawi Brigade", "ORGANIZATION", 1, 1, B, "The Zarqawi Brigade spoke."));
    }
  }

  @Test
  void aNameDropsOffTheListOnceAMentionResolvesIt() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = annotatedStore(catalogue)) {
      store.replaceEntities(Map.of(A, List.of(found(A, 1, "Zarqawi Brigade", "ORGANIZATION"))));
      int start = TEXT.indexOf("Zarqawi");

      store.replaceMentions(Map.of(A, List.of(iran(A),
          new Mention(A, 1, start, start + 7, "Zarqawi", "IMGMUSALQ", "al-Qaida", null, "alias"))));

      assertThat(store.unresolvedNames(10)).isEmpty();
    }
  }

  @Test
  void rejectsAMisfiledNameAndABadLimitWithoutWriting() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = annotatedStore(catalogue)) {
      store.replaceEntities(Map.of(A, List.of(found(A, 1, "Zarqawi Brigade", "ORGANIZATION"))));

      assertThatThrownBy(() -> store.replaceEntities(Map.of(A, List.of(), B, List.of(found(A, 0, "Abu Musa", "PERSON")))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed under " + B);
      assertThatThrownBy(() -> store.unresolvedNames(0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be >= 1, got 0");

      assertThat(store.unresolvedNames(10)).extracting(UnresolvedName::name).containsExactly("Zarqawi Brigade");
      store.replaceEntities(Map.of(B, List.of(found(B, 0, "Abu Musa", "PERSON"))));
      assertThat(store.unresolvedNames(10)).as("nothing staged by the failed call leaks into the next")
          .extracting(UnresolvedName::name).containsExactly("Abu Musa", "Zarqawi Brigade");
    }
  }

  @Test
  void nothingFoundIsAnEmptyList() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore store = annotatedStore(catalogue)) {
      store.replaceEntities(Map.of());
      assertThat(store.unresolvedNames(10)).isEmpty();
    }
  }
}
