package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.nlp.eval.GoldActor;
import org.dyad.nlp.eval.Half;
import org.dyad.nlp.eval.PloverRecord;
import org.dyad.nlp.eval.PloverRecords;
import org.junit.jupiter.api.Test;

class PloverEventSuiteTest {

  private static final LocalDate DAY = LocalDate.of(2000, 1, 1);
  private static final String TEXT = "Japanese and Italian envoys demanded that Chad yield.";

  private static PloverRecords records() {
    GoldActor japan = new GoldActor("Japanese", "JPN", 0, 8);
    GoldActor italy = new GoldActor("Italian", "ITA", 13, 20);
    GoldActor chad = new GoldActor("Chad", "TCD", 42, 46);
    return new PloverRecords(List.of(
        new PloverRecord(1, "R-1", DAY, TEXT, "DEMAND", List.of(japan, italy), List.of(chad)),
        new PloverRecord(2, "R-2", DAY, TEXT, "FIGHT", List.of(japan), List.of(chad)),
        new PloverRecord(3, "R-3", DAY, "Chad protested.", "PROTEST", List.of(new GoldActor("Chad", "TCD", 0, 4)), List.of())),
        List.of());
  }

  @Test
  void eachRecordExpectsItsSourceTimesTargetPairsAtRootsWithTheGoldLabelRenamed() {
    ValidationSuite odd = PloverEventSuite.of(records(), Half.ODD, Path.of("plover.txt"));
    assertThat(odd.records()).hasSize(2);
    assertThat(odd.records().getFirst().expected()).containsExactly(
        new CodedTriple("JPN", "TCD", "REQUEST"), new CodedTriple("ITA", "TCD", "REQUEST"));
    assertThat(odd.records().get(1).expected()).as("a record without a target expects nothing").isEmpty();
    assertThat(odd.records().get(1).noEvents()).isTrue();
    ValidationSuite even = PloverEventSuite.of(records(), Half.EVEN, Path.of("plover.txt"));
    assertThat(even.records()).singleElement().satisfies(r -> assertThat(r.expected()).containsExactly(
        new CodedTriple("JPN", "TCD", "ASSAULT")));
    assertThat(even.name()).isEqualTo("plover (even half)");
  }

  @Test
  void aReciprocalRecordExpectsTheEventFromEachActorToEachOther() {
    GoldActor gondor = new GoldActor("Gondor", "GON", 0, 6);
    GoldActor rohan = new GoldActor("Rohan", "ROH", 11, 16);
    GoldActor arnor = new GoldActor("Arnor", "ARN", 30, 35);
    String text = "Gondor and Rohan agreed with Arnor.";
    PloverRecords records = new PloverRecords(List.of(
        new PloverRecord(1, "R-1", DAY, text, "AGREE", List.of(gondor, rohan), List.of(), true),
        new PloverRecord(2, "R-2", DAY, text, "AGREE", List.of(gondor, rohan), List.of(arnor), true)), List.of());
    ValidationSuite odd = PloverEventSuite.of(records, Half.ODD, Path.of("plover.txt"));
    assertThat(odd.records().getFirst().expected()).containsExactly(
        new CodedTriple("GON", "ROH", "AGREE"), new CodedTriple("ROH", "GON", "AGREE"));
    assertThat(odd.records().getFirst().noEvents()).isFalse();
    ValidationSuite even = PloverEventSuite.of(records, Half.EVEN, Path.of("plover.txt"));
    assertThat(even.records().getFirst().expected()).as("listed targets still decide").containsExactly(
        new CodedTriple("GON", "ARN", "AGREE"), new CodedTriple("ROH", "ARN", "AGREE"));
  }

  @Test
  void aHardNegativeExpectsNothingEvenWhenItNamesItsActors() {
    GoldActor egypt = new GoldActor("Egypt", "EGY", 0, 5);
    GoldActor ghana = new GoldActor("Ghana", "GHA", 10, 15);
    PloverRecords records = new PloverRecords(List.of(
        new PloverRecord(1, "R-1", DAY, "Egypt beat Ghana 1-0.", "NONE", List.of(egypt), List.of(ghana))), List.of());
    ValidationSuite odd = PloverEventSuite.of(records, Half.ODD, Path.of("blind.json"));
    assertThat(odd.records().getFirst().expected()).isEmpty();
    assertThat(odd.records().getFirst().noEvents()).isTrue();
  }

  @Test
  void scoresCategoriesWithoutCuttingThemToTwoLetters() {
    ValidationSuite odd = PloverEventSuite.of(records(), Half.ODD, Path.of("plover.txt"));
    SuiteCoder wrongCategory = record -> record.expected().stream()
        .map(t -> new CodedTriple(t.source(), t.target(), "RETREAT")).toList();
    SuiteScore score = new SuiteScorer(wrongCategory, triple -> triple).score(odd);
    assertThat(score.rootRecall()).as("RETREAT and REQUEST share their first letters but not their meaning").isZero();
    assertThat(score.correct()).isEqualTo(1);
  }
}
