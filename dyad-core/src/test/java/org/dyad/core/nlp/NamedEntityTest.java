package org.dyad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedEntityTest {

  @Test
  void spanMustMatchTheText() {
    NamedEntity tehran = new NamedEntity(10, 16, "Tehran", "LOCATION");
    assertThat(tehran.end() - tehran.start()).isEqualTo(tehran.text().length());
    assertThatThrownBy(() -> new NamedEntity(10, 15, "Tehran", "LOCATION"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[10, 15)");
    assertThatThrownBy(() -> new NamedEntity(-1, 5, "Tehran", "LOCATION")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NamedEntity(3, 3, "", "LOCATION")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void needsAType() {
    assertThatThrownBy(() -> new NamedEntity(0, 4, "Iran", " ")).hasMessage("an entity needs a type");
    assertThatThrownBy(() -> new NamedEntity(0, 4, "Iran", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void sortsInDocumentOrder() {
    NamedEntity un = new NamedEntity(0, 14, "United Nations", "ORGANIZATION");
    NamedEntity united = new NamedEntity(0, 6, "United", "MISC");
    NamedEntity gaza = new NamedEntity(20, 24, "Gaza", "LOCATION");
    List<NamedEntity> entities = new ArrayList<>(List.of(gaza, un, united));
    Collections.sort(entities);
    assertThat(entities).containsExactly(united, un, gaza);
  }
}
