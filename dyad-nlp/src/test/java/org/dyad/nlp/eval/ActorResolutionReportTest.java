package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.core.nlp.Mention;
import org.junit.jupiter.api.Test;

class ActorResolutionReportTest {

  private static final Mention OFFICIALS =
      new Mention("R-1", 0, 21, 39, "Romanian|officials", "HUNGOV", "Hungary", null, "phrase");
  private static final Mention BUDAPEST =
      new Mention("R-1", 0, 50, 58, "Budapest", "HUN", "Hungary", null, "phrase");

  /** One record: Hungarian found, Romanian resolved as HUNGOV, Budapest outside the gold actors. */
  private static ActorResolutionScore score() {
    return ActorResolutionScore.of(1, 2, 1, 2, 1,
        Map.of(ErrorClass.WRONG_ROOT, 1, ErrorClass.SPURIOUS_OUTSIDE_GOLD, 1),
        new TreeMap<>(Map.of("HUN", new CodeTally(1, 1), "ROU", new CodeTally(0, 1))),
        List.of(new ResolutionError(ErrorClass.SPURIOUS_OUTSIDE_GOLD, 1, "R-1", null, List.of(BUDAPEST)),
            new ResolutionError(ErrorClass.WRONG_ROOT, 1, "R-1", new GoldActor("Romanian", "ROU", 21, 29),
                List.of(OFFICIALS))));
  }

  @Test
  void rendersTheNumbersErrorClassesRootsAndExamples() {
    assertThat(new ActorResolutionReport().render("PLOVER, odd half", score())).isEqualTo("""
        ## PLOVER, odd half

        | records | gold actors | found | mentions on gold | correct mentions | precision | recall | F1 |
        |---:|---:|---:|---:|---:|---:|---:|---:|
        | 1 | 2 | 1 | 2 | 1 | 0.500 | 0.500 | 0.500 |

        | error class | count | meaning |
        |---|---:|---|
        | MISSED | 0 | %s |
        | WRONG_ROOT | 1 | %s |
        | UNLOCATED_GOLD | 0 | %s |
        | SPURIOUS_OUTSIDE_GOLD | 1 | %s |

        ### Recall by gold root

        | root | found | gold | recall |
        |---|---:|---:|---:|
        | HUN | 1 | 1 | 1.000 |
        | ROU | 0 | 1 | 0.000 |

        ### Examples of errors

        | class | record | gold | Dyad |
        |---|---|---|---|
        | WRONG_ROOT | 1 R-1 | Romanian (ROU) | Romanian\\|officials (HUNGOV) |
        | SPURIOUS_OUTSIDE_GOLD | 1 R-1 | — | Budapest (HUN) |
        """.formatted(ErrorClass.MISSED.meaning(), ErrorClass.WRONG_ROOT.meaning(),
        ErrorClass.UNLOCATED_GOLD.meaning(), ErrorClass.SPURIOUS_OUTSIDE_GOLD.meaning()));
  }

  @Test
  void capsTheListTablesAndSaysSo() {
    String report = new ActorResolutionReport(1).render("PLOVER", score());
    assertThat(report).contains("The first 1 of 2 roots, most frequent first.\n\n| root |")
        .contains("| HUN | 1 | 1 | 1.000 |").doesNotContain("| ROU |")
        .contains("The first 1 of 2 examples kept.").doesNotContain("Budapest");
  }

  @Test
  void rendersTheAnswerKeyScore() {
    ExpectedEvent event = new ExpectedEvent("a/2.txt", 2, "USA", "PAK", LocalDate.of(2002, 1, 1), "Washington praised Pakistan.");
    AnswerKeyScore score = new AnswerKeyScore(1, 2, 1, 1,
        List.of(new AnswerKeyMiss(event, AnswerKeyMiss.Role.TARGET, "PAK", false, List.of("USA"))));
    assertThat(new ActorResolutionReport().render("Sample corpus", score)).isEqualTo("""
        ## Sample corpus

        | events | actors expected | found exact | found at root | exact recall | root recall |
        |---:|---:|---:|---:|---:|---:|
        | 1 | 2 | 1 | 1 | 0.500 | 0.500 |

        ### Actors not found exactly

        | document | role | expected | root found | Dyad codes | sentence |
        |---|---|---|---|---|---|
        | a/2.txt | target | PAK | no | USA | Washington praised Pakistan. |
        """);
  }

  @Test
  void marksUnlocatedGoldAndEmptyFindings() {
    ActorResolutionScore score = ActorResolutionScore.of(1, 1, 0, 0, 0, Map.of(ErrorClass.UNLOCATED_GOLD, 1),
        new TreeMap<>(Map.of("USA", new CodeTally(0, 1))),
        List.of(new ResolutionError(ErrorClass.UNLOCATED_GOLD, 3, "R-3",
            new GoldActor("U.S. ... negotiators", "USA", -1, -1), List.of())));
    assertThat(new ActorResolutionReport().render("t", score))
        .contains("| UNLOCATED_GOLD | 3 R-3 | U.S. ... negotiators (USA), not in the sentence | none |");
  }

  @Test
  void needsAtLeastOneRow() {
    assertThatThrownBy(() -> new ActorResolutionReport(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
