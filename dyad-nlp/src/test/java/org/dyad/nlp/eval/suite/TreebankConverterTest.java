package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;
import org.junit.jupiter.api.Test;

class TreebankConverterTest {

  private final TreebankConverter converter = new TreebankConverter();

  private static Sentence sentence(String text) {
    return new Sentence("R-1", 0, 0, text.length(), text);
  }

  @Test
  void derivesUniversalDependenciesLemmasAndTagsFromTheTree() {
    String text = "Arnor restored ties with Gondor.";
    ParsedSentence parsed = converter.convert(sentence(text), """
        (ROOT (S (NP (NNP Arnor))
          (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))))
          (. .)))
        """);
    assertThat(parsed.words()).containsExactly(
        new Word(1, "Arnor", "Arnor", "NNP", 2, "nsubj", 0, 5),
        new Word(2, "restored", "restore", "VBD", 0, "root", 6, 14),
        new Word(3, "ties", "tie", "NNS", 2, "obj", 15, 19),
        new Word(4, "with", "with", "IN", 5, "case", 20, 24),
        new Word(5, "Gondor", "Gondor", "NNP", 2, "obl", 25, 31),
        new Word(6, ".", ".", ".", 2, "punct", 31, 32));
  }

  @Test
  void mapsTreebankEscapesBackToTheTextAndAcceptsAnUnnamedRoot() {
    String text = "Elves (the \"Eldar\") left.";
    ParsedSentence parsed = converter.convert(sentence(text), "( (S (NP (NP (NNS Elves)) (PRN (-LRB- -LRB-) "
        + "(NP (DT the) (`` ``) (NNP Eldar) ('' '')) (-RRB- -RRB-))) (VP (VBD left)) (. .)) )");
    assertThat(parsed.words()).extracting(Word::form)
        .containsExactly("Elves", "(", "the", "\"", "Eldar", "\"", ")", "left", ".");
    assertThat(parsed.words()).extracting(Word::pos)
        .containsExactly("NNS", "-LRB-", "DT", "``", "NNP", "''", "-RRB-", "VBD", ".");
    assertThat(parsed.words()).allSatisfy(word ->
        assertThat(text.substring(word.start(), word.end())).isEqualTo(word.form()));
    assertThat(parsed.words()).filteredOn(word -> word.head() == 0).hasSize(1);
  }

  @Test
  void aWordMissingFromTheTextKeepsTheTreesWordAndAnEmptySpan() {
    ParsedSentence parsed = converter.convert(sentence("Arnor left"),
        "(ROOT (S (NP (NNP Arnor)) (ADVP (RB quietly)) (VP (VBD left))))");
    assertThat(parsed.words().get(1)).extracting(Word::form, Word::start, Word::end).containsExactly("quietly", 5, 5);
    assertThat(parsed.words().get(2)).extracting(Word::start, Word::end).containsExactly(6, 10);
  }

  @Test
  void anUnreadableTreeIsAnIllegalArgumentNamingTheRecord() {
    for (String broken : new String[] {"(ROOT (S (NP (NNP Arnor)) (VP (VBD left)", "(((", "", "not a tree", "(ROOT)"}) {
      assertThatThrownBy(() -> converter.convert(sentence("Arnor left"), broken))
          .as(broken)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Penn Treebank parse of R-1: ");
    }
    String deep = "(X ".repeat(TreebankConverter.MAX_DEPTH + 1) + "(NN a)" + ")".repeat(TreebankConverter.MAX_DEPTH + 1);
    assertThatThrownBy(() -> converter.convert(sentence("a"), deep))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested more than");
  }
}
