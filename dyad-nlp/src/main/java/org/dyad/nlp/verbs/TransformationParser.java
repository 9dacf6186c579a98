package org.dyad.nlp.verbs;

import java.util.List;
import java.util.regex.Pattern;
import org.dyad.nlp.dictionary.MalformedLineException;

/**
 * Reads a transformation line, the text after its {@code ~}: {@code a (a b ATTACK) SAY = a b 015}.
 *
 * <p>The form is {@code s (is it VERB) VERB = rs rt CODE}, blanks around the brackets optional
 * ({@code (b . ATTACK )}). Variables are one letter, or {@code .} and {@code _} in the inner event;
 * verbs are words such as {@code SAY} or {@code Q}; the code is one token ({@code 015}, {@code Q}).
 * PETRARCH-2 would also read deeper nesting ({@code a (b (c d X) Y) Z}); the model holds one level,
 * so such lines are refused with a warning (the published files have none).
 */
final class TransformationParser {

  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z]");
  private static final Pattern INNER_VARIABLE = Pattern.compile("[A-Za-z._]");
  private static final Pattern VERB = Pattern.compile("[A-Z][A-Z0-9_\\-]*");
  private static final String FORM = "a transformation reads '~ a (b c VERB) VERB = a b CODE'";

  private TransformationParser() {}

  static Transformation transformation(String body, int line) throws MalformedLineException {
    int equals = body.indexOf('=');
    if (equals < 0 || body.indexOf('=', equals + 1) >= 0) {
      throw new MalformedLineException(FORM + ", with one '='");
    }
    List<String> left = tokens(body.substring(0, equals));
    List<String> right = tokens(body.substring(equals + 1));
    if (left.stream().filter("("::equals).count() > 1) {
      throw new MalformedLineException("nested transformations are not supported");
    }
    if (left.size() != 7 || !left.get(1).equals("(") || !left.get(5).equals(")") || right.size() != 3) {
      throw new MalformedLineException(FORM);
    }
    return new Transformation(
        require(left.get(0), VARIABLE, "outer source"),
        require(left.get(2), INNER_VARIABLE, "inner source"),
        require(left.get(3), INNER_VARIABLE, "inner target"),
        require(left.get(4), VERB, "inner verb"),
        require(left.get(6), VERB, "outer verb"),
        require(right.get(0), INNER_VARIABLE, "result source"),
        require(right.get(1), INNER_VARIABLE, "result target"),
        require(right.get(2), Pattern.compile("[^()\\[\\]{}]+"), "result code"),
        line);
  }

  private static List<String> tokens(String text) {
    String spaced = text.replace("(", " ( ").replace(")", " ) ").strip();
    return spaced.isEmpty() ? List.of() : List.of(BLANKS.split(spaced));
  }

  private static String require(String token, Pattern form, String what) throws MalformedLineException {
    if (!form.matcher(token).matches()) {
      throw new MalformedLineException("'" + token + "' cannot be the " + what + "; " + FORM);
    }
    return token;
  }
}
