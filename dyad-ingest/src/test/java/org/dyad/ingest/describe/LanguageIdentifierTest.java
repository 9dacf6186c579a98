package org.dyad.ingest.describe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private final LanguageIdentifier languages = new LanguageIdentifier();

  @Test
  void identifiesEnglishArabicAndPersian() {
    assertThat(languages.identify("TEHRAN, Oct. 14, 2001 — Iran offered search and rescue help to the United States."))
        .isEqualTo("en");
    assertThat(languages.identify("أعلنت الحكومة الإيرانية اليوم أنها اعتقلت عددا من أعضاء تنظيم القاعدة على حدودها الشرقية"))
        .isEqualTo("ar");
    assertThat(languages.identify("دولت ایران امروز اعلام کرد که تعدادی از اعضای القاعده را در مرز شرقی بازداشت کرده است و آنها را به کشورهایشان بازمی‌گرداند"))
        .isEqualTo("fa");
  }

  @Test
  void tooLittleTextHasNoLanguage() {
    assertThat(languages.identify("2001 — 14")).isNull();
  }

  @Test
  void theEnglishShortcutTakesEnglishProseOnly() {
    String english = "The minister said on Monday that the talks with the delegation from Kabul had been useful, "
        + "and that he expected an agreement on the border crossings to be signed by the end of the month. "
        + "Officials in Islamabad were not available for comment.";
    String french = "Le ministre a déclaré lundi que les discussions avec la délégation de Kaboul avaient été utiles, "
        + "et qu'il s'attendait à ce qu'un accord sur les points de passage soit signé avant la fin du mois. "
        + "Les responsables à Islamabad n'étaient pas disponibles pour commenter.";
    assertThat(LanguageIdentifier.isPlainlyEnglish(english)).isTrue();
    assertThat(LanguageIdentifier.isPlainlyEnglish(french)).isFalse();
    assertThat(languages.identify(french)).isEqualTo("fr");
  }
}
