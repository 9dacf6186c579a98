package org.dyad.core.nlp;

/**
 * How often an actor code was found in a workspace.
 *
 * @param code the actor code as resolved ({@code IRNGOV})
 * @param actor the actor's name
 * @param mentions mentions with that code
 * @param documents distinct documents they are in
 * @param example one surface form, the most frequent
 */
public record ActorCount(String code, String actor, long mentions, long documents, String example) {}
