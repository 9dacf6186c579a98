package org.dyad.nlp.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One coded sentence of the PLOVER gold-standard records.
 *
 * @param position 1-based position among the file's records, the {@code DOCUMENT} header not
 *     counted; decides the record's {@link Half}
 * @param id the record id ({@code PLOVER-GSR01-AGREE-0001}); the file repeats a few, so the
 *     position is what identifies a record
 * @param date the day the sentence was published, which decides the codes valid for it
 * @param text the sentence
 * @param event the PLOVER event type ({@code AGREE}, {@code COERCE}, ...)
 * @param sources the gold source actors, in file order
 * @param targets the gold target actors, in file order
 * @param reciprocal whether the record's markup marks its actors as both source and target
 *     ({@code (SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials agreed}): a compound actor's
 *     mutual act, which the file writes with the actors under {@code source} and no {@code target}
 */
public record PloverRecord(
    int position, String id, LocalDate date, String text, String event, List<GoldActor> sources,
    List<GoldActor> targets, boolean reciprocal) {

  /** A record whose actors are each either a source or a target, not both. */
  public PloverRecord(
      int position, String id, LocalDate date, String text, String event, List<GoldActor> sources,
      List<GoldActor> targets) {
    this(position, id, date, text, event, sources, targets, false);
  }

  public PloverRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(event, "event");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    if (position < 1) {
      throw new IllegalArgumentException("record positions start at 1, got " + position);
    }
    if (id.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("record " + position + " needs an id and a text");
    }
    for (GoldActor actor : concat(sources, targets)) {
      if (actor.end() > text.length()) {
        throw new IllegalArgumentException(
            "record " + id + ": " + actor.actorText() + " ends at " + actor.end() + ", past the text");
      }
    }
  }

  /**
   * The (source, target) pairs the record asserts an event for, in file order: each source with
   * each target; for a {@link #reciprocal} record without targets, each source with each other
   * source (two pairs for "Hungarian and Romanian officials agreed", none for a lone actor).
   */
  public List<Map.Entry<GoldActor, GoldActor>> pairs() {
    List<Map.Entry<GoldActor, GoldActor>> pairs = new ArrayList<>();
    boolean mutual = reciprocal && targets.isEmpty();
    List<GoldActor> others = mutual ? sources : targets;
    for (int s = 0; s < sources.size(); s++) {
      for (int t = 0; t < others.size(); t++) {
        if (!mutual || s != t) {
          pairs.add(Map.entry(sources.get(s), others.get(t)));
        }
      }
    }
    return List.copyOf(pairs);
  }

  /**
   * The distinct gold actors, sources first: an actor listed twice with the same text and code
   * counts once. PLOVER lists an actor under both source and target for reciprocal events
   * ("Hungarian and Romanian officials agreed ..."); it is still one stretch of text that Dyad
   * resolves once, so counting it twice would weigh the sentence double in recall. The same text
   * with two different codes stays two actors: the record asserts two codes for one stretch of
   * text, and a resolver that gives it one root is right about only one of them.
   */
  public List<GoldActor> goldActors() {
    Map<String, GoldActor> distinct = new LinkedHashMap<>();
    for (GoldActor actor : concat(sources, targets)) {
      distinct.putIfAbsent(actor.actorText() + '\u0000' + actor.code(), actor);
    }
    return List.copyOf(distinct.values());
  }

  private static List<GoldActor> concat(List<GoldActor> first, List<GoldActor> second) {
    List<GoldActor> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
