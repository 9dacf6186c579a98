package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorEntryTest {

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  private static ActorEntry entry(List<String> synonyms, CodeSpan... codes) {
    return new ActorEntry("sam gamgee", synonyms, List.of(codes), "", "test.actors", 1);
  }

  // Sam Gamgee from PETR.Validate.actors.txt, with the dates its validation records expect.
  private static final ActorEntry SAM =
      entry(
          List.of(),
          CodeSpan.always("HOB"),
          new CodeSpan("HOBCIV", null, day(2008, 1, 19)),
          new CodeSpan("ORCHOB", day(2010, 1, 9), day(2010, 1, 12)),
          new CodeSpan("HOBMIL", day(2008, 1, 20), day(2012, 11, 9)),
          new CodeSpan("HOBGOV", day(2012, 11, 9), day(2013, 1, 19)),
          new CodeSpan("HOBELI", day(2013, 1, 19), null));

  @Test
  void codesOnListsEveryCodeThatAppliesIncludingUndatedOnes() {
    assertThat(SAM.codesOn(day(2010, 1, 12))).containsExactly("HOB", "ORCHOB", "HOBMIL");
    assertThat(SAM.codesOn(day(2010, 1, 13))).containsExactly("HOB", "HOBMIL");
    assertThat(SAM.codesOn(day(2012, 11, 9))).containsExactly("HOB", "HOBMIL", "HOBGOV");
  }

  @Test
  void codeOnPicksTheFirstDatedMatchAsTheValidationSuiteExpects() {
    assertThat(SAM.codeOn(day(2008, 1, 19))).contains("HOBCIV"); // DATE-02
    assertThat(SAM.codeOn(day(2010, 1, 9))).contains("ORCHOB"); // DATE-09
    assertThat(SAM.codeOn(day(2010, 1, 12))).contains("ORCHOB"); // DATE-11
    assertThat(SAM.codeOn(day(2010, 1, 13))).contains("HOBMIL"); // DATE-12
    assertThat(SAM.codeOn(day(2012, 12, 31))).contains("HOBGOV"); // DATE-13
  }

  @Test
  void codeOnFallsBackToTheUndatedCode() {
    ActorEntry zimbabwe =
        entry(List.of(), new CodeSpan("RHO", null, day(1979, 6, 5)), CodeSpan.always("ZBW"));
    assertThat(zimbabwe.codeOn(day(1978, 12, 23))).contains("RHO");
    assertThat(zimbabwe.codeOn(day(1979, 6, 6))).contains("ZBW");
  }

  @Test
  void aLeaderWithoutADefaultHasNoCodeOutsideTheTerms() {
    ActorEntry leader = entry(List.of(), new CodeSpan("IRNGOV", day(2005, 8, 3), day(2013, 8, 3)));
    assertThat(leader.codesOn(day(2001, 6, 1))).isEmpty();
    assertThat(leader.codeOn(day(2001, 6, 1))).isEmpty();
  }

  @Test
  void repeatedCodesAreListedOnce() {
    ActorEntry gorbachev =
        entry(
            List.of(),
            new CodeSpan("RUSGOV", day(1985, 3, 11), day(1991, 8, 24)),
            new CodeSpan("RUSGOV", day(1988, 10, 1), day(1989, 5, 25)));
    assertThat(gorbachev.codesOn(day(1989, 1, 1))).containsExactly("RUSGOV");
  }

  @Test
  void phrasesAreThePrimaryThenTheSynonymsWithoutRepeats() {
    ActorEntry hezbollah =
        new ActorEntry(
            "hezbollah",
            List.of("hizballah", "hizballah", "hezbollah"),
            List.of(CodeSpan.always("LBNREB")),
            "kkl 21 Mar 13",
            "x",
            592);
    assertThat(hezbollah.phrases()).containsExactly("hezbollah", "hizballah");
    assertThat(hezbollah.synonyms()).hasSize(3);
  }

  @Test
  void isImmutable() {
    List<String> synonyms = new java.util.ArrayList<>(List.of("a"));
    ActorEntry entry = entry(synonyms);
    synonyms.add("b");
    assertThat(entry.synonyms()).containsExactly("a");
    assertThatThrownBy(() -> entry.codes().add(CodeSpan.always("X")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> new ActorEntry("Not Normal", List.of(), List.of(), "", "x", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ActorEntry("ok", List.of("BAD_ONE"), List.of(), "", "x", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ActorEntry("ok", List.of(), List.of(), "", "x", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ActorEntry("ok", List.of(), List.of(), null, "x", 1))
        .isInstanceOf(NullPointerException.class);
  }
}
