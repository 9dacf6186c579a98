package org.dyad.cli;

/** Facts about where output goes, and making hostile document text safe to print there. */
final class Terminal {

  private Terminal() {}

  static boolean isTerminal() {
    return System.console() != null && System.console().isTerminal();
  }

  /** Removes control characters (escape sequences in a document must not drive the terminal). */
  static String printable(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        clean.appendCodePoint(c);
      } else {
        clean.append(' ');
      }
    });
    return clean.toString();
  }
}
