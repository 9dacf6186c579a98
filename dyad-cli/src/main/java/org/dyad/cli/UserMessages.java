package org.dyad.cli;

/** Turns an exception into the one line a user sees. */
final class UserMessages {

  private UserMessages() {}

  static String oneLine(Throwable e) {
    Throwable shown = e;
    while (shown.getMessage() == null && shown.getCause() != null) {
      shown = shown.getCause();
    }
    String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
