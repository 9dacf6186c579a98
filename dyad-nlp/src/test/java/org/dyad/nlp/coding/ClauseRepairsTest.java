package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Repairs of how the parser attaches a verb's own clauses and words ({@link ClauseRepairs}). */
class ClauseRepairsTest {

  // the parser's reading of "launched an effort between Gondor and Arnor, whose ties were strained"
  private static final String EFFORT = "Rohan/NNP/2/nsubj launched:launch/VBD/0/root an/DT/4/det effort/NN/2/obj"
      + " between/IN/6/case Gondor/NNP/12/obl and/CC/8/cc Arnor/NNP/6/conj ,/,/4/punct whose/WP$/11/nmod:poss"
      + " ties:tie/NNS/12/nsubj:pass strained:strain/VBN/4/acl:relcl";

  @Test
  void aPhraseBeforeARelativeClausesRelativeWordIsTheNounsNotTheClauses() {
    Dependencies tree = new Dependencies(TinyParse.parse(EFFORT));
    assertThat(tree.head(6)).isEqualTo(4);
    assertThat(tree.relation(6)).isEqualTo("nmod");
    // the clause keeps its own words after the relative word
    assertThat(tree.head(11)).isEqualTo(12);
  }

  @Test
  void aPhraseAfterTheRelativeWordStaysInTheClause() {
    // "an effort, whose ties between Gondor and Arnor were strained"
    String inside = "Rohan/NNP/2/nsubj launched:launch/VBD/0/root an/DT/4/det effort/NN/2/obj ,/,/4/punct"
        + " whose/WP$/7/nmod:poss ties:tie/NNS/12/nsubj:pass between/IN/9/case Gondor/NNP/12/obl and/CC/11/cc"
        + " Arnor/NNP/9/conj strained:strain/VBN/4/acl:relcl";
    Dependencies tree = new Dependencies(TinyParse.parse(inside));
    assertThat(tree.head(9)).isEqualTo(12);
    assertThat(tree.relation(9)).isEqualTo("obl");
  }
}
