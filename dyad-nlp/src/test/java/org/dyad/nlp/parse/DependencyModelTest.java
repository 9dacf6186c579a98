package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DependencyModelTest {

  private static DependencyModel model;

  @BeforeAll
  static void load() {
    model = DependencyModel.english();
  }

  @Test
  void hasCoreNlpsEnglishUniversalDependenciesLabels() {
    assertThat(model.labels()).hasSize(41).first().isEqualTo("root");
    assertThat(model.labels()).contains("nsubj", "obj", "obl", "nmod:poss", "compound:prt").doesNotContain(Config.NULL);
    assertThat(model.transitions()).isEqualTo(83);
    assertThat(model.hiddenSize()).isEqualTo(1000);
  }

  @Test
  void unknownWordsAndTagsShareTheUnknownRow() {
    assertThat(model.wordId("zzqxv-not-a-word")).isEqualTo(model.wordId(Config.UNKNOWN));
    assertThat(model.wordId("the")).isNotEqualTo(model.wordId(Config.UNKNOWN));
    assertThat(model.tagId("NOT-A-TAG")).isEqualTo(model.tagId(Config.UNKNOWN));
    assertThat(model.tagId("NN")).isGreaterThan(model.wordId("the"));
    assertThat(model.labelId("nsubj")).isGreaterThan(model.tagId("NN"));
  }

  @Test
  void roundedSlicesAreThePrecomputedOnesRoundedToFloat() {
    // "the" as the first word of the buffer (position 3) is among the most frequent features.
    int frequent = model.wordId("the") * DependencyModel.FEATURES + 3;
    double[] precomputed = model.precomputed(frequent);
    assertThat(precomputed).isNotNull().hasSize(1000);
    double[] rounded = new double[1000];
    model.roundedSlice(frequent, new double[1000], rounded);
    for (int i = 0; i < rounded.length; i++) {
      assertThat(rounded[i]).isEqualTo((double) (float) precomputed[i]);
    }
  }

  @Test
  void rareFeaturesAreNotPrecomputed() {
    int rare = model.wordId("osteopetrosis") * DependencyModel.FEATURES + 17;
    assertThat(model.precomputed(rare)).isNull();
  }
}
