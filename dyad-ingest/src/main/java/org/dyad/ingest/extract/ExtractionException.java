package org.dyad.ingest.extract;

/** A file whose text could not be extracted; the message is the one-line reason shown to the user. */
public final class ExtractionException extends Exception {

  public ExtractionException(String reason) {
    super(reason);
  }

  public ExtractionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
