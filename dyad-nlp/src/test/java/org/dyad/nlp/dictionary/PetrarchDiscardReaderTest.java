package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PetrarchDiscardReaderTest {

  private static ReadResult<DiscardDictionary> read(String text) throws Exception {
    return new PetrarchDiscardReader().read(new StringReader(text), "test.discards");
  }

  @Test
  void readsSentenceAndStoryDiscards() throws Exception {
    ReadResult<DiscardDictionary> result =
        read(
            """
            # Story-level discards are indicated with a '+'.
            MONTHS LATER
            +World Golf Championships   # pas 26-Feb-2014
            + World Cup
            1914
            GROUP A_
            RAGING ELEPHANT BULL\t
            """);
    assertThat(result.warnings()).isEmpty();
    DiscardDictionary dictionary = result.dictionary();
    assertThat(dictionary.entries())
        .extracting(DiscardEntry::phrase)
        .containsExactly(
            "months later", "world golf championships", "world cup", "1914", "group a",
            "raging elephant bull");
    assertThat(dictionary.entries(DiscardEntry.Scope.STORY))
        .extracting(DiscardEntry::lineNumber)
        .containsExactly(3, 4);
    DiscardEntry golf = dictionary.lookup("WORLD_GOLF_CHAMPIONSHIPS").getFirst();
    assertThat(golf.comment()).isEqualTo("pas 26-Feb-2014");
    assertThat(dictionary.lookup("group a").getFirst().wordEnd()).isTrue();
    assertThat(dictionary.lookup("months later").getFirst().wordEnd()).isFalse();
  }

  @Test
  void aBarePlusGivesOneWarningAndTheRestIsRead() throws Exception {
    ReadResult<DiscardDictionary> result = read("BASEBALL\n+  # nothing\n+_\nBASKETBALL\n");
    assertThat(result.warnings()).extracting(DictionaryWarning::lineNumber).containsExactly(2, 3);
    assertThat(result.dictionary().size()).isEqualTo(2);
  }

  @Test
  void randomGarbageNeverThrows() throws Exception {
    Random random = new Random(99L);
    for (int round = 0; round < 200; round++) {
      String text = GarbageLines.text(random, 50);
      int lines = GarbageLines.lineCount(text);
      assertThat(read(text).warnings())
          .allSatisfy(w -> assertThat(w.lineNumber()).isBetween(1, lines));
    }
  }
}
