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
}
