/**
 * Verb dictionaries: which verbs and phrases report which CAMEO event. The model follows the
 * PETRARCH-2 verb-dictionary format ({@code CAMEO.2.0.txt}): verb blocks sharing a default code,
 * patterns of words, synsets, noun phrases and prepositional phrases around the verb, synonym sets
 * ({@code &NAME}) and transformations ({@code ~}) that combine a reported event with the verb that
 * reports it. Dyad's default dictionary is written in the same format.
 *
 * <p>{@link org.dyad.nlp.verbs.PetrarchVerbReader} reads such a file and {@link
 * org.dyad.nlp.verbs.PicoOntology} the PETRARCH Internal Coding Ontology that transformations
 * combine codes through. Like the actor readers, they never throw on bad content: each line they
 * cannot read as written becomes a {@link org.dyad.nlp.dictionary.DictionaryWarning}.
 */
package org.dyad.nlp.verbs;
