package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.nlp.dictionary.MalformedLineException;
import org.junit.jupiter.api.Test;

class TransformationParserTest {

  @Test
  void readsTheFourShapesOfCameo() throws Exception {
    assertThat(TransformationParser.transformation(" a (a b ATTACK) SAY = a b 015", 9))
        .isEqualTo(new Transformation("a", "a", "b", "ATTACK", "SAY", "a", "b", "015", 9));
    assertThat(TransformationParser.transformation(" a (b . ATTACK ) WANT = a b 021", 1).innerTarget())
        .isEqualTo(".");
    assertThat(TransformationParser.transformation(" a (_ b ASSASSINATE) ATTEMPT = a b 185", 1).innerSource())
        .isEqualTo("_");
    Transformation any = TransformationParser.transformation("a(a b Q)SAY=a b Q", 1);
    assertThat(any.innerVerb()).isEqualTo("Q");
    assertThat(any.resultCode()).isEqualTo("Q");
  }

  @Test
  void refusesOtherShapes() {
    assertRefused(" a (a b ATTACK) SAY a b 015", "one '='");
    assertRefused(" a (a b ATTACK) SAY = a b = 015", "one '='");
    assertRefused(" a (b (c d X) Y) Z = a b 015", "nested");
    assertRefused(" a a b ATTACK SAY = a b 015", "reads");
    assertRefused(" a (a b ATTACK) SAY = a b", "reads");
    assertRefused(" ab (a b ATTACK) SAY = a b 015", "outer source");
    assertRefused(" a (a b attack) SAY = a b 015", "inner verb");
    assertRefused("", "one '='");
  }

  private static void assertRefused(String body, String message) {
    assertThatThrownBy(() -> TransformationParser.transformation(body, 1))
        .isInstanceOf(MalformedLineException.class)
        .hasMessageContaining(message);
  }
}
