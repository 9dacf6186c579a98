package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodeSpanTest {

  private static final LocalDate JAN_9 = LocalDate.of(2010, 1, 9);
  private static final LocalDate JAN_12 = LocalDate.of(2010, 1, 12);

  @Test
  void bothEndsAreIncluded() {
    CodeSpan span = new CodeSpan("ORCHOB", JAN_9, JAN_12);
    assertThat(span.contains(JAN_9.minusDays(1))).isFalse();
    assertThat(span.contains(JAN_9)).isTrue();
    assertThat(span.contains(JAN_12)).isTrue();
    assertThat(span.contains(JAN_12.plusDays(1))).isFalse();
  }

  @Test
  void aOneDaySpanIsAllowed() {
    CodeSpan acting = new CodeSpan("ZAFGOV", JAN_9, JAN_9);
    assertThat(acting.contains(JAN_9)).isTrue();
    assertThat(acting.contains(JAN_9.plusDays(1))).isFalse();
  }

  @Test
  void openEndsReachForever() {
    assertThat(new CodeSpan("X", JAN_9, null).contains(LocalDate.of(9999, 1, 1))).isTrue();
    assertThat(new CodeSpan("X", null, JAN_9).contains(LocalDate.of(1, 1, 1))).isTrue();
    assertThat(CodeSpan.always("X").contains(JAN_9)).isTrue();
  }

  @Test
  void datedMeansAtLeastOneBoundedEnd() {
    assertThat(CodeSpan.always("X").isDated()).isFalse();
    assertThat(new CodeSpan("X", JAN_9, null).isDated()).isTrue();
    assertThat(new CodeSpan("X", null, JAN_9).isDated()).isTrue();
  }

  @Test
  void acceptsTheCodeFormsOfTheFiles() {
    String[] codes = {"IRNGOV", "NGOHINDEN211DEV", "ELR/GAL", "FRO/BIL/SAM", "---", "+++"};
    for (String code : codes) {
      assertThat(CodeSpan.always(code).code()).isEqualTo(code);
    }
  }

  @Test
  void rejectsWhatIsNotACode() {
    String[] notCodes = {"", "irn", "950601", "AAA950601-990815", "A B", "--", "###", "A/"};
    for (String code : notCodes) {
      assertThatThrownBy(() -> CodeSpan.always(code))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void rejectsASpanThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> new CodeSpan("X", JAN_12, JAN_9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no day");
  }
}
