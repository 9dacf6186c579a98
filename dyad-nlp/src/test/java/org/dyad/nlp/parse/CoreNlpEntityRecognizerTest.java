package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.core.nlp.NamedEntity;
import org.dyad.core.nlp.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpEntityRecognizerTest {

  private static CoreNlpEntityRecognizer recognizer;

  @BeforeAll
  static void loadOnce() {
    recognizer = new CoreNlpEntityRecognizer();
  }

  @Test
  void findsPeopleOrganizationsAndPlacesWithDocumentOffsets() {
    String text = "TEHRAN -- Iranian President Mahmoud Ahmadinejad told the United Nations in New York on Tuesday.";
    int start = text.indexOf("Iranian");
    Sentence sentence = new Sentence("d", 1, start, text.length(), text.substring(start));
    List<NamedEntity> entities = recognizer.entities(sentence);
    assertThat(entities).contains(
        new NamedEntity(text.indexOf("Mahmoud"), text.indexOf(" told"), "Mahmoud Ahmadinejad", "PERSON"),
        new NamedEntity(text.indexOf("United"), text.indexOf(" in New"), "United Nations", "ORGANIZATION"),
        new NamedEntity(text.indexOf("New York"), text.indexOf(" on Tue"), "New York", "LOCATION"));
    assertThat(entities).isSorted();
    assertThat(entities).extracting(NamedEntity::type).allMatch(CoreNlpEntityRecognizer.TYPES::contains);
    assertThat(entities).extracting(NamedEntity::text).doesNotContain("Tuesday");
  }

  @Test
  void namesBrokenAcrossLinesKeepTheTextAsWritten() {
    String text = "Talks with Mahmoud\nAhmadinejad ended.";
    List<NamedEntity> entities = recognizer.entities(new Sentence("d", 0, 0, text.length(), text));
    assertThat(entities).containsExactly(new NamedEntity(11, 30, "Mahmoud\nAhmadinejad", "PERSON"));
  }

  @Test
  void pronounsAreNotNames() {
    String text = "He said she had met Haskell Ornby and his aides, and that her view was theirs.";
    List<NamedEntity> entities = recognizer.entities(new Sentence("d", 0, 0, text.length(), text));
    assertThat(entities).containsExactly(new NamedEntity(20, 33, "Haskell Ornby", "PERSON"));
  }

  @Test
  void textWithoutTokensHasNoEntities() {
    assertThat(recognizer.entities(new Sentence("d", 0, 0, 2, "\u0000 "))).isEmpty();
    assertThat(recognizer.entities(new Sentence("d", 0, 0, 0, ""))).isEmpty();
  }
}
