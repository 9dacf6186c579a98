package org.dyad.nlp.verbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.nlp.dictionary.MalformedLineException;
import org.dyad.nlp.verbs.PatternElement.Compound;
import org.dyad.nlp.verbs.PatternElement.NounPhrase;
import org.dyad.nlp.verbs.PatternElement.PrepositionalPhrase;
import org.dyad.nlp.verbs.PatternElement.Skip;
import org.dyad.nlp.verbs.PatternElement.Source;
import org.dyad.nlp.verbs.PatternElement.SynsetRef;
import org.dyad.nlp.verbs.PatternElement.Target;
import org.dyad.nlp.verbs.PatternElement.Word;

/**
 * Reads the element syntax shared by patterns and synonym-set members, and the bracketed codes.
 *
 * <p>Elements are separated by blanks; braces, parentheses and the verb {@code *} stand alone
 * whether or not blanks surround them ({@code - *SCEPTICAL [012]} in CAMEO.2.0 reads as {@code - *
 * SCEPTICAL}, as PETRARCH-2 reads it). A {@code {...}} noun phrase holds words and synset
 * references; a {@code (...)} prepositional phrase starts with its preposition (a word) followed by
 * words, synset references, slot markers and noun phrases. Neither nests inside itself or the
 * other, except a noun phrase inside a prepositional phrase ({@code (AT {NEW SANCTIONS})}), and
 * neither may hold the verb.
 *
 * <p>Inside a word, {@code _} joins consecutive words ({@link Word}). The TABARI-era validation
 * dictionary also glues the verb, a slot marker or a synset to a word with {@code _} ({@code IN_*},
 * {@code SUGGESTED_+}, {@code FIGHTER_&AIRCRAFT}); such a token is cut there, so {@code IN_*} reads
 * as {@code IN *} and {@code SUGGESTED_+} as {@code SUGGESTED +}. A synset name runs to the next
 * {@code &} or the end of its token, since names contain {@code _} themselves ({@code
 * &FIGHT_OF_WORDS}). Words are
 * upper-cased; a slash is kept ({@code BY/WITH}, a TABARI alternative that PETRARCH-2 no longer
 * expands, stays one word that matches nothing).
 */
final class PatternParser {

  /** Stands for the verb {@code *} while a pattern is being split into its two sides. */
  private static final Object VERB = new Object();

  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern NAME = Pattern.compile("[A-Z0-9_\\-]*[A-Z0-9][A-Z0-9_\\-]*");

  private PatternParser() {}

  /**
   * Reads the part of a pattern line after its {@code -}: {@code * (TO SANCTIONS) [163]}.
   * Problems that leave the pattern usable (text after the code) go to {@code notes}.
   */
  static VerbPattern pattern(String body, int line, List<String> notes)
      throws MalformedLineException {
    int open = body.indexOf('[');
    if (open < 0) {
      throw new MalformedLineException("pattern without a [code]");
    }
    int close = body.indexOf(']', open);
    if (close < 0) {
      throw new MalformedLineException("'[' of the code is not closed by ']'");
    }
    String rest = body.substring(close + 1).strip();
    if (!rest.isEmpty()) {
      notes.add("text '" + rest + "' after the code was ignored");
    }
    String text = normalise(body.substring(0, open));
    EventCodes codes = codes(body.substring(open + 1, close));
    List<Object> items = sequence(new Tokens(text), true);
    int verb = items.indexOf(VERB);
    if (verb < 0) {
      throw new MalformedLineException("pattern without the verb '*'");
    }
    if (items.lastIndexOf(VERB) != verb) {
      throw new MalformedLineException("pattern with more than one verb '*'");
    }
    return new VerbPattern(
        elementsOf(items.subList(0, verb)), elementsOf(items.subList(verb + 1, items.size())),
        codes, line, text);
  }

