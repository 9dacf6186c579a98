package org.dyad.nlp.dictionary;

/**
 * Raised inside the readers when part of a line cannot be read; the reader turns it into a
 * {@link DictionaryWarning} and goes on, so it never reaches a caller. Public only so that the
 * readers of other packages (the verb dictionary) share it.
 */
public final class MalformedLineException extends Exception {

  public MalformedLineException(String message) {
    super(message, null, false, false);
  }
}
