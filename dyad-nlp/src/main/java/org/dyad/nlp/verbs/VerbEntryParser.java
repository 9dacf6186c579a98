package org.dyad.nlp.verbs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.nlp.dictionary.MalformedLineException;

/**
 * Reads a verb line of a block: {@code ALLOW}, {@code PERMIT {PERMITS PERMITTED PERMITTING }},
 * {@code ASK [020]}, {@code +GO_BY {+WENT_BY +GOES_BY +GONE_BY }}, {@code WIRE_+TAP {WIRE_+TAPPED
 * WIRE_+TAPPING }}.
 *
 * <p>A multi-word verb joins its words with {@code _} and puts {@code +} before the word the parser
 * will tag as the verb (PETRARCH-2's documentation: "only the first and last are currently
 * allowed"; any position is accepted here). The words before it become {@link
 * VerbEntry#preceding()}, those after it {@link VerbEntry#particles()}. A multi-word verb without a
 * {@code +} takes its first word as the verb, with a warning. Inside the braces, forms are
 * separated by blanks or commas ({@code {+WAS_DETERMINED , +BE_DETERMINED}}); of a multi-word form
 * only its verb word is kept, and forms whose other words differ from the verb's are skipped with
 * a warning.
 */
final class VerbEntryParser {

  /** A verb word: letters, digits, hyphens, apostrophes, dots, slashes, with at least one letter. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'./-]*\\p{L}[\\p{L}\\p{N}'./-]*");
  private static final Pattern FORM_SEPARATORS = Pattern.compile("[\\s,]+");

  private VerbEntryParser() {}

  /** Problems that leave the verb usable (an ignored tail, an odd form) go to {@code notes}. */
  static VerbEntry entry(String content, int line, List<String> notes) throws MalformedLineException {
    int headEnd = content.length();
    for (char stop : new char[] {'{', '['}) {
      int at = content.indexOf(stop);
      headEnd = at >= 0 ? Math.min(headEnd, at) : headEnd;
    }
    String head = content.substring(0, headEnd).strip();
    if (head.isEmpty()) {
      throw new MalformedLineException("verb line without a verb");
    }
    if (head.chars().anyMatch(Character::isWhitespace)) {
      throw new MalformedLineException(
          "'" + head + "' is not one verb; join the words of a multi-word verb with '_'");
    }
    Words verb = words(head, notes);
    String rest = content.substring(headEnd);
    Set<String> forms = Set.of();
    if (rest.startsWith("{")) {
      int close = rest.indexOf('}');
      if (close < 0) {
        throw new MalformedLineException("'{' of the verb forms is not closed by '}'");
      }
      forms = forms(verb, head, rest.substring(1, close), notes);
      rest = rest.substring(close + 1).strip();
    }
    EventCodes codes = null;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close < 0) {
        throw new MalformedLineException("'[' of the verb's code is not closed by ']'");
      }
      codes = PatternParser.codes(rest.substring(1, close));
      rest = rest.substring(close + 1).strip();
    }
    if (!rest.isEmpty()) {
      notes.add("text '" + rest + "' after verb " + head + " was ignored");
    }
    return new VerbEntry(verb.verb, verb.preceding, verb.particles, forms, codes, line);
  }

  /** The verb words of the forms written inside the braces after {@code head}. */
  private static Set<String> forms(Words verb, String head, String inside, List<String> notes) {
    Set<String> forms = new LinkedHashSet<>();
    List<String> mismatched = new ArrayList<>();
    for (String form : FORM_SEPARATORS.split(inside.strip())) {
      if (!form.isEmpty() && !addForm(verb, form, forms, notes)) {
        mismatched.add(form);
      }
    }
    if (!mismatched.isEmpty()) {
      notes.add("forms " + String.join(" ", mismatched) + " do not repeat the words around the"
          + " '+' verb " + verb.verb + " of " + head + "; skipped");
    }
    return forms;
  }

  /**
   * Adds the verb word of {@code token} to {@code forms}; returns false, adding nothing, when the
   * form's other words are not the verb's (CAMEO.2.0's {@code +WIRE_TAP {+WIRE_TAPS ...}} marks
   * WIRE as the verb but inflects TAP).
   */
  private static boolean addForm(Words verb, String token, Set<String> forms, List<String> notes) {
    try {
      Words form = words(token, null);
      if (!form.preceding.equals(verb.preceding) || !form.particles.equals(verb.particles)) {
        return false;
      }
      forms.add(form.verb);
    } catch (MalformedLineException e) {
      notes.add(e.getMessage() + "; that form was skipped");
    }
    return true;
  }

  /** The words of {@code token}, split at {@code _}, with the {@code +}-marked one as the verb. */
  private static Words words(String token, List<String> notes) throws MalformedLineException {
    String[] parts = token.toUpperCase(Locale.ROOT).split("_", -1);
    int marked = -1;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].startsWith("+")) {
        if (marked >= 0) {
          throw new MalformedLineException("'" + token + "' marks more than one word with '+'");
        }
        marked = i;
        parts[i] = parts[i].substring(1);
      }
      if (!WORD.matcher(parts[i]).matches()) {
        throw new MalformedLineException("'" + token + "' is not a verb");
      }
    }
    if (marked < 0) {
      marked = 0;
      if (parts.length > 1 && notes != null) {
        notes.add("multi-word verb " + token + " has no '+' before its verb; took " + parts[0]);
      }
    }
    List<String> all = List.of(parts);
    return new Words(parts[marked], all.subList(0, marked), all.subList(marked + 1, parts.length));
  }

  private record Words(String verb, List<String> preceding, List<String> particles) {}
}