  /**
   * Reads a synset member, the text after its {@code +}. A plain phrase ({@code ARMED_FORCES},
   * {@code AUSTRIAN FLORIN}) is one {@link Word}; anything else is read as pattern elements. Slot
   * markers and the verb are refused: PETRARCH-2 allows only words and phrases in synsets.
   *
   * @param exact true when the synset's name ends in {@code _}, so its words are not inflected
   */
  static List<PatternElement> member(String text, boolean exact) throws MalformedLineException {
    String phrase = normalise(text);
    boolean plain = phrase.chars().noneMatch(c -> "{}()&*$+%^".indexOf(c) >= 0);
    List<PatternElement> elements = plain
        ? List.of(word(phrase.replace(' ', '_'), exact))
        : elementsOf(sequence(new Tokens(phrase), false));
    for (PatternElement element : elements) {
      if (!(element instanceof Word || element instanceof SynsetRef
          || element instanceof NounPhrase || element instanceof PrepositionalPhrase)) {
        throw new MalformedLineException("a synset member cannot hold the slot markers $ + % ^");
      }
    }
    return elements;
  }

  /** Reads the inside of a code bracket: {@code 050}, {@code 042:043}, {@code :173}, {@code ---}. */
  static EventCodes codes(String inside) throws MalformedLineException {
    String code = inside.strip();
    if (code.isEmpty() || code.equals(":")) {
      throw new MalformedLineException("empty code [" + inside + "]; write [---] for no event");
    }
    if (BLANKS.matcher(code).find()) {
      throw new MalformedLineException("code [" + code + "] has a blank inside");
    }
    String[] parts = code.split(":", -1);
    if (parts.length > 2) {
      throw new MalformedLineException("code [" + code + "] has more than one ':'");
    }
    String forward = codePart(parts[0]);
    String reverse = parts.length == 2 ? codePart(parts[1]) : null;
    return forward == null && reverse == null ? EventCodes.NONE : new EventCodes(forward, reverse);
  }

  private static String codePart(String part) {
    return part.isEmpty() || part.equals("---") ? null : part;
  }

  /** {@code text} with blanks collapsed to one space and stripped. */
  static String normalise(String text) {
    return BLANKS.matcher(text.strip()).replaceAll(" ");
  }

  /**
   * A word token: {@code _} inside joins words (held as spaces), a trailing {@code _} makes it
   * exact; upper-cased.
   */
  static Word word(String token, boolean exact) throws MalformedLineException {
    boolean trailing = token.endsWith("_");
    String text = normalise(token.replace('_', ' ')).toUpperCase(Locale.ROOT);
    if (text.chars().noneMatch(Character::isLetterOrDigit)) {
      throw new MalformedLineException("'" + token + "' is not a word");
    }
    if (text.chars().anyMatch(c -> "*[]".indexOf(c) >= 0)) {
      throw new MalformedLineException("'" + token + "' is not a word: it holds '*', '[' or ']'");
    }
    return new Word(text, exact || trailing);
  }

