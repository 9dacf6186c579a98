package org.dyad.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;

/**
 * An actor as the user types it: a code ({@code IRN}, {@code IMGMUSALQ}) or a name the
 * dictionaries resolve ({@code Iran}, {@code al-Qaeda}, {@code Hizballah}).
 */
final class ActorArgument {

  private ActorArgument() {}

  static ActorMatch resolve(String typed) throws IOException {
    String text = typed.strip();
    if (text.matches("[A-Z0-9]{3,15}")) {
      return new ActorMatch(text);
    }
    DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionaries.defaults(), OfficeLookup.defaults());
    List<Mention> mentions = resolver.resolve(List.of(new Sentence("typed", 0, 0, text.length(), text)), LocalDate.now());
    List<String> codes = mentions.stream().map(Mention::code).filter(code -> code != null).distinct().toList();
    if (codes.size() != 1) {
      throw new IllegalArgumentException(codes.isEmpty()
          ? "'" + typed + "' is no actor code and names no actor the dictionaries know; try its code, e.g. IRN or IMGMUSALQ"
          : "'" + typed + "' names several actors " + codes + "; give one code");
    }
    return new ActorMatch(codes.getFirst());
  }
}
