package org.dyad.sanctions.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.NameOccurrence;
import org.dyad.sanctions.MemorySanctionsStore;
import org.dyad.sanctions.match.ListFixture;
import org.dyad.sanctions.match.ListMatcher;
import org.junit.jupiter.api.Test;

class XrefListingTest {

  private static final ListMatcher MATCHER = new ListMatcher(ListFixture.entities());
  private static final String FIRST = "a".repeat(64);
  private static final String SECOND = "b".repeat(64);
  private static final XrefListing.DocumentTitles TITLES = Map.of(FIRST, "Suri seen in Tehran")::get;

  /** Yaseen al-Suri twice (two documents), Hizballah once; the run lists dismissed matches too, as the server keeps it. */
  private static CrossReference.Report run() throws IOException {
    MemorySanctionsStore store = new MemorySanctionsStore()
        .occurrence(new NameOccurrence(FIRST, 0, 0, 14, "Yaseen al-Suri", "unresolved", "PERSON"), "Yaseen al-Suri moved money.")
        .occurrence(new NameOccurrence(FIRST, 2, 0, 9, "Hizballah", "resolved", "ORGANIZATION"), "Hizballah denied it.")
        .occurrence(new NameOccurrence(SECOND, 1, 5, 19, "YASEEN AL-SURI", "unresolved", "PERSON"), "Then YASEEN AL-SURI left.");
    return new CrossReference(MATCHER, 0.87, true, 1).run(store);
  }

  @Test
  void listsEveryMatchWithItsDocumentTitle() throws IOException {
    XrefListing listing = XrefListing.of(run(), TITLES);

    assertThat(listing.total()).isEqualTo(3);
    assertThat(listing.matches()).extracting(XrefListing.Row::mention)
        .containsExactly("Yaseen al-Suri", "Hizballah", "YASEEN AL-SURI");
    XrefListing.Row first = listing.matches().getFirst();
    assertThat(first.title()).isEqualTo("Suri seen in Tehran");
    assertThat(first.sentence_text()).isEqualTo("Yaseen al-Suri moved money.");
    assertThat(first.entity()).isEqualTo(12841);
    assertThat(listing.matches().getLast().title()).as("a document the catalogue lacks").isNull();
  }

  @Test
  void appliesTheLatestJudgementsToEveryOccurrenceOfTheName() throws IOException {
    List<JudgedName> judged = List.of(new JudgedName(12841, "yaseen   al-suri", Judgement.NOT_A_MATCH),
        new JudgedName(4697, "Hizballah", Judgement.UNSURE));

    XrefListing open = XrefListing.select(run(), judged, JudgementFilter.OPEN, 0.87, 0, 10, TITLES);
    assertThat(open.matches()).extracting(XrefListing.Row::mention, XrefListing.Row::judgement)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Hizballah", "unsure"));
    assertThat(open.dismissed()).isEqualTo(2);
    assertThat(XrefListing.select(run(), judged, JudgementFilter.NOT_A_MATCH, 0.87, 0, 10, TITLES).total()).isEqualTo(2);
    assertThat(XrefListing.select(run(), judged, JudgementFilter.NONE, 0.87, 0, 10, TITLES).total()).isZero();
    assertThat(XrefListing.select(run(), List.of(), JudgementFilter.NONE, 0.87, 0, 10, TITLES).total()).isEqualTo(3);
  }

  @Test
  void pagesTheSelection() throws IOException {
    XrefListing page = XrefListing.select(run(), List.of(), JudgementFilter.ALL, 0.87, 1, 1, TITLES);
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.matches()).extracting(XrefListing.Row::mention).containsExactly("Hizballah");
    assertThat(XrefListing.select(run(), List.of(), JudgementFilter.ALL, 0.87, 5, 10, TITLES).matches()).isEmpty();
    assertThatThrownBy(() -> XrefListing.select(run(), List.of(), JudgementFilter.ALL, 0.87, -1, 10, TITLES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
