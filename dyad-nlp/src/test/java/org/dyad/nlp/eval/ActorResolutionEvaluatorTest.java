package org.dyad.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Three records and a resolver that knows fixed phrases; every number below is counted by hand.
 *
 * <pre>
 * 1 "Senior Hungarian and Romanian officials met."   gold Hungarian HUN, Romanian ROU
 *    Dyad: Hungarian HUNGOV (found), "Romanian officials" HUNGOV (overlaps Romanian: WRONG_ROOT)
 * 2 "Japanese troops shelled Chinese villages near Beijing."   gold Japanese troops JAP=JPN, Chinese villages CHN
 *    Dyad: Japanese JAPMIL (found, JAP=JPN), nothing on Chinese villages (MISSED), Beijing CHN (SPURIOUS)
 * 3 "U.S. and Russian negotiators met in Geneva."   gold "American envoys" USA (UNLOCATED),
 *    Russian RUS as source and again as target (one gold actor)
 *    Dyad: Russian RUSGOV and "Russian negotiators" RUSGOV (both on Russian, found), U.S. USA (SPURIOUS:
 *    the only gold actor it could belong to cannot be located)
 *
 * gold actors 6, found 3 (Hungarian, Japanese troops, Russian): recall 3/6 = 0.5
 * mentions overlapping gold 5 (Hungarian, Romanian officials, Japanese, Russian, Russian negotiators),
 * correct 4 (all but Romanian officials): precision 4/5 = 0.8; F1 = 2 * 0.8 * 0.5 / 1.3 = 8/13
 * </pre>
 */
class ActorResolutionEvaluatorTest {

  private static final PloverRecord HUNGARY = record(1, "R-1", "Senior Hungarian and Romanian officials met.",
      List.of(gold("Senior Hungarian and Romanian officials met.", "Hungarian", "HUN"),
          gold("Senior Hungarian and Romanian officials met.", "Romanian", "ROU")), List.of());
  private static final String CHINA = "Japanese troops shelled Chinese villages near Beijing.";
  private static final PloverRecord JAPAN = record(2, "R-2", CHINA,
      List.of(gold(CHINA, "Japanese troops", "JAP")), List.of(gold(CHINA, "Chinese villages", "CHN")));
  private static final String GENEVA = "U.S. and Russian negotiators met in Geneva.";
  private static final PloverRecord RUSSIA = record(3, "R-3", GENEVA,
      List.of(gold(GENEVA, "American envoys", "USA"), gold(GENEVA, "Russian", "RUS")),
      List.of(gold(GENEVA, "Russian", "RUS")));
  private static final List<PloverRecord> RECORDS = List.of(HUNGARY, JAPAN, RUSSIA);

  private static FixedPhraseResolver resolver() {
    return new FixedPhraseResolver("Hungarian", "HUNGOV", "Romanian officials", "HUNGOV", "Japanese", "JAPMIL",
        "Beijing", "CHN", "Russian", "RUSGOV", "Russian negotiators", "RUSGOV", "U.S.", "USA");
  }

