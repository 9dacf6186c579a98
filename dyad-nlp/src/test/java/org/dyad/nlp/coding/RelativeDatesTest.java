package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyParse.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

  private static LocalDate date(String tokens) {
    return RelativeDates.resolve(new Dependencies(parse(tokens)), 2, WEDNESDAY);
  }

  @Test
  void weekdaysAreTheLatestSuchDayUpToTheDocumentDate() {
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root on/IN/4/case Monday/NNP/2/obl")).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root on/IN/4/case Wednesday/NNP/2/obl")).isEqualTo(WEDNESDAY);
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root on/IN/4/case Thursday/NNP/2/obl")).isEqualTo(LocalDate.of(2026, 11, 19));
  }

  @Test
  void lastWeekMonthAndYearStepBack() {
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root last/JJ/4/amod year/NN/2/obl:tmod")).isEqualTo(LocalDate.of(2025, 11, 25));
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root last/JJ/4/amod week/NN/2/obl:tmod")).isEqualTo(LocalDate.of(2026, 11, 18));
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root yesterday/NN/2/obl:tmod")).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void monthAndDayWithoutYearIsTheLatestSuchDay() {
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root on/IN/4/case Oct./NNP/2/obl 14/CD/4/nummod"))
        .isEqualTo(LocalDate.of(2026, 10, 14));
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root on/IN/4/case December/NNP/2/obl 3/CD/4/nummod"))
        .isEqualTo(LocalDate.of(2025, 12, 3));
  }

  @Test
  void noDateWordsOrNoDocumentDateLeaveTheDocumentsDate() {
    assertThat(date("Iran/NNP/2/nsubj struck:strike/VBD/0/root Iraq/NNP/2/obj")).isEqualTo(WEDNESDAY);
    assertThat(RelativeDates.resolve(new Dependencies(parse("Iran/NNP/2/nsubj struck:strike/VBD/0/root yesterday/NN/2/obl:tmod")), 2, null))
        .isNull();
  }
}
