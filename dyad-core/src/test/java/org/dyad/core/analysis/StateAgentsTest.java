package org.dyad.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateAgentsTest {

  @Test
  void foldsPartsOfAStateOnly() {
    assertThat(StateAgents.fold("IRNGOV")).isEqualTo("IRN");
    assertThat(StateAgents.fold("PAKMIL")).isEqualTo("PAK");
    assertThat(StateAgents.fold("IRN")).isEqualTo("IRN");
    assertThat(StateAgents.fold("AFGREB")).as("the Taliban").isEqualTo("AFGREB");
    assertThat(StateAgents.fold("IMGMUSALQ")).isEqualTo("IMGMUSALQ");
    assertThat(StateAgents.sql("source_code")).contains("'GOV'").contains("source_code");
  }
}