  @Test
  void countsGoldActorsAndMentionsByHand() {
    ActorResolutionScore score = new ActorResolutionEvaluator(resolver()).evaluate(RECORDS);
    assertThat(score.records()).isEqualTo(3);
    assertThat(score.goldActors()).isEqualTo(6);
    assertThat(score.correct()).isEqualTo(3);
    assertThat(score.mentionsOverlappingGold()).isEqualTo(5);
    assertThat(score.mentionsCorrect()).isEqualTo(4);
    assertThat(score.precision()).isEqualTo(0.8);
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.f1()).isCloseTo(8.0 / 13, offset(1e-12));
  }

  @Test
  void classifiesTheErrors() {
    ActorResolutionScore score = new ActorResolutionEvaluator(resolver()).evaluate(RECORDS);
    assertThat(score.errors()).containsExactly(entry(ErrorClass.MISSED, 1), entry(ErrorClass.WRONG_ROOT, 1),
        entry(ErrorClass.UNLOCATED_GOLD, 1), entry(ErrorClass.SPURIOUS_OUTSIDE_GOLD, 2));
  }

  @Test
  void talliesEachGoldRoot() {
    ActorResolutionScore score = new ActorResolutionEvaluator(resolver()).evaluate(RECORDS);
    assertThat(score.byGoldCode()).containsExactly(entry("CHN", new CodeTally(0, 1)), entry("HUN", new CodeTally(1, 1)),
        entry("JPN", new CodeTally(1, 1)), entry("ROU", new CodeTally(0, 1)), entry("RUS", new CodeTally(1, 1)),
        entry("USA", new CodeTally(0, 1)));
  }

  @Test
  void keepsExamplesWithTheGoldActorAndWhatDyadFound() {
    List<ResolutionError> examples = new ActorResolutionEvaluator(resolver()).evaluate(RECORDS).examples();
    assertThat(examples).extracting(ResolutionError::errorClass, ResolutionError::recordId)
        .containsExactly(tuple(ErrorClass.WRONG_ROOT, "R-1"), tuple(ErrorClass.MISSED, "R-2"),
            tuple(ErrorClass.SPURIOUS_OUTSIDE_GOLD, "R-2"), tuple(ErrorClass.UNLOCATED_GOLD, "R-3"),
            tuple(ErrorClass.SPURIOUS_OUTSIDE_GOLD, "R-3"));
    assertThat(codes(examples.get(0))).containsExactly("Romanian officials HUNGOV");
    assertThat(examples.get(0).gold().actorText()).isEqualTo("Romanian");
    assertThat(codes(examples.get(1))).containsExactly("Japanese JAPMIL", "Beijing CHN");
    assertThat(examples.get(2).gold()).isNull();
    assertThat(codes(examples.get(2))).containsExactly("Beijing CHN");
  }

  @Test
  void limitsTheExamplesPerClassButNotTheCounts() {
    ActorResolutionScore score = new ActorResolutionEvaluator(resolver(), 1).evaluate(RECORDS);
    assertThat(score.examples()).extracting(ResolutionError::errorClass).containsExactly(ErrorClass.WRONG_ROOT,
        ErrorClass.MISSED, ErrorClass.SPURIOUS_OUTSIDE_GOLD, ErrorClass.UNLOCATED_GOLD);
    assertThat(score.errorCount(ErrorClass.SPURIOUS_OUTSIDE_GOLD)).isEqualTo(2);
  }

  @Test
  void evaluatesOneHalf() {
    PloverRecords gold = new PloverRecords(RECORDS, List.of());
    ActorResolutionScore odd = new ActorResolutionEvaluator(resolver()).evaluate(gold, Half.ODD);
    // records 1 and 3: gold Hungarian, Romanian, American envoys, Russian; mentions on gold 2 + 2.
    assertThat(odd.records()).isEqualTo(2);
    assertThat(odd.goldActors()).isEqualTo(4);
    assertThat(odd.correct()).isEqualTo(2);
    assertThat(odd.precision()).isEqualTo(0.75);
    assertThat(odd.recall()).isEqualTo(0.5);
  }

  @Test
  void resolvesEachRecordAsOneSentenceOnItsDate() {
    FixedPhraseResolver resolver = resolver();
    new ActorResolutionEvaluator(resolver).evaluate(RECORDS);
    assertThat(resolver.sentencesSeen).first()
        .isEqualTo(new Sentence("R-1", 0, 0, HUNGARY.text().length(), HUNGARY.text()));
    assertThat(resolver.datesSeen)
        .containsExactly(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 3));
  }

  @Test
  void noRecordsScoreZero() {
    ActorResolutionScore score = new ActorResolutionEvaluator(resolver()).evaluate(List.of());
    assertThat(score.precision()).isZero();
    assertThat(score.recall()).isZero();
    assertThat(score.f1()).isZero();
  }

  @Test
  void aFailingResolverNamesTheRecord() {
    ActorResolutionEvaluator evaluator = new ActorResolutionEvaluator((sentences, date) -> {
      throw new IllegalArgumentException("boom");
    });
    assertThatThrownBy(() -> evaluator.evaluate(RECORDS))
        .isInstanceOf(IllegalStateException.class).hasMessage("resolving PLOVER record 1 (R-1) failed: boom");
  }

  private static List<String> codes(ResolutionError error) {
    return error.mentions().stream().map(m -> m.text() + " " + m.code()).toList();
  }

  private static GoldActor gold(String text, String words, String code) {
    return GoldActor.locatedIn(text, words, code);
  }

  private static PloverRecord record(int position, String id, String text, List<GoldActor> sources,
      List<GoldActor> targets) {
    return new PloverRecord(position, id, LocalDate.of(2000, 1, position), text, "EVENT", sources, targets);
  }
}
