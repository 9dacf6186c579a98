package org.dyad.nlp.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;

/**
 * Scores an {@link ActorResolver} against the PLOVER gold-standard records: are the source and
 * target actors that the gold data names found at the right place with the right root?
 *
 * <p>Each record is resolved on its own, as a one-sentence document ({@code doc} = record id,
 * sentence 0 spanning the whole text) dated with the record's date. Matching uses the lenient
 * span criterion of named-entity evaluation (overlap, the "partial" match of SemEval-2013 task
 * 9.1) and compares three-letter roots only ({@link CameoRoot}), because the gold codes are
 * roots and PLOVER's sectors do not map one-to-one to CAMEO agents.
 *
 * <ul>
 *   <li>A gold actor is <em>found</em> when some Dyad mention overlapping its words has its root.
 *       Otherwise it is {@link ErrorClass#MISSED} (no mention overlaps it), {@link
 *       ErrorClass#WRONG_ROOT} (mentions overlap it, none with its root) or {@link
 *       ErrorClass#UNLOCATED_GOLD} (its words are not in the sentence, so nothing can be
 *       matched to it; it stays in the recall denominator so that the number is not flattered).
 *   <li>Recall = gold actors found ÷ gold actors.
 *   <li>Precision = correct mentions ÷ mentions overlapping a gold actor, where a mention is
 *       correct when it has the root of a gold actor it overlaps. Counted on mentions rather than
 *       as found gold actors ÷ mentions so that it stays within [0, 1] when one mention covers
 *       two gold actors ("Israeli helicopters and tanks").
 *   <li>Mentions overlapping no gold actor are counted as {@link
 *       ErrorClass#SPURIOUS_OUTSIDE_GOLD} but left out of precision: the gold data codes only
 *       the event's actors, so "a UN official said" may be resolved rightly and still be absent.
 * </ul>
 *
 * <p>Takes O(g·m) comparisons per record for g gold actors and m mentions, plus the resolver's
 * own cost. The resolver is called once per record, in record order, from the calling thread.
 */
public final class ActorResolutionEvaluator {

  /** How many examples of each error class a score keeps unless told otherwise. */
  public static final int DEFAULT_EXAMPLES_PER_CLASS = 5;

  private final ActorResolver resolver;
  private final int examplesPerClass;

  public ActorResolutionEvaluator(ActorResolver resolver) {
    this(resolver, DEFAULT_EXAMPLES_PER_CLASS);
  }

  public ActorResolutionEvaluator(ActorResolver resolver, int examplesPerClass) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    if (examplesPerClass < 0) {
      throw new IllegalArgumentException("examples per class must be >= 0, got " + examplesPerClass);
    }
    this.examplesPerClass = examplesPerClass;
  }

  /** Scores the records of {@code half}. */
  public ActorResolutionScore evaluate(PloverRecords records, Half half) {
    return evaluate(records.half(half));
  }

  /** Scores {@code records}. */
  public ActorResolutionScore evaluate(List<PloverRecord> records) {
    Tally tally = new Tally();
    for (PloverRecord record : records) {
      List<Mention> mentions = resolve(record);
      List<GoldActor> gold = record.goldActors();
      for (GoldActor actor : gold) {
        judgeGold(record, actor, mentions, tally);
      }
      for (Mention mention : mentions) {
        judgeMention(record, mention, gold, tally);
      }
    }
    return ActorResolutionScore.of(records.size(), tally.goldActors, tally.correct, tally.mentionsOverlappingGold,
        tally.mentionsCorrect, tally.errors, tally.byGoldCode, tally.examples);
  }

  private List<Mention> resolve(PloverRecord record) {
    Sentence sentence = new Sentence(record.id(), 0, 0, record.text().length(), record.text());
    try {
      return List.copyOf(resolver.resolve(List.of(sentence), record.date()));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "resolving PLOVER record " + record.position() + " (" + record.id() + ") failed: " + e.getMessage(), e);
    }
  }

  private void judgeGold(PloverRecord record, GoldActor actor, List<Mention> mentions, Tally tally) {
    tally.goldActors++;
    List<Mention> overlapping = mentions.stream().filter(m -> actor.overlaps(m.start(), m.end())).toList();
    boolean found = overlapping.stream().anyMatch(m -> hasRoot(m, actor));
    tally.byGoldCode.put(actor.code(), tally.byGoldCode.getOrDefault(actor.code(), new CodeTally(0, 0)).plus(found));
    if (found) {
      tally.correct++;
    } else if (!actor.located()) {
      tally.error(new ResolutionError(ErrorClass.UNLOCATED_GOLD, record.position(), record.id(), actor, mentions));
    } else if (overlapping.isEmpty()) {
      tally.error(new ResolutionError(ErrorClass.MISSED, record.position(), record.id(), actor, mentions));
    } else {
      tally.error(new ResolutionError(ErrorClass.WRONG_ROOT, record.position(), record.id(), actor, overlapping));
    }
  }

  private void judgeMention(PloverRecord record, Mention mention, List<GoldActor> gold, Tally tally) {
    List<GoldActor> overlapped = gold.stream().filter(g -> g.overlaps(mention.start(), mention.end())).toList();
    if (overlapped.isEmpty()) {
      tally.error(new ResolutionError(
          ErrorClass.SPURIOUS_OUTSIDE_GOLD, record.position(), record.id(), null, List.of(mention)));
      return;
    }
    tally.mentionsOverlappingGold++;
    if (overlapped.stream().anyMatch(g -> hasRoot(mention, g))) {
      tally.mentionsCorrect++;
    }
  }

  private static boolean hasRoot(Mention mention, GoldActor actor) {
    return CameoRoot.of(mention.code()).equals(actor.code());
  }

  /** The running counts of one evaluation. */
  private final class Tally {
    int goldActors;
    int correct;
    int mentionsOverlappingGold;
    int mentionsCorrect;
    final Map<ErrorClass, Integer> errors = new EnumMap<>(ErrorClass.class);
    final TreeMap<String, CodeTally> byGoldCode = new TreeMap<>();
    final List<ResolutionError> examples = new ArrayList<>();

    void error(ResolutionError error) {
      int seen = errors.merge(error.errorClass(), 1, Integer::sum);
      if (seen <= examplesPerClass) {
        examples.add(error);
      }
    }
  }
}
