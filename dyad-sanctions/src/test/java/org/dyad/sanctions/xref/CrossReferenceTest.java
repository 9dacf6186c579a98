package org.dyad.sanctions.xref;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.NameOccurrence;
import org.dyad.core.sanctions.XrefMatch;
import org.dyad.sanctions.MemorySanctionsStore;
import org.dyad.sanctions.match.ListFixture;
import org.dyad.sanctions.match.ListMatcher;
import org.junit.jupiter.api.Test;

class CrossReferenceTest {

  private static final ListMatcher MATCHER = new ListMatcher(ListFixture.entities());
  private static final String DOC = "d".repeat(64);

  private static MemorySanctionsStore workspace() {
    return new MemorySanctionsStore()
        .occurrence(new NameOccurrence(DOC, 0, 0, 14, "Yaseen al-Suri", "unresolved", "PERSON"),
            "Yaseen al-Suri moved money through Iran.")
        .occurrence(new NameOccurrence(DOC, 3, 10, 24, "yaseen  AL-SURI", "unresolved", "PERSON"), "Later, yaseen AL-SURI left.")
        .occurrence(new NameOccurrence(DOC, 4, 0, 9, "Hizballah", "resolved", "ORGANIZATION"), "Hizballah denied it.")
        .occurrence(new NameOccurrence(DOC, 5, 0, 11, "John Smith", "unresolved", "PERSON"), "John Smith spoke.");
  }

  @Test
  void eachOccurrenceOfAMatchingNameIsAMatchWithItsDocumentAndSentence() throws IOException {
    CrossReference.Report report = new CrossReference(MATCHER, 0.87, false, 2).run(workspace());
    assertThat(report.occurrences()).isEqualTo(4);
    assertThat(report.spellings()).as("spellings differing in case and spaces are one").isEqualTo(3);
    assertThat(report.matches()).extracting(m -> m.entity() + " " + m.mention() + " #" + m.sentence())
        .as("all score 1: document order").containsExactly("12841 Yaseen al-Suri #0", "12841 yaseen  AL-SURI #3", "4697 Hizballah #4");
    XrefMatch first = report.matches().getFirst();
    assertThat(first.doc()).isEqualTo(DOC);
    assertThat(first.sentenceText()).isEqualTo("Yaseen al-Suri moved money through Iran.");
    assertThat(first.matchedName()).isEqualTo("AL-SURI, Yaseen");
    assertThat(first.judgement()).isNull();
  }

  @Test
  void judgementsApplyOnTheNextRun() throws IOException {
    MemorySanctionsStore store = workspace();
    store.judge(new JudgedName(12841, "Yaseen al-Suri", Judgement.NOT_A_MATCH));
    store.judge(new JudgedName(4697, "Hizballah", Judgement.MATCH));
    store.judge(new JudgedName(2686, "John Smith", Judgement.UNSURE));

    CrossReference.Report report = new CrossReference(MATCHER, 0.87, false, 1).run(store);
    assertThat(report.dismissed()).isEqualTo(2);
    assertThat(report.matches()).extracting(m -> m.entity() + " " + m.judgement())
        .containsExactly("4697 MATCH");

    CrossReference.Report all = new CrossReference(MATCHER, 0.87, true, 1).run(store);
    assertThat(all.matches()).extracting(XrefMatch::judgement).contains(Judgement.NOT_A_MATCH);
  }

  @Test
  void aNameJudgedAMatchStaysEvenBelowTheThreshold() throws IOException {
    MemorySanctionsStore store = new MemorySanctionsStore()
        .occurrence(new NameOccurrence(DOC, 0, 0, 6, "Khalil", "unresolved", "PERSON"), "Khalil arrived.");
    assertThat(new CrossReference(MATCHER, 0.87, false, 1).run(store).matches()).isEmpty();
    store.judge(new JudgedName(12841, "khalil", Judgement.MATCH));
    assertThat(new CrossReference(MATCHER, 0.87, false, 1).run(store).matches())
        .extracting(m -> m.entity() + " " + m.judgement()).containsExactly("12841 MATCH");
  }
}
