package org.dyad.nlp.conllu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;
import org.junit.jupiter.api.Test;

class ConlluWriterTest {

  // "Hamas fired rockets." at offset 10 of its document.
  private static final Sentence SENTENCE = new Sentence("doc1", 2, 10, 30, "Hamas fired rockets.");

  static ParsedSentence hamasFiredRockets() {
    return new ParsedSentence(SENTENCE, List.of(
        new Word(1, "Hamas", "Hamas", "NNP", 2, "nsubj", 10, 15),
        new Word(2, "fired", "fire", "VBD", 0, "root", 16, 21),
        new Word(3, "rockets", "rocket", "NNS", 2, "obj", 22, 29),
        new Word(4, ".", ".", ".", 2, "punct", 29, 30)));
  }

  @Test
  void writesCommentsTenColumnsAndABlankLine() {
    assertThat(ConlluWriter.write(hamasFiredRockets())).isEqualTo("""
        # sent_id = doc1-2
        # text = Hamas fired rockets.
        1\tHamas\tHamas\t_\tNNP\t_\t2\tnsubj\t_\tStart=10|End=15
        2\tfired\tfire\t_\tVBD\t_\t0\troot\t_\tStart=16|End=21
        3\trockets\trocket\t_\tNNS\t_\t2\tobj\t_\tStart=22|End=29
        4\t.\t.\t_\t.\t_\t2\tpunct\t_\tStart=29|End=30

        """);
  }

  @Test
  void escapesTabsAndLineBreaksInFormsAndFlagsTheRow() {
    Sentence sentence = new Sentence("d", 0, 0, 9, "1\t1/2 a\\b");
    ParsedSentence parsed = new ParsedSentence(sentence, List.of(
        new Word(1, "1\t1/2", "1\t1/2", "CD", 0, "root", 0, 5),
        new Word(2, "a\\b", "a\\b", "NN", 1, "dep", 6, 9)));
    String conllu = ConlluWriter.write(parsed);
    assertThat(conllu).contains("# text = 1 1/2 a\\b\n")
        .contains("1\t1\\t1/2\t1\\t1/2\t_\tCD\t_\t0\troot\t_\tStart=0|End=5|Escaped=Yes\n")
        .contains("2\ta\\b\ta\\b\t_\tNN\t_\t1\tdep\t_\tStart=6|End=9\n");
  }

  @Test
  void spacesInFormsAreWrittenAsThey() {
    Sentence sentence = new Sentence("d", 0, 0, 5, "1 1/2");
    String conllu = ConlluWriter.write(
        new ParsedSentence(sentence, List.of(new Word(1, "1 1/2", "1 1/2", "CD", 0, "root", 0, 5))));
    assertThat(conllu).contains("1\t1 1/2\t1 1/2\t_\tCD\t");
  }

  @Test
  void aSentenceWithoutWordsIsOnlyItsComments() {
    Sentence sentence = new Sentence("d", 0, 0, 1, "\u0000");
    assertThat(ConlluWriter.write(new ParsedSentence(sentence, List.of())))
        .isEqualTo("# sent_id = d-0\n# text = \u0000\n\n");
  }

  @Test
  void refusesWhatCoNLLUCannotHold() {
    assertThatThrownBy(() -> ConlluWriter.write(withWord(new Word(1, "", "x", "NN", 0, "root", 0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write CoNLL-U for sentence 0 of d: word 1 has an empty form or lemma");
    assertThatThrownBy(() -> ConlluWriter.write(withWord(new Word(1, "x", "x", "N\tN", 0, "root", 0, 1))))
        .hasMessageContaining("tag or relation");
    assertThatThrownBy(() -> ConlluWriter.write(withWord(new Word(1, "x", "x", "NN", 0, "", 0, 1))))
        .hasMessageContaining("tag or relation");
    assertThatThrownBy(() -> ConlluWriter.write(withWord(new Word(1, "x", "x", "NN", 0, "root", 3, 9))))
        .hasMessageContaining("spans [3, 9), outside the sentence's [0, 5)");
  }

  private static ParsedSentence withWord(Word word) {
    return new ParsedSentence(new Sentence("d", 0, 0, 5, "x y z"), List.of(word));
  }
}
