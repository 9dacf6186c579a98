package org.dyad.nlp.resolve;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.nlp.dictionary.ActorEntry;
import org.dyad.nlp.dictionary.CodeSpan;
import org.dyad.nlp.match.PhraseMatch;
import org.dyad.nlp.resolve.ActorLexicon.ActorPhrase;
import org.dyad.nlp.resolve.ActorLexicon.Entry;

/**
 * An actor phrase matched in a sentence, with the entry and code chosen for the sentence's date.
 *
 * @param match the phrase match
 * @param entry the actor entry chosen
 * @param code the entry's code on the date
 * @param kind what the code names (state, person, organisation…)
 * @param pluralDemonym whether the phrase is the plural of one of the entry's names ("Iranians")
 */
record MatchedActor(PhraseMatch<Entry> match, ActorEntry entry, String code, ActorKind kind, boolean pluralDemonym) {

  /**
   * The match's actor entry for {@code date}: one whose dated code covers it ("President Bush" in
   * 2003 is the son, in 1990 the father), else the first with any code that applies; none for a short
   * lower-case word.
   */
  static Optional<MatchedActor> of(PhraseMatch<Entry> match, LocalDate date, MatchJoins joins) {
    if (joins.isLowerCaseShortWord(match)) {
      return Optional.empty();
    }
    MatchedActor fallback = null;
    for (Entry entry : match.values()) {
      if (entry instanceof ActorPhrase phrase) {
        Optional<String> code = codeOn(phrase.entry(), date);
        if (code.isEmpty()) {
          continue;
        }
        MatchedActor actor = new MatchedActor(match, phrase.entry(), code.get(), ActorKind.of(phrase.entry(), code.get()),
            phrase.pluralDemonym());
        if (date != null && phrase.entry().codes().stream().anyMatch(span -> span.isDated() && span.contains(date))) {
          return Optional.of(actor);
        }
        if (fallback == null) {
          fallback = actor;
        }
      }
    }
    return Optional.ofNullable(fallback);
  }

  /** Whether this is a person of {@code actor}'s state: "Iranian President Khatami". */
  boolean isPersonOf(MatchedActor actor) {
    return kind == ActorKind.PERSON && actor.code().length() >= 3 && code.startsWith(actor.code().substring(0, 3));
  }

  private static Optional<String> codeOn(ActorEntry entry, LocalDate date) {
    if (date != null) {
      return entry.codeOn(date);
    }
    return entry.codes().stream().filter(span -> !span.isDated()).map(CodeSpan::code).findFirst();
  }
}
