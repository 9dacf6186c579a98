package org.dyad.nlp.resolve;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.ActorAlias;
import org.dyad.nlp.dictionary.ActorDictionary;
import org.dyad.nlp.dictionary.ActorEntry;
import org.dyad.nlp.dictionary.CodeSpan;
import org.dyad.nlp.dictionary.Phrases;

/** A workspace's aliases as an actor dictionary, one undated entry each. */
public final class AliasDictionary {

  /** The source name alias entries carry, so reports can tell them from dictionary entries. */
  public static final String SOURCE = "workspace aliases";

  private AliasDictionary() {}

  public static ActorDictionary of(List<ActorAlias> aliases) {
    List<ActorEntry> entries = new ArrayList<>();
    for (int i = 0; i < aliases.size(); i++) {
      ActorAlias alias = aliases.get(i);
      String phrase = Phrases.normalise(alias.phrase());
      entries.add(new ActorEntry(phrase, List.of(), List.of(CodeSpan.always(alias.code())), "", SOURCE, i + 1));
    }
    return new ActorDictionary(entries);
  }
}
