package org.dyad.nlp.dictionary;

/**
 * Raised inside the readers when part of a line cannot be read; the reader turns it into a
 * {@link DictionaryWarning} and goes on, so it never reaches a caller.
 */
final class MalformedLineException extends Exception {

  MalformedLineException(String message) {
    super(message, null, false, false);
  }
}
