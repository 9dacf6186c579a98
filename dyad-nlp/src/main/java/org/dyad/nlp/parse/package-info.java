/**
 * Sentence splitting, parsing and (opt-in) named-entity recognition with Stanford CoreNLP,
 * implementing {@link org.dyad.core.nlp.SentenceParser} and {@link
 * org.dyad.core.nlp.EntityRecognizer}. Every offset is a UTF-16 index into the document text, so
 * a sentence, word or name can always be shown in context.
 *
 * <p>CoreNLP's logging is silenced: Dyad reports problems itself.
 */
package org.dyad.nlp.parse;
