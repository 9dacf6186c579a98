package org.dyad.nlp.eval;

import java.util.List;
import java.util.Objects;

/**
 * An expected actor of the answer key that Dyad did not resolve to its exact code.
 *
 * @param event the expected event
 * @param role whether the actor is the event's source or target
 * @param expectedCode the code the answer key gives
 * @param foundAtRoot whether a mention at least has the code's root
 * @param dyadCodes the codes of every mention Dyad found in the sentence, in mention order
 */
public record AnswerKeyMiss(ExpectedEvent event, Role role, String expectedCode, boolean foundAtRoot, List<String> dyadCodes) {

  /** The actor's part in the event. */
  public enum Role { SOURCE, TARGET }

  public AnswerKeyMiss {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(expectedCode, "expectedCode");
    dyadCodes = List.copyOf(dyadCodes);
    String given = role == Role.SOURCE ? event.source() : event.target();
    if (!given.equals(expectedCode)) {
      throw new IllegalArgumentException("the event's " + role + " is " + given + ", not " + expectedCode);
    }
  }
}
