package org.dyad.server;

/** The request names a document, actor or job that does not exist: answered with 404. */
final class MissingResourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MissingResourceException(String message) {
    super(message);
  }
}
