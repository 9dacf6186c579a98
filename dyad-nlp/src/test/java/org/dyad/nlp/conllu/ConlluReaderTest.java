package org.dyad.nlp.conllu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ConlluReaderTest {

  @Test
  void readsBackWhatTheWriterWrote() {
    ParsedSentence parsed = ConlluWriterTest.hamasFiredRockets();
    assertThat(ConlluReader.read(parsed.sentence(), ConlluWriter.write(parsed))).isEqualTo(parsed);
  }

  @Test
  void formsWithSpacesTabsLineBreaksAndBackslashesRoundTrip() {
    String text = "1 1/2\ta\nb c\\d e\r\\t";
    Sentence sentence = new Sentence("d", 0, 7, 7 + text.length(), text);
    ParsedSentence parsed = new ParsedSentence(sentence, List.of(
        new Word(1, "1 1/2\ta\nb", "1 1/2\ta\nb", "CD", 0, "root", 7, 16),
        new Word(2, "c\\d", "c\\d", "NN", 1, "dep", 17, 20),
        new Word(3, "e\r\\t", "e\r\\t", "NN", 1, "dep", 21, 25)));
    String conllu = ConlluWriter.write(parsed);
    assertThat(conllu.lines().filter(line -> !line.startsWith("#"))).allMatch(line -> line.split("\t", -1).length == 10
        || line.isEmpty());
    assertThat(ConlluReader.read(sentence, conllu)).isEqualTo(parsed);
  }

  @Test
  void anyParsedSentenceRoundTrips() {
    qt().withExamples(500).forAll(PARSED).checkAssert(parsed ->
        assertThat(ConlluReader.read(parsed.sentence(), ConlluWriter.write(parsed))).isEqualTo(parsed));
  }

  @Test
  void readsOtherToolsOutputLocatingFormsInTheText() {
    String conllu = """
        # newdoc id = x
        # sent_id = 1
        # text = Arnor can't go.
        1\tArnor\tArnor\tPROPN\t_\tNumber=Sing\t4\tnsubj\t_\t_
        2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\tSpaceAfter=No
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
        4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
        4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        """.replace("\n", "\r\n");
    ParsedSentence parsed = ConlluReader.read(new Sentence("d", 3, 50, 65, "Arnor can't go."), conllu);
    assertThat(parsed.words()).containsExactly(
        new Word(1, "Arnor", "Arnor", "PROPN", 4, "nsubj", 50, 55),
        new Word(2, "ca", "can", "MD", 4, "aux", 56, 58),
        new Word(3, "n't", "not", "RB", 4, "advmod", 58, 61),
        new Word(4, "go", "go", "VB", 0, "root", 62, 64),
        new Word(5, ".", ".", ".", 4, "punct", 64, 65));
  }

  @Test
  void emptyInputIsASentenceWithoutWords() {
    Sentence sentence = new Sentence("d", 0, 0, 1, "x");
    assertThat(ConlluReader.read(sentence, "").words()).isEmpty();
    assertThat(ConlluReader.read(sentence, "# text = x\n\n\n").words()).isEmpty();
  }

  @Test
  void malformedLinesAreNamedByNumber() {
    Sentence sentence = new Sentence("doc9", 4, 0, 9, "Arnor met");
    String good = "1\tArnor\tArnor\t_\tNNP\t_\t2\tnsubj\t_\t_\n";
    assertThatThrownBy(() -> ConlluReader.read(sentence, "# c\n" + good + "2\tmet\tmeet\t_\tVBD\t_\t0\troot\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CoNLL-U of sentence 4 of doc9, line 3: expected 10 tab-separated columns, found 8");
    assertThatThrownBy(() -> ConlluReader.read(sentence, good + "2\tmet\tmeet\t_\tVBD\t_\troot\troot\t_\t_\n"))
        .hasMessage("CoNLL-U of sentence 4 of doc9, line 2: HEAD 'root' is not a number");
    assertThatThrownBy(() -> ConlluReader.read(sentence, good + "2\tmet\tmeet\t_\tVBD\t_\t-1\troot\t_\t_\n"))
        .hasMessage("CoNLL-U of sentence 4 of doc9, line 2: HEAD '-1' is not a number");
    assertThatThrownBy(() -> ConlluReader.read(sentence, good + "2\tmet\tmeet\t_\tVBD\t_\t7\troot\t_\t_\n"))
        .hasMessage("CoNLL-U of sentence 4 of doc9, line 2: HEAD 7 is past the last word, 2");
    assertThatThrownBy(() -> ConlluReader.read(sentence, good + "2\tmet\tmeet\t_\tVBD\t_\t2\troot\t_\t_\n"))
        .hasMessage("CoNLL-U of sentence 4 of doc9, line 1: word 1's HEAD 2 leads round a cycle, never to the root 0");
    assertThatThrownBy(() -> ConlluReader.read(sentence, good.replace("\t2\tnsubj", "\t1\tnsubj")
        + "2\tmet\tmeet\t_\tVBD\t_\t0\troot\t_\t_\n"))
        .hasMessage("CoNLL-U of sentence 4 of doc9, line 1: word 1's HEAD 1 leads round a cycle, never to the root 0");
    assertThatThrownBy(() -> ConlluReader.read(sentence, good + "3\tmet\tmeet\t_\tVBD\t_\t0\troot\t_\t_\n"))
        .hasMessage("CoNLL-U of sentence 4 of doc9, line 2: word ID '3' where 2 was expected");
    assertThatThrownBy(() -> ConlluReader.read(sentence, good + "\n# next\n" + good))
        .hasMessage("CoNLL-U of sentence 4 of doc9, line 4: a second sentence starts after the blank line 2;"
            + " give one sentence at a time");
  }

  @Test
  void offsetsAndEscapesInMiscAreChecked() {
    Sentence sentence = new Sentence("d", 0, 10, 15, "Arnor");
    String row = "1\tArnor\tArnor\t_\tNNP\t_\t0\troot\t_\t";
    assertThat(ConlluReader.read(sentence, row + "Start=10|End=15").words().getFirst().end()).isEqualTo(15);
    assertThatThrownBy(() -> ConlluReader.read(sentence, row + "Start=0|End=5"))
        .hasMessageEndingWith("line 1: Start=0|End=5 is outside the sentence's [10, 15)");
    assertThatThrownBy(() -> ConlluReader.read(sentence, row + "Start=10"))
        .hasMessageEndingWith("line 1: MISC gives only one of Start and End");
    assertThatThrownBy(() -> ConlluReader.read(sentence, row + "Start=10|End=1x"))
        .hasMessageEndingWith("line 1: End '1x' is not a number");
    assertThat(ConlluReader.read(sentence, "1\tA\\rnor\tArnor\t_\tNNP\t_\t0\troot\t_\tEscaped=Yes").words())
        .containsExactly(new Word(1, "A\rnor", "Arnor", "NNP", 0, "root", 10, 10));
    assertThat(ConlluReader.read(sentence, "1\tA\\rnor\tArnor\t_\tNNP\t_\t0\troot\t_\t_").words().getFirst().form())
        .isEqualTo("A\\rnor");
    assertThatThrownBy(() -> ConlluReader.read(sentence, "1\tA\\xnor\tArnor\t_\tNNP\t_\t0\troot\t_\tEscaped=Yes"))
        .hasMessageEndingWith("line 1: 'A\\xnor' has a backslash that is not \\t, \\n, \\r or \\\\");
  }

  @Test
  void arbitraryTextFailsOnlyWithALineNumberedMessage() {
    Sentence sentence = new Sentence("fuzz", 0, 2, 8, "ab c\td");
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text ->
        assertReadsOrNamesTheLine(sentence, text));
    qt().withExamples(2000).forAll(CONLLU_FRAGMENTS).checkAssert(text -> assertReadsOrNamesTheLine(sentence, text));
    qt().withExamples(2000).forAll(CONLLU_ROWS).checkAssert(text -> assertReadsOrNamesTheLine(sentence, text));
  }

  private static void assertReadsOrNamesTheLine(Sentence sentence, String text) {
    try {
      ConlluReader.read(sentence, text);
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).startsWith("CoNLL-U of sentence 0 of fuzz, line ").doesNotContain("\n", "\r");
    }
  }

  // Pieces of CoNLL-U, good and bad, shuffled into text.
  private static final Gen<String> CONLLU_FRAGMENTS = lists().of(arbitrary().pick(
          "1", "2", "0", "10", "1-2", "1.1", "-1", "999999999999", "\t", "\t", "\t", "\n", "\r\n", "#", " ", "_", "a",
          "Start=", "End=", "2", "|", "Escaped=Yes", "\\", "\\t", "\\q", "root", "\uD800"))
      .ofSizeBetween(0, 80).map(parts -> String.join("", parts));

  // Rows of exactly ten columns, to reach past the column count into IDs, heads and MISC.
  private static final Gen<String> FIELD = arbitrary().pick(
      "1", "2", "3", "0", "_", "x", "1-2", "2.1", "-1", "Start=2|End=4", "Start=0|End=99", "Start=4|End=3",
      "Escaped=Yes", "a\\tb", "a\\", "Start=x", "End=3", "Start=2|End=8|Escaped=Yes", "ab", "");
  private static final Gen<String> CONLLU_ROWS = lists().of(lists().of(FIELD).ofSize(10).map(f -> String.join("\t", f)))
      .ofSizeBetween(0, 6).map(rows -> String.join("\n", rows));

  private static final Gen<String> TOKEN = lists().of(arbitrary().pick(
          "a", "Z", "\u00e9", "\uD83D\uDE00", " ", "\t", "\n", "\r", "\\", "\\t", "_", "#", "|", "=", "Start=1", "-", "."))
      .ofSizeBetween(1, 4).map(parts -> String.join("", parts));
  private static final Gen<ParsedSentence> PARSED = lists().of(TOKEN).ofSizeBetween(0, 12)
      .zip(integers().between(0, 1000), lists().of(integers().between(0, 10_000)).ofSize(12), ConlluReaderTest::parsed);

  private static final List<String> TAGS = List.of("NN", "NNP", "VBD", ".", "-LRB-", "_", "X Y");
  private static final List<String> RELATIONS = List.of("root", "nsubj", "obj", "nmod:poss", "dep", "_");

  /**
   * The words {@code tokens} joined by spaces, the sentence starting at {@code start}, tags and heads from
   * {@code seeds}; each word's head is an earlier word or the root, so the parse is a tree.
   */
  private static ParsedSentence parsed(List<String> tokens, int start, List<Integer> seeds) {
    String text = String.join(" ", tokens);
    Sentence sentence = new Sentence("doc", 1, start, start + text.length(), text);
    List<Word> words = new ArrayList<>();
    int at = start;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      int seed = seeds.get(i);
      words.add(new Word(i + 1, token, token.toUpperCase(Locale.ROOT), TAGS.get(seed % TAGS.size()),
          seed % (i + 1), RELATIONS.get(seed % RELATIONS.size()), at, at + token.length()));
      at += token.length() + 1;
    }
    return new ParsedSentence(sentence, words);
  }
}
