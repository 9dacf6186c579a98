package org.dyad.sanctions.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PerturbationTest {

  @Test
  void reorderPutsTheGivenNameFirst() {
    assertThat(Perturbation.REORDER.apply("KHALIL, Ezedin Abdel Aziz", new Random(1))).isEqualTo("Ezedin Abdel Aziz KHALIL");
    assertThat(Perturbation.REORDER.apply("AL QA'IDA", new Random(1))).isEqualTo("QA'IDA AL");
    assertThat(Perturbation.REORDER.apply("HAMAS", new Random(1))).isNull();
  }

  @Test
  void particleDropsJoinsOrSplits() {
    for (int seed = 0; seed < 20; seed++) {
      String changed = Perturbation.PARTICLE.apply("AL-SURI, Yasin", new Random(seed));
      assertThat(changed).isIn("SURI, Yasin", "AlSURI, Yasin");
    }
    assertThat(Perturbation.PARTICLE.apply("KIM, Ho Gyu", new Random(1))).isNull();
  }

  @Test
  void transliterationChangesOneSpellingAfterTheFirstLetter() {
    String changed = Perturbation.TRANSLITERATION.apply("QASIM", new Random(3));
    assertThat(changed).isNotEqualTo("QASIM").startsWith("Q");
  }

  @Test
  void editChangesOneLetterOfALongWordButNotItsFirst() {
    for (int seed = 0; seed < 50; seed++) {
      String changed = Perturbation.EDIT.apply("NAIM QASIM", new Random(seed));
      assertThat(changed).isNotNull();
      assertThat(Math.abs(changed.length() - "NAIM QASIM".length())).isLessThanOrEqualTo(1);
      assertThat(changed.charAt(0)).isEqualTo('N');
    }
    assertThat(Perturbation.EDIT.apply("LI", new Random(1))).isNull();
  }
}
