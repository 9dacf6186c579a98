package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordWarningTest {

  @Test
  void readsAsOneLineNamingTheRecord() {
    assertThat(new RecordWarning("gold.json", 7, "R-7", "target is 1; read as none"))
        .hasToString("gold.json record 7 (R-7): target is 1; read as none");
    assertThat(new RecordWarning("gold.json", 2, "", "has no id; skipped"))
        .hasToString("gold.json record 2: has no id; skipped");
  }

  @Test
  void ordersBySourceThenRecord() {
    assertThat(new RecordWarning("a", 9, "", "m")).isLessThan(new RecordWarning("b", 1, "", "m"));
    assertThat(new RecordWarning("a", 2, "", "m")).isLessThan(new RecordWarning("a", 10, "", "m"));
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> new RecordWarning("a", 0, "", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecordWarning("a", 1, "", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecordWarning("a", 1, null, "m")).isInstanceOf(NullPointerException.class);
  }
}
