package org.dyad.nlp.verbs;

import java.util.Objects;

/**
 * A transformation: {@code ~ a (a b ATTACK) SAY = a b 015}. When actor {@code a} says ({@code
 * outerVerb}) that {@code innerSource} did {@code innerVerb} to {@code innerTarget}, the coder emits
 * {@code resultSource} → {@code resultTarget} with {@code resultCode}. Variables are single letters;
 * {@code .} means "any actor other than the outer source", {@code _} "no actor"; a verb class is a
 * verb's base form as the verb lines write it ({@code SAY}, a verb of block {@code EXPLAIN_VERBAL} in
 * CAMEO.2.0; look it up with {@link VerbDictionary#blocksOf}), and the code {@code Q} stands for the
 * inner event's own code.
 *
 * @param outerSource the variable of the reporting actor
 * @param innerSource the variable (or {@code .}/{@code _}) of the inner event's source
 * @param innerTarget the variable of the inner event's target
 * @param innerVerb the verb class of the inner event, or {@code Q} for any coded event
 * @param outerVerb the verb class of the reporting verb
 * @param resultSource the variable of the resulting event's source
 * @param resultTarget the variable of the resulting event's target
 * @param resultCode the resulting code, or {@code Q} for the inner event's
 * @param line the 1-based line it was read from
 */
public record Transformation(
    String outerSource,
    String innerSource,
    String innerTarget,
    String innerVerb,
    String outerVerb,
    String resultSource,
    String resultTarget,
    String resultCode,
    int line) {

  public Transformation {
    Objects.requireNonNull(outerSource, "outerSource");
    Objects.requireNonNull(innerSource, "innerSource");
    Objects.requireNonNull(innerTarget, "innerTarget");
    Objects.requireNonNull(innerVerb, "innerVerb");
    Objects.requireNonNull(outerVerb, "outerVerb");
    Objects.requireNonNull(resultSource, "resultSource");
    Objects.requireNonNull(resultTarget, "resultTarget");
    Objects.requireNonNull(resultCode, "resultCode");
  }
}
