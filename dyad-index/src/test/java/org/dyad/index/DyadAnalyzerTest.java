package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DyadAnalyzerTest {

  private static final Analyzer ANALYZER = new DyadAnalyzer();

  @AfterAll
  static void closeAnalyzer() {
    ANALYZER.close();
  }

  static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "al-Qa'ida", "al Qaida", "al-Qaeda", "Al Qaeda", "al-Qaida", "alQaeda", "AL-QAEDA",
        "al-Qa’ida", "al-Qaʿida", "al-Qa`ida", "al-Qaïda", "Al-Qaeda's"
      })
  void everySpellingOfAlQaidaIsOnePhrase(String spelling) {
    assertThat(terms(spelling)).containsExactly("al", "qaida");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Usama bin Ladin", "Osama bin Laden", "Usama bin Laden", "OSAMA BIN LADIN"})
  void bothSpellingsOfBinLadenMatch(String spelling) {
    assertThat(terms(spelling)).containsExactly("usama", "bin", "ladin");
  }

  @Test
  void otherNameFamiliesCollapse() {
    assertThat(terms("Hezbollah Hizballah Hizbullah")).containsOnly("hizbullah");
    assertThat(terms("Mohammed Muhammad Mohammad Mohamed")).containsOnly("muhammad");
    assertThat(terms("Gaddafi Qadhafi Kadhafi")).containsOnly("qaddafi");
    assertThat(terms("Saddam Hussein")).isEqualTo(terms("Ṣaddām Ḥusayn"));
  }

  @Test
  void foldsCaseAndDiacritics() {
    assertThat(terms("Qaïda")).containsExactly("qaida");
    assertThat(terms("ÉCOLE Beyrouth")).isEqualTo(terms("ecole beyrouth"));
  }

  @Test
  void stemsVerbAndPluralForms() {
    assertThat(terms("attacks attacked attacking attack")).containsOnly("attack");
    assertThat(terms("bombings")).isEqualTo(terms("bombing"));
  }

  @Test
  void removesPossessivesAndApostrophes() {
    assertThat(terms("Hizballah's")).containsExactly("hizbullah");
    assertThat(terms("Qa’ida")).isEqualTo(terms("Qaida"));
    assertThat(terms("Qaʼida")).isEqualTo(terms("Qaida"));
  }

  @Test
  void protectsNamesThatTheStemmerWouldMerge() {
    assertThat(terms("Hamas")).containsExactly("hamas");
    assertThat(terms("Hama")).containsExactly("hama");
    assertThat(terms("ISIS ISI")).containsExactly("isis", "isi");
  }

  @Test
  void leavesOrdinaryWordsStartingWithAlAlone() {
    assertThat(terms("alarm")).containsExactly("alarm");
    assertThat(terms("Albania")).hasSize(1);
  }

  @Test
  void hyphensSeparateWords() {
    assertThat(terms("cease-fire")).hasSize(2).isEqualTo(terms("cease fire"));
  }

  @Test
  void offsetsPointAtTheOriginalSpelling() throws IOException {
    String text = "The alQaeda cell";
    List<String> covered = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        covered.add(text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    assertThat(covered).containsExactly("The", "al", "Qaeda", "cell");
  }

  @Test
  void normalizesWildcardAndFuzzyTermsLikeIndexedOnes() {
    assertThat(ANALYZER.normalize("text", "Osama").utf8ToString()).isEqualTo("usama");
    assertThat(ANALYZER.normalize("text", "Qa’ida").utf8ToString()).isEqualTo("qaida");
    assertThat(ANALYZER.normalize("text", "Abbott").utf8ToString()).isEqualTo("abbott");
  }
}
