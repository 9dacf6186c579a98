package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;
import org.junit.jupiter.api.Test;

class DocumentCoderTest {

  private static final String TEXT = "Iran met Iraq. Iran slept. Nothing happened.";

  /** Splits at ". " and records which sentences it was asked to parse. */
  private static final class PeriodParser implements SentenceParser {
    final List<Integer> parsed = new ArrayList<>();

    @Override
    public List<Sentence> split(String doc, String text) {
      List<Sentence> sentences = new ArrayList<>();
      int start = 0;
      for (String part : text.split("(?<=\\.) ")) {
        sentences.add(new Sentence(doc, sentences.size(), start, start + part.length(), part));
        start += part.length() + 1;
      }
      return sentences;
    }

    @Override
    public ParsedSentence parse(Sentence sentence) {
      parsed.add(sentence.index());
      return new ParsedSentence(sentence, List.of());
    }
  }

  /** Finds "Iran" (IRN) and "Iraq" (IRQ) by their names. */
  private static final ActorResolver NAMES = (sentences, date) -> {
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : sentences) {
      for (String[] actor : List.of(new String[] {"Iran", "IRN"}, new String[] {"Iraq", "IRQ"})) {
        int at = sentence.text().indexOf(actor[0]);
        if (at >= 0) {
          int start = sentence.start() + at;
          mentions.add(new Mention(sentence.doc(), sentence.index(), start, start + actor[0].length(), actor[0],
              actor[1], actor[0], null, "phrase"));
        }
      }
    }
    return mentions;
  };

  @Test
  void parsesOnlySentencesNamingTwoActors() {
    PeriodParser parser = new PeriodParser();

    DocumentCoder.Result result = new DocumentCoder(parser, NAMES, (parsed, mentions, date) -> List.of())
        .code("doc", null, TEXT);

    assertThat(result.sentences()).isEqualTo(3);
    assertThat(result.parsed()).isEqualTo(1);
    assertThat(parser.parsed).containsExactly(0);
  }

  @Test
  void withoutThePreFilterEverySentenceIsParsedAndCodedWithItsOwnMentions() {
    PeriodParser parser = new PeriodParser();
    List<Integer> mentionsSeen = new ArrayList<>();

    DocumentCoder.Result result = DocumentCoder.parsingEverySentence(parser, NAMES, (parsed, mentions, date) -> {
      mentionsSeen.add(mentions.size());
      return List.of();
    }).code("doc", null, TEXT);

    assertThat(result.parsed()).isEqualTo(3);
    assertThat(parser.parsed).containsExactly(0, 1, 2);
    assertThat(mentionsSeen).containsExactly(2, 1, 0);
  }

  @Test
  void keepsTheSentencesMentionsAndParsesItCodedFrom() {
    PeriodParser parser = new PeriodParser();

    DocumentCoder.Annotated annotated = new DocumentCoder(parser, NAMES, (parsed, mentions, date) -> List.of())
        .annotateAndCode("doc", null, TEXT);

    assertThat(annotated.sentences()).extracting(Sentence::text).containsExactly("Iran met Iraq.", "Iran slept.", "Nothing happened.");
    // "Iran" at 0 and "Iraq" at 9 in the first sentence, "Iran" at 15 in the second
    assertThat(annotated.mentions()).extracting(Mention::sentence, Mention::start, Mention::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 0, "IRN"), org.assertj.core.groups.Tuple.tuple(0, 9, "IRQ"),
        org.assertj.core.groups.Tuple.tuple(1, 15, "IRN"));
    assertThat(annotated.parses()).containsOnlyKeys(0);
    assertThat(annotated.parses().get(0).sentence().text()).isEqualTo("Iran met Iraq.");
    assertThat(annotated.events()).isEmpty();
  }
}
