package org.dyad.ingest.extract;

/** Turns a parser's stack trace into the one-line reason a user can act on. */
final class ParserErrors {

  private ParserErrors() {}

  static String reason(String stackTrace) {
    String first = TikaPipesExtractor.firstLine(stackTrace);
    String lower = stackTrace.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("encrypteddocumentexception") || lower.contains("invalidpasswordexception")) {
      return "the file is encrypted (password protected)";
    }
    if (lower.contains("zero length") || lower.contains("zerobytefile")) {
      return "the file is empty";
    }
    // Tika wraps a parser's own error ("TIKA-198: Illegal IOException from …PDFParser@1a2b");
    // the innermost cause says what is actually wrong with the file.
    String cause = innermostCause(stackTrace);
    if (cause != null && (first.contains("TIKA-198") || first.contains("TIKA-237"))) {
      first = cause;
    }
    int colon = first.indexOf(": ");
    String message = colon > 0 && first.substring(0, colon).matches("[\\w.$]+") ? first.substring(colon + 2) : first;
    return "the parser could not read the file: " + message;
  }

  private static String innermostCause(String stackTrace) {
    String cause = null;
    for (String line : stackTrace.lines().toList()) {
      if (line.startsWith("Caused by: ")) {
        cause = line.substring("Caused by: ".length()).strip();
      }
    }
    return cause;
  }
}
