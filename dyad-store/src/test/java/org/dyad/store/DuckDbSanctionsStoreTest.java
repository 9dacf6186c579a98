package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.ListChanges;
import org.dyad.core.sanctions.NameOccurrence;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbSanctionsStoreTest {

  private static final String TEXT = "Yasin al-Suri met Hizballah officials. Iran said nothing.";

  @TempDir Path dir;

  static SanctionsEntity khalil() {
    return new SanctionsEntity(12841, "KHALIL, Ezedin Abdel Aziz", EntityKind.PERSON, List.of("SDGT"), "",
        List.of(new SanctionsAlias("AL-SURI, Yasin", "aka", false)), List.of(), List.of("Syria"), List.of("1982"),
        List.of("al-Qamishli, Syria"), List.of(), List.of(new SanctionsLink("linked to", "HIZBALLAH", 4697)), "DOB 1982");
  }

  @Test
  void replacingTheListRecordsAVersionWithItsChangesAndKeepsEveryField() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbSanctionsStore store = new DuckDbSanctionsStore(catalogue.newConnection())) {
      assertThat(store.entities()).isEmpty();
      var first = store.replace("first", List.of(khalil()), new ListChanges(List.of(12841L), List.of(), List.of()));
      var second = store.replace("second", List.of(), new ListChanges(List.of(), List.of(12841L), List.of()));

      assertThat(first.version()).isEqualTo(1);
      assertThat(second.version()).isEqualTo(2);
      assertThat(store.entities()).isEmpty();
      assertThat(store.versions()).extracting(v -> v.source() + " " + v.entities() + " +" + v.added() + " -" + v.removed())
          .containsExactly("first 1 +1 -0", "second 0 +0 -1");
      assertThat(store.changes(1).added()).containsExactly(12841L);
      assertThat(store.changes(2).removed()).containsExactly(12841L);
      assertThat(store.changes(9).added()).isEmpty();

      store.replace("third", List.of(khalil()), new ListChanges(List.of(12841L), List.of(), List.of()));
      assertThat(store.entities()).containsExactly(khalil());
    }
  }

  @Test
  void aJudgementIsKeptPerEntityAndNameAndReplacedByALaterOne() throws Exception {
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbSanctionsStore store = new DuckDbSanctionsStore(catalogue.newConnection())) {
      store.judge(new JudgedName(12841, "Yasin  al-Suri", Judgement.UNSURE));
      store.judge(new JudgedName(12841, "yasin al-suri", Judgement.MATCH));
      store.judge(new JudgedName(6365, "Yasin al-Suri", Judgement.NOT_A_MATCH));
      assertThat(store.judgements()).extracting(j -> j.entity() + " " + j.judgement())
          .containsExactly("6365 NOT_A_MATCH", "12841 MATCH");
    }
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbSanctionsStore store = new DuckDbSanctionsStore(catalogue.newConnection())) {
      assertThat(store.judgements()).as("judgements outlive the connection").hasSize(2);
    }
  }

  @Test
  void occurrencesAreResolvedPeopleAndGroupsAndUnresolvedNamesOverlappingNoMention() throws Exception {
    String doc = "a".repeat(64);
    try (DuckDbDocumentStore catalogue = DuckDbDocumentStore.open(dir.resolve("db.duckdb"));
        DuckDbAnnotationStore annotations = new DuckDbAnnotationStore(catalogue.newConnection());
        DuckDbSanctionsStore store = new DuckDbSanctionsStore(catalogue.newConnection())) {
      catalogue.add(List.of(new DocumentText(document("a", "wire", null), TEXT)));
      Sentence first = new Sentence(doc, 0, 0, 38, TEXT.substring(0, 38));
      Sentence second = new Sentence(doc, 1, 39, TEXT.length(), TEXT.substring(39));
      Mention group = new Mention(doc, 0, 18, 27, "Hizballah", "LBNMILHEZ", "Lebanon", null, "phrase");
      Mention country = new Mention(doc, 1, 39, 43, "Iran", "IRN", "Iran", null, "phrase");
      annotations.save(List.of(new DocumentAnnotations(doc, "test", List.of(first, second), Map.of(), List.of(group, country))));
      annotations.replaceEntities(Map.of(doc, List.of(
          new EntityMention(doc, 0, new NamedEntity(0, 13, "Yasin al-Suri", "PERSON")),
          new EntityMention(doc, 0, new NamedEntity(18, 27, "Hizballah", "ORGANIZATION")),
          new EntityMention(doc, 1, new NamedEntity(39, 43, "Iran", "LOCATION")))));

      List<NameOccurrence> found = new ArrayList<>();
      store.forEachOccurrence(found::add);

      assertThat(found).extracting(o -> o.text() + " " + o.origin() + " " + o.type())
          .containsExactly("Yasin al-Suri unresolved PERSON", "Hizballah resolved ORGANIZATION");
      assertThat(store.sentenceTexts(doc)).containsEntry(1, "Iran said nothing.").hasSize(2);
      assertThat(store.sentenceTexts("b".repeat(64))).isEmpty();
    }
  }
}
