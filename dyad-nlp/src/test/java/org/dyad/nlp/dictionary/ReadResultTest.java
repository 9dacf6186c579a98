package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

  @Test
  void copiesTheWarnings() {
    List<DictionaryWarning> warnings = new ArrayList<>();
    warnings.add(new DictionaryWarning("a", 1, "m"));
    ReadResult<String> result = new ReadResult<>("dictionary", warnings);
    warnings.clear();
    assertThat(result.warnings()).hasSize(1);
  }

  @Test
  void needsADictionary() {
    assertThatThrownBy(() -> new ReadResult<>(null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }
}
