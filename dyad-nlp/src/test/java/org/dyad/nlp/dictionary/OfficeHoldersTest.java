package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficeHoldersTest {

  private static final String IRAN =
      """
      IRN PRESIDENT 19970803-20050803 MOHAMMAD_KHATAMI_
      IRN PRESIDENT 20050803-20130803 MAHMOUD_AHMADINEJAD_
      IRN SUPREME_LEADER >19890604 ALI_KHAMENEI_
      """;

  private static OfficeHolders read(String text) throws Exception {
    ReadResult<OfficeHolders> result = new OfficeReader().read(new StringReader(text), "t");
    assertThat(result.warnings()).isEmpty();
    return result.dictionary();
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  private static Optional<String> holder(
      OfficeHolders holders, String country, String office, LocalDate day) {
    return holders.holder(country, office, day).map(OfficeTerm::holder);
  }

  @Test
  void namesWhoeverHeldTheOfficeThatDay() throws Exception {
    OfficeHolders iran = read(IRAN);
    assertThat(holder(iran, "IRN", "president", day(2001, 6, 1))).contains("mohammad khatami");
    assertThat(holder(iran, "IRN", "president", day(2010, 6, 1)))
        .contains("mahmoud ahmadinejad");
    assertThat(holder(iran, "IRN", "supreme leader", day(2030, 1, 1))).contains("ali khamenei");
  }

  @Test
  void findsTheTermsWhoseHolderBearsASurname() throws Exception {
    OfficeHolders holders =
        read(
            """
            USA PRESIDENT 19930120-20010120 BILL_CLINTON_
            USA PRESIDENT 20010120-20090120 GEORGE_W._BUSH_
            IRN PRESIDENT 19970803-20050803 MOHAMMAD_KHATAMI_
            """);
    assertThat(holders.heldBySurname("President", "Clinton", day(1999, 6, 1)))
        .extracting(term -> term.span().code()).containsExactly("USA");
    // out of office that day, or holding another office, is no match
    assertThat(holders.heldBySurname("president", "Clinton", day(2003, 6, 1))).isEmpty();
    assertThat(holders.heldBySurname("prime minister", "Clinton", day(1999, 6, 1))).isEmpty();
    assertThat(holders.heldBySurname("president", "Khatami", day(1999, 6, 1)))
        .extracting(term -> term.span().code()).containsExactly("IRN");
  }

  @Test
  void onAHandoverDayTheIncomingHolderIsNamed() throws Exception {
    OfficeHolders iran = read(IRAN);
    assertThat(iran.holder("IRN", "president", day(2005, 8, 3)).orElseThrow().lineNumber())
        .isEqualTo(2);
    assertThat(holder(iran, "IRN", "president", day(2005, 8, 2))).contains("mohammad khatami");
    // Given in the other order, the incoming holder still wins.
    OfficeHolders reversed =
        read(
            """
            IRN PRESIDENT 20050803-20130803 MAHMOUD_AHMADINEJAD_
            IRN PRESIDENT 19970803-20050803 MOHAMMAD_KHATAMI_
            """);
    assertThat(holder(reversed, "IRN", "president", day(2005, 8, 3)))
        .contains("mahmoud ahmadinejad");
  }

  @Test
  void ofTwoTermsStartingTheSameDayTheLaterGivenWins() throws Exception {
    OfficeHolders holders =
        read(
            """
            XXX PRESIDENT 20200101-20200105 FIRST_
            XXX PRESIDENT 20200101-20200110 SECOND_
            """);
    assertThat(holder(holders, "XXX", "president", day(2020, 1, 3))).contains("second");
    assertThat(holder(holders, "XXX", "president", day(2020, 1, 8))).contains("second");
  }

  @Test
  void acceptsAnySpellingThatNormalisesAlike() throws Exception {
    OfficeHolders iran = read(IRAN);
    LocalDate day = day(2001, 6, 1);
    assertThat(holder(iran, "irn", "PRESIDENT", day)).contains("mohammad khatami");
    assertThat(holder(iran, "IRN", "Supreme_Leader_", day)).contains("ali khamenei");
  }

  @Test
  void isEmptyOutsideEveryTermAndForUnknownOffices() throws Exception {
    OfficeHolders iran = read(IRAN);
    assertThat(iran.holder("IRN", "president", day(2013, 8, 4))).isEmpty();
    assertThat(iran.holder("IRN", "president", day(1997, 8, 2))).isEmpty();
    assertThat(iran.holder("IRN", "prime minister", day(2001, 6, 1))).isEmpty();
    assertThat(iran.holder("IRQ", "president", day(2001, 6, 1))).isEmpty();
    // Exact offices: "leader" is another agent than "supreme leader".
    assertThat(iran.holder("IRN", "leader", day(2001, 6, 1))).isEmpty();
  }

  @Test
  void listsTheTermsOfAnOfficeByFirstDay() throws Exception {
    OfficeHolders iran =
        read(
            """
            IRN PRESIDENT 20050803-20130803 MAHMOUD_AHMADINEJAD_
            IRN SUPREME_LEADER >19890604 ALI_KHAMENEI_
            IRN PRESIDENT 19970803-20050803 MOHAMMAD_KHATAMI_
            """);
    assertThat(iran.terms("IRN", "president"))
        .extracting(OfficeTerm::holder)
        .containsExactly("mohammad khatami", "mahmoud ahmadinejad");
    assertThat(iran.terms()).extracting(OfficeTerm::lineNumber).containsExactly(1, 2, 3);
    assertThat(iran.size()).isEqualTo(3);
    assertThat(new OfficeHolders(List.of()).terms("IRN", "president")).isEmpty();
  }

  @Test
  void theDefaultsNameIransPresidents() {
    OfficeHolders offices = OfficeHolders.defaults();
    assertThat(holder(offices, "IRN", "president", day(2001, 6, 1)))
        .contains("mohammad khatami");
    assertThat(holder(offices, "IRN", "president", day(2010, 6, 1)))
        .contains("mahmoud ahmadinejad");
    assertThat(holder(offices, "IRN", "president", day(2005, 8, 3)))
        .contains("mahmoud ahmadinejad");
    assertThat(holder(offices, "IRN", "supreme leader", day(2010, 6, 1)))
        .contains("ali khamenei");
    assertThat(OfficeHolders.defaults()).isSameAs(offices);
  }

  @Test
  void theDefaultsNameUnitedStatesPresidents() {
    OfficeHolders offices = OfficeHolders.defaults();
    assertThat(holder(offices, "USA", "president", day(2000, 6, 1))).contains("bill clinton");
    assertThat(holder(offices, "USA", "president", day(2001, 1, 20)))
        .contains("george w. bush");
    assertThat(holder(offices, "USA", "president", day(2011, 5, 2))).contains("barack obama");
    assertThat(holder(offices, "USA", "president", day(2019, 1, 1))).contains("donald trump");
    assertThat(holder(offices, "USA", "president", day(2022, 1, 1))).contains("joe biden");
    assertThat(holder(offices, "USA", "president", day(2025, 6, 1))).contains("donald trump");
  }

  @Test
  void theDefaultsNameBritishPrimeMinisters() {
    OfficeHolders offices = OfficeHolders.defaults();
    assertThat(holder(offices, "GBR", "prime minister", day(2003, 3, 20)))
        .contains("tony blair");
    assertThat(holder(offices, "GBR", "prime minister", day(2009, 1, 1)))
        .contains("gordon brown");
    assertThat(holder(offices, "GBR", "prime minister", day(2016, 7, 13)))
        .contains("theresa may");
    assertThat(holder(offices, "GBR", "prime minister", day(2022, 10, 1))).contains("liz truss");
    assertThat(holder(offices, "GBR", "prime minister", day(2025, 1, 1)))
        .contains("keir starmer");
  }
}
