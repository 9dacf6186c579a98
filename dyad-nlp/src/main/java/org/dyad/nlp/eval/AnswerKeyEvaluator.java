package org.dyad.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;

/**
 * Checks an {@link ActorResolver} against the actor codes of the sample corpus's answer key: for
 * each expected event, is there a mention with the source's code and one with the target's code
 * in the event's sentence?
 *
 * <p>Each event's sentence is resolved on its own, as a one-sentence document ({@code doc} = the
 * document's path) dated with the event's date. An actor is found <em>exactly</em> when some
 * mention's code equals the expected code, and <em>at root</em> when some mention's root equals
 * the expected code's root ({@link CameoRoot}). Where in the sentence the mention is does not
 * matter: the key gives codes, not spans, and the event coder decides which mention is the
 * source. This measures recall only; the key does not list every actor a sentence names.
 *
 * <p>Resolving the sentence alone loses back-references to earlier sentences ("the group"), so
 * the numbers are a lower bound for what the resolver achieves inside whole documents.
 */
public final class AnswerKeyEvaluator {

  private final ActorResolver resolver;

  public AnswerKeyEvaluator(ActorResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** Checks every event of {@code key}. */
  public AnswerKeyScore evaluate(AnswerKey key) {
    return evaluate(key.events());
  }

  /** Checks {@code events}. */
  public AnswerKeyScore evaluate(List<ExpectedEvent> events) {
    int foundExact = 0;
    int foundAtRoot = 0;
    List<AnswerKeyMiss> misses = new ArrayList<>();
    for (ExpectedEvent event : events) {
      List<Mention> mentions = resolve(event);
      for (AnswerKeyMiss.Role role : AnswerKeyMiss.Role.values()) {
        String expected = role == AnswerKeyMiss.Role.SOURCE ? event.source() : event.target();
        boolean exact = mentions.stream().anyMatch(m -> m.code().equals(expected));
        boolean atRoot = mentions.stream().anyMatch(m -> CameoRoot.of(m.code()).equals(CameoRoot.of(expected)));
        foundExact += exact ? 1 : 0;
        foundAtRoot += atRoot ? 1 : 0;
        if (!exact) {
          misses.add(new AnswerKeyMiss(event, role, expected, atRoot, mentions.stream().map(Mention::code).toList()));
        }
      }
    }
    return new AnswerKeyScore(events.size(), 2 * events.size(), foundExact, foundAtRoot, misses);
  }

  private List<Mention> resolve(ExpectedEvent event) {
    String text = event.sentence();
    Sentence sentence = new Sentence(event.file(), 0, 0, text.length(), text);
    try {
      return List.copyOf(resolver.resolve(List.of(sentence), event.date()));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "resolving the answer key's sentence on line " + event.line() + " (" + event.file() + ") failed: "
              + e.getMessage(), e);
    }
  }
}
