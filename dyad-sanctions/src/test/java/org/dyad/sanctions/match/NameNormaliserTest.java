package org.dyad.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTest {

  @Test
  void articlesTitlesAndConnectorsGo() {
    assertThat(NameNormaliser.parts("AL-SURI, Yasin")).containsExactly("suri", "yasin");
    assertThat(NameNormaliser.parts("AL ZAWAHIRI, Dr. Ayman")).containsExactly("zawahiri", "ayman");
    assertThat(NameNormaliser.parts("Alsuri")).containsExactly("suri");
    assertThat(NameNormaliser.parts("BIN LADIN, Usama bin Muhammad")).containsExactly("ladin", "usama", "muhammad");
    assertThat(NameNormaliser.parts("Osama Binladen")).containsExactly("usama", "ladin");
    assertThat(NameNormaliser.parts("Izz ad-Din")).containsExactly("izz", "din");
    assertThat(NameNormaliser.parts("Nasr Allah")).as("a double l is the name's").containsExactly("nasr", "allah");
  }

  @Test
  void abdAndAbuSplitTheSameWayWhateverTheSpelling() {
    assertThat(NameNormaliser.parts("Abdel Aziz")).containsExactly("abd", "aziz");
    assertThat(NameNormaliser.parts("Abd al-Aziz")).containsExactly("abd", "aziz");
    assertThat(NameNormaliser.parts("Abdelaziz")).containsExactly("abd", "aziz");
    assertThat(NameNormaliser.parts("Abdulaziz")).containsExactly("abd", "aziz");
    assertThat(NameNormaliser.parts("Abubakar")).containsExactly("abu", "bakar");
    assertThat(NameNormaliser.parts("Abu Bakar")).containsExactly("abu", "bakar");
    assertThat(NameNormaliser.parts("Abd Allah")).containsExactly("abdullah");
    assertThat(NameNormaliser.parts("Abdallah")).containsExactly("abdullah");
  }

  @Test
  void spellingFamiliesFoldToTheIndexKeys() {
    assertThat(NameNormaliser.parts("Mohammed Hussein")).containsExactly("muhammad", "husayn");
    assertThat(NameNormaliser.parts("Qa'ida")).containsExactly("qaida");
  }

  @Test
  void otherScriptsAreTransliterated() {
    assertThat(NameNormaliser.parts("Ḥasan Naṣrallāh")).containsExactly("hasan", "nasrallah");
    assertThat(NameNormaliser.parts("Хасан")).containsExactly("hasan");
    assertThat(NameNormaliser.parts("حسن")).isNotEmpty().allMatch(part -> part.matches("[a-z0-9]+"));
  }

  @Test
  void punctuationAloneLeavesNothing() {
    assertThat(NameNormaliser.parts(" - , . ")).isEmpty();
  }
}
