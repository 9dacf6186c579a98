package org.dyad.nlp.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.nlp.Mention;

/**
 * The actors named so far in a document, for back-references. A reference binds to the most
 * recent actor of a compatible kind only when every compatible actor in reach is the same one:
 * "the group" after "al-Qaeda and the Taliban" binds to nothing. Reach is the current sentence up
 * to the reference and the {@value #SENTENCES_BACK} sentences before it.
 *
 * <p>This is the conservative end of the salience-based heuristics of Lappin and Leass, "An
 * Algorithm for Pronominal Anaphora Resolution" (Computational Linguistics 20(4), 1994): recency
 * and agreement in kind, with ambiguity resolved by abstaining instead of by weights.
 */
final class RecentActors {

  static final int SENTENCES_BACK = 2;

  /** A mention and the kind of actor it named; {@code referent} is what a reference to it means. */
  record Named(Mention mention, ActorKind kind, String referent) {}

  private final List<Named> named = new ArrayList<>();

  void add(Mention mention, ActorKind kind) {
    String referent =
        switch (kind) {
          case STATE -> mention.root();
          case PERSON -> mention.person() != null ? mention.person() : mention.code();
          default -> mention.code();
        };
    named.add(new Named(mention, kind, referent));
  }

  /**
   * The one plural actor in reach of "they" at {@code offset}: a mention whose last word is a plural
   * noun ("Yoruba leaders", "US officials", "Albanians"), not a person's name. Two such actors with
   * different codes in reach bind nothing.
   */
  Optional<Named> bindPlural(int sentence, int offset) {
    return bind(sentence, offset, candidate -> candidate.kind() != ActorKind.PERSON && endsWithPlural(candidate.mention().text()),
        candidate -> candidate.mention().code());
  }

  /** "leaders", "Albanians", "officials": a last word ending in s, not "'s", "ss" or "us" (Cyprus, Hamas). */
  private static boolean endsWithPlural(String text) {
    String last = text.substring(text.lastIndexOf(' ') + 1);
    return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("'s")
        && !last.endsWith("’s") && !last.endsWith("as") && !last.endsWith("is") && Character.isLetter(last.charAt(0));
  }

  /**
   * The one state in reach of a role's back-reference at {@code offset} ("the administration"): a
   * state, or a person or group of one state ("President Bush ... the administration" is the United
   * States, "Myanmar's National League for Democracy ... the junta" Myanmar). Two different states in
   * reach bind nothing.
   */
  Optional<Named> bindState(int sentence, int offset) {
    return bind(sentence, offset, candidate -> candidate.kind() == ActorKind.STATE
        || (candidate.kind() == ActorKind.PERSON || candidate.kind() == ActorKind.ARMED_OR_POLITICAL_GROUP) && ActorKind.isStateCode(candidate.mention().root()),
        candidate -> candidate.mention().root());
  }

  /** The one actor of a kind in {@code kinds} in reach of a reference at {@code offset} in sentence {@code sentence}. */
  Optional<Named> bind(int sentence, int offset, Set<ActorKind> kinds) {
    return bind(sentence, offset, candidate -> kinds.contains(candidate.kind()), Named::referent);
  }

  /** The one actor that {@code fits} in reach, told apart from others by {@code referent}. */
  private Optional<Named> bind(int sentence, int offset, java.util.function.Predicate<Named> fits,
      java.util.function.Function<Named, String> referent) {
    Named latest = null;
    for (int i = named.size() - 1; i >= 0; i--) {
      Named candidate = named.get(i);
      Mention mention = candidate.mention();
      if (mention.sentence() < sentence - SENTENCES_BACK) {
        break;
      }
      boolean before = mention.sentence() < sentence || mention.end() <= offset;
      if (!before || !fits.test(candidate)) {
        continue;
      }
      if (latest == null) {
        latest = candidate;
      } else if (!referent.apply(latest).equals(referent.apply(candidate))) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(latest);
  }
}
