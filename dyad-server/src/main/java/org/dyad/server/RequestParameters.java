package org.dyad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads and checks a request's parameters. Every failure is an {@link IllegalArgumentException}
 * with one line naming the parameter and the bad value, which the server answers with 400.
 */
final class RequestParameters {

  /** The longest parameter value read: a query, a code or a date is never longer. */
  static final int MAX_LENGTH = 2000;

  private RequestParameters() {}

  /** A query parameter, stripped, or null when absent or blank. */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_LENGTH + " characters");
    }
    return value.strip();
  }

  /** A required query parameter. */
  static String requiredText(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      throw new IllegalArgumentException("the parameter '" + name + "' is required");
    }
    return value;
  }

  /** An integer between {@code min} and {@code max}, or {@code fallback} when absent. */
  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String value = text(ctx, name);
    if (value == null) {
      return fallback;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got '" + clip(value) + "'");
    }
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", got " + parsed);
    }
    return parsed;
  }

  /** A decimal number between {@code min} and {@code max}, or {@code fallback} when absent. */
  static double decimal(Context ctx, String name, double fallback, double min, double max) {
    String value = text(ctx, name);
    if (value == null) {
      return fallback;
    }
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      parsed = Double.NaN;
    }
    if (!(parsed >= min && parsed <= max)) {
      throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + ", got '" + clip(value) + "'");
    }
    return parsed;
  }

  /** A date {@code yyyy-mm-dd}, or null when absent. */
  static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date yyyy-mm-dd, got '" + clip(value) + "'");
    }
  }

  /** {@code true} or {@code false}, or {@code fallback} when absent. */
  static boolean flag(Context ctx, String name, boolean fallback) {
    String value = text(ctx, name);
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false, got '" + clip(value) + "'");
    };
  }

  /** An actor code such as {@code IRN} or {@code IMGMUSALQ} (upper-cased), or null when absent. */
  static String actorCode(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9]{3,15}")) {
      throw new IllegalArgumentException(name + " must be an actor code such as IRN or IMGMUSALQ, got '" + clip(value) + "'");
    }
    return code;
  }

  /** A CAMEO root code, two digits 01 to 20, or null when absent. */
  static String rootCode(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    if (!value.matches("0[1-9]|1[0-9]|20")) {
      throw new IllegalArgumentException(name + " must be a CAMEO root code, 01 to 20, got '" + clip(value) + "'");
    }
    return value;
  }

  /** A document id: the sha256 of its bytes, 64 hex digits (so it can never name a path). */
  static String documentId(Context ctx) {
    String value = ctx.pathParam("id").toLowerCase(Locale.ROOT);
    if (!value.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a document id is 64 hex digits (its sha256), got '" + clip(value) + "'");
    }
    return value;
  }

  /** A value cut short for an error message, with control characters removed. */
  static String clip(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= 80 ? printable : printable.substring(0, 79) + "…";
  }
}
