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

  /** One printable line of at most {@code width} characters, cut with an ellipsis. */
  static String clip(String text, int width) {
    if (text == null) {
      return "";
    }
    String line = printable(text).replace('\n', ' ').replace('\t', ' ');
    return line.length() <= width ? line : line.substring(0, Math.max(0, width - 1)) + "…";
  }
}