  /** The name in {@code &NAME} or {@code &NAME_}, without the {@code &} and trailing {@code _}. */
  static String synsetName(String token) throws MalformedLineException {
    String name = token.substring(1).toUpperCase(Locale.ROOT);
    while (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    if (!NAME.matcher(name).matches()) {
      throw new MalformedLineException("'" + token + "' is not a synset name");
    }
    return name;
  }

  private static List<Object> sequence(Tokens tokens, boolean verbAllowed)
      throws MalformedLineException {
    List<Object> items = new ArrayList<>();
    while (tokens.hasNext()) {
      String token = tokens.next();
      switch (token) {
        case "{" -> items.add(nounPhrase(tokens));
        case "(" -> items.add(prepositionalPhrase(tokens));
        case "}", ")" ->
            throw new MalformedLineException("'" + token + "' without its opening bracket");
        case "*" -> {
          if (!verbAllowed) {
            throw new MalformedLineException("a synset member cannot hold the verb '*'");
          }
          items.add(VERB);
        }
        default -> items.add(atom(token));
      }
    }
    return items;
  }

  private static NounPhrase nounPhrase(Tokens tokens) throws MalformedLineException {
    List<PatternElement> elements = new ArrayList<>();
    while (true) {
      if (!tokens.hasNext()) {
        throw new MalformedLineException("'{' is not closed by '}'");
      }
      String token = tokens.next();
      if (token.equals("}")) {
        break;
      }
      PatternElement element = inner(token, "{...}");
      if (!(element instanceof Word || element instanceof SynsetRef)) {
        throw new MalformedLineException("a noun phrase {...} holds only words and synsets");
      }
      elements.add(element);
    }
    if (elements.isEmpty()) {
      throw new MalformedLineException("empty noun phrase {}");
    }
    return new NounPhrase(elements);
  }

  private static PrepositionalPhrase prepositionalPhrase(Tokens tokens)
      throws MalformedLineException {
    if (!tokens.hasNext()) {
      throw new MalformedLineException("'(' is not closed by ')'");
    }
    if (tokens.peek().equals(")")) {
      throw new MalformedLineException("empty prepositional phrase ()");
    }
    String first = tokens.next();
    if (isOneOf(first, "{}(*") || !(atom(first) instanceof Word preposition)) {
      throw new MalformedLineException(
          "a prepositional phrase starts with its preposition, not '" + first + "'");
    }
    List<PatternElement> object = new ArrayList<>();
    while (true) {
      if (!tokens.hasNext()) {
        throw new MalformedLineException("'(' is not closed by ')'");
      }
      String token = tokens.next();
      if (token.equals(")")) {
        break;
      }
      object.add(token.equals("{") ? nounPhrase(tokens) : inner(token, "(...)"));
    }
    return new PrepositionalPhrase(preposition.text(), object);
  }

  /** An element inside brackets: anything but another bracket or the verb. */
  private static PatternElement inner(String token, String where) throws MalformedLineException {
    if (token.equals("*")) {
      throw new MalformedLineException("the verb '*' cannot stand inside " + where);
    }
    if (isOneOf(token, "{}()")) {
      throw new MalformedLineException("'" + token + "' cannot stand inside " + where);
    }
    return atom(token);
  }

  private static PatternElement atom(String token) throws MalformedLineException {
    return switch (token) {
      case "$" -> new Source();
      case "+" -> new Target();
      case "%" -> new Compound();
      case "^" -> new Skip();
      default -> token.startsWith("&") ? new SynsetRef(synsetName(token)) : word(token, false);
    };
  }

  /** True when {@code token} is one character of {@code characters}. */
  private static boolean isOneOf(String token, String characters) {
    return token.length() == 1 && characters.indexOf(token.charAt(0)) >= 0;
  }

  private static List<PatternElement> elementsOf(List<Object> items) {
    List<PatternElement> elements = new ArrayList<>(items.size());
    items.forEach(item -> elements.add((PatternElement) item));
    return elements;
  }

  /** The tokens of element text, with glued TABARI tokens ({@code IN_*}) already cut apart. */
  private static final class Tokens {
    private final List<String> tokens = new ArrayList<>();
    private int at;

    Tokens(String text) {
      // '_' next to the verb glues it to a word in TABARI style (IN_*): a blank there too.
      String unglued = text.replaceAll("_*\\*_*", "*");
      StringBuilder spaced = new StringBuilder(unglued.length() + 8);
      for (int i = 0; i < unglued.length(); i++) {
        char c = unglued.charAt(i);
        boolean alone = "{}()*".indexOf(c) >= 0;
        spaced.append(alone ? " " + c + " " : String.valueOf(c));
      }
      for (String chunk : BLANKS.split(spaced.toString().strip())) {
        if (!chunk.isEmpty()) {
          cut(chunk);
        }
      }
    }

    /**
     * Adds {@code chunk}, cut at each {@code _} that glues a slot marker or a synset to what
     * precedes it: {@code SUGGESTED_+} gives SUGGESTED and +, {@code &WEAPON_&PROGRAM} gives two
     * synsets. Other pieces stay joined: to the word before, or to the synset name before.
     */
    private void cut(String chunk) {
      List<String> group = new ArrayList<>();
      for (String piece : chunk.split("_", -1)) {
        if (piece.startsWith("&")) {
          flush(group);
          group.add(piece);
        } else if (isOneOf(piece, "$+%^")) {
          flush(group);
          tokens.add(piece);
        } else {
          group.add(piece);
        }
      }
      flush(group);
    }

    /** Adds the pieces gathered so far as one token, unless there are none. */
    private void flush(List<String> group) {
      String joined = String.join("_", group);
      if (!joined.isEmpty()) {
        tokens.add(joined);
      }
      group.clear();
    }

    boolean hasNext() {
      return at < tokens.size();
    }

    String peek() {
      return tokens.get(at);
    }

    String next() {
      return tokens.get(at++);
    }
  }
}
