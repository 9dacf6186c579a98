package org.dyad.server;

/** The request is not allowed from where it came: answered with 403. */
final class ForbiddenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ForbiddenException(String message) {
    super(message);
  }
}
