/**
 * Readers and an immutable model for the PETRARCH / Phoenix event-coding dictionaries: actors
 * (who a phrase names, and which CAMEO code it has on which day), agents (role nouns such as
 * "police" that add a code fragment to an actor) and discards (phrases that stop a sentence or
 * story from being coded), and Dyad's own offices file, which names who held an office of a
 * state or organisation on a given day.
 *
 * <p>The readers never throw on bad content: each malformed line becomes a {@link
 * org.dyad.nlp.dictionary.DictionaryWarning} returned beside the dictionary, because the
 * published dictionaries are hand-edited and contain typos that should not block coding.
 */
package org.dyad.nlp.dictionary;
