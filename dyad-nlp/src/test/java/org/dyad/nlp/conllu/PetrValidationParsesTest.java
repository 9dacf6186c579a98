package org.dyad.nlp.conllu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;
import org.dyad.nlp.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the CoNLL-U parses of UD-PETRARCH's validation records, made by another tool (UDPipe)
 * without offsets. The file is not well-formed XML ({@code <PLEvent {...}>}), so the records are
 * cut out with regular expressions.
 */
class PetrValidationParsesTest {

  private static final Pattern RECORD = Pattern.compile("<Sentence [^>]*id=\"([^\"]+)\"[^>]*>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);

  private static String xml;
  private static final List<ParsedSentence> PARSES = new ArrayList<>();

  @BeforeAll
  static void readAll() throws IOException {
    Path file = SharedData.requireEventCoding().resolve("PETR_Validate_records_2_02.xml");
    xml = Files.readString(file);
    Matcher record = RECORD.matcher(xml);
    while (record.find()) {
      String id = record.group(1);
      Matcher text = TEXT.matcher(record.group(2));
      Matcher parse = PARSE.matcher(record.group(2));
      if (parse.find()) {
        String sentenceText = text.find() ? unescapeXml(text.group(1).strip()) : "";
        Sentence sentence = new Sentence(id, PARSES.size(), 0, sentenceText.length(), sentenceText);
        PARSES.add(ConlluReader.read(sentence, unescapeXml(parse.group(1))));
      }
    }
  }

  @Test
  void everyParseReads() {
    int parseBlocks = xml.split("<Parse>", -1).length - 1;
    assertThat(parseBlocks).isEqualTo(274);
    assertThat(PARSES.size()).isEqualTo(parseBlocks);
    assertThat(PARSES.stream().filter(parsed -> parsed.words().isEmpty()).count()).isZero();
  }

  @Test
  void nearlyEveryFormIsFoundInItsText() {
    long words = PARSES.stream().mapToLong(parsed -> parsed.words().size()).sum();
    long located = PARSES.stream()
        .flatMap(parsed -> parsed.words().stream().filter(word -> word.end() > word.start()))
        .count();
    assertThat(words).isGreaterThan(6000);
    assertThat(located).isGreaterThanOrEqualTo(words - 10);
  }

  @Test
  void spotCheckTheFirstRecord() {
    ParsedSentence demo = record("DEMO-01");
    assertThat(demo.sentence().text()).startsWith("Arnor is about to restore full diplomatic ties with Gondor");
    assertThat(demo.words()).hasSize(19);
    assertThat(demo.words().get(2)).isEqualTo(new Word(3, "about", "about", "JJ", 0, "root", 9, 14));
    Word ties = demo.words().get(7);
    assertThat(ties.lemma()).isEqualTo("tie");
    assertThat(ties.relation()).isEqualTo("dobj");
    assertThat(ties.head()).isEqualTo(5);
    assertThat(demo.words().get(16).relation()).isEqualTo("nmod:poss");
  }

  @Test
  void spotCheckTreebankBracketsAndEntities() {
    ParsedSentence compound = record("COMPOUND-33");
    String text = compound.sentence().text();
    assertThat(compound.words().get(6).form()).isEqualTo("-LRB-");
    assertThat(compound.words().get(6).start()).isEqualTo(text.indexOf('('));
    assertThat(compound.words().get(7).start()).isEqualTo(text.indexOf("EU"));
    assertThat(PARSES.stream().flatMap(parsed -> parsed.words().stream()).map(Word::form)).contains("&");
  }

  /** The first record with this id (one id, DEMO-32, is used twice). */
  private static ParsedSentence record(String id) {
    return PARSES.stream().filter(parsed -> parsed.sentence().doc().equals(id)).findFirst().orElseThrow();
  }

  private static String unescapeXml(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
