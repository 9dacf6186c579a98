package org.dyad.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;

/**
 * An actor as an analyst types it, on the command line or in the web UI: a code ({@code IRN},
 * {@code IMGMUSALQ}) taken as it is, or a name the default dictionaries resolve to exactly one code
 * ({@code Iran}, {@code al-Qaeda}). One dictionary pass over the typed words, linear in their length.
 * It lives here, with the other wiring of the stages, so the CLI and the server resolve alike.
 */
public final class TypedActor {

  private TypedActor() {}

  /** The actor {@code typed} names; an unknown or ambiguous name is refused with one line. */
  public static ActorMatch resolve(String typed) throws IOException {
    Objects.requireNonNull(typed, "typed");
    String text = typed.strip();
    if (text.matches("[A-Z0-9]{3,15}")) {
      return new ActorMatch(text);
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an actor is needed: a code such as IRN or IMGMUSALQ, or a name such as Iran");
    }
    DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionaries.defaults(), OfficeLookup.defaults());
    List<Mention> mentions = resolver.resolve(List.of(new Sentence("typed", 0, 0, text.length(), text)), LocalDate.now());
    List<String> codes = mentions.stream().map(Mention::code).filter(Objects::nonNull).distinct().toList();
    if (codes.size() != 1) {
      throw new IllegalArgumentException(codes.isEmpty()
          ? "'" + typed + "' is no actor code and names no actor the dictionaries know; try its code, e.g. IRN or IMGMUSALQ"
          : "'" + typed + "' names several actors " + codes + "; give one code");
    }
    return new ActorMatch(codes.getFirst());
  }
}
