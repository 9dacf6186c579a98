package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.dyad.nlp.parse.ParagraphBlocks.Block;
import org.junit.jupiter.api.Test;

class ParagraphBlocksTest {

  @Test
  void shortTextIsOneBlockAndEmptyTextNone() {
    assertThat(ParagraphBlocks.of("One. Two.", 20)).containsExactly(new Block(0, 9));
    assertThat(ParagraphBlocks.of("", 20)).isEmpty();
  }

  @Test
  void cutsAtTheLastParagraphBreakInTheSecondHalf() {
    //            0123456789012345678901234
    String text = "Aaaa bbbb.\n \nCcc.\nDd ee.";
    assertThat(ParagraphBlocks.of(text, 20)).containsExactly(new Block(0, 13), new Block(13, 24));
  }

  @Test
  void withoutParagraphBreaksPrefersLineBreaksThenSpaces() {
    assertThat(ParagraphBlocks.of("aaaa bbbb\ncc dd ee", 14)).containsExactly(new Block(0, 10), new Block(10, 18));
    assertThat(ParagraphBlocks.of("aaaa bbbb cc dd ee", 14)).containsExactly(new Block(0, 13), new Block(13, 18));
  }

  @Test
  void aParagraphBreakInTheFirstHalfIsNotUsed() {
    assertThat(ParagraphBlocks.of("a\n\nbbbbb ccccc", 10)).containsExactly(new Block(0, 9), new Block(9, 14));
  }

  @Test
  void hardCutsNeverSplitASurrogatePair() {
    String text = "aaa\uD83D\uDE00bbbb";
    assertThat(ParagraphBlocks.of(text, 4)).containsExactly(new Block(0, 3), new Block(3, 7), new Block(7, 9));
  }

  @Test
  void rejectsTinyBlocks() {
    assertThatThrownBy(() -> ParagraphBlocks.of("abc", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomTextIsCoveredWithoutGapsOrOversizedBlocks() {
    Random random = new Random(11);
    String alphabet = "ab \n\n\t.\uD83D\uDE00";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(300); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int maxChars = 2 + random.nextInt(30);
      List<Block> blocks = ParagraphBlocks.of(text.toString(), maxChars);
      int next = 0;
      for (Block block : blocks) {
        assertThat(block.start()).isEqualTo(next);
        assertThat(block.end() - block.start()).isBetween(1, maxChars);
        next = block.end();
      }
      assertThat(next).isEqualTo(text.length());
    }
  }
}
