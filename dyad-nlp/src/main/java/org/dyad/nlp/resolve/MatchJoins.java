package org.dyad.nlp.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.nlp.match.PhraseMatch;
import org.dyad.nlp.match.Token;
import org.dyad.nlp.resolve.ActorLexicon.AgentPhrase;
import org.dyad.nlp.resolve.ActorLexicon.Entry;

/**
 * How the dictionary matches of one sentence are joined: the words between two matches ("and",
 * commas, "of", "from", "in"), whether two matches touch with no break between them, and what a
 * match holds. {@link SentenceResolution} reads its rules' conditions from here.
 */
final class MatchJoins {

  private static final Pattern COORDINATION = Pattern.compile("\\s*(,|,?\\s*(and|or))\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONJUNCTION = Pattern.compile("\\b(and|or)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OF = Pattern.compile("\\s+of\\s+(the\\s+)?", Pattern.CASE_INSENSITIVE);
  /**
   * "soldiers from Gondor", "dissidents from military-ruled Gondor"; "in" only after a plural role
   * ("lawmakers in Arnor", "gunmen in west Beirut"): "a diplomat in Gondor" may be foreign.
   */
  private static final Pattern FROM = Pattern.compile(
      "\\s+from\\s+(the\\s+)?((\\p{Ll}+-\\p{Ll}+|neighbou?ring|northern|southern|eastern|western|central)\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern IN = Pattern.compile(
      "\\s+in\\s+(the\\s+)?((north|south|east|west|northern|southern|eastern|western|central|north-?eastern"
          + "|north-?western|south-?eastern|south-?western)\\s+)?", Pattern.CASE_INSENSITIVE);
  /** "the mayor of the northern West Bank city", "leaders of the banned Muslim Brotherhood": "of the" and modifiers. */
  private static final Pattern OF_THE_MODIFIED = Pattern.compile("\\s+of\\s+the\\s+((\\p{Ll}+)\\s+){1,2}");

  /** Words before a place where the sentence's events happened: "in Baghdad", "near Kirkuk". */
  private static final Set<String> PLACE_WORDS = Set.of("in", "near", "outside", "at", "inside", "across", "throughout", "around");
  /** What stands between a possessive state and a "pro-" state: "Lebanon's pro-Syrian prime minister". */
  private static final Pattern POSSESSIVE_THEN_PRO = Pattern.compile("(['’]s)?\\s+pro-");
  /** What stands between a role and the place it is of: "kidnappers in Lebanon". */
  private static final Pattern IN_OR_FROM = Pattern.compile("\\s+(in|from)\\s+(the\\s+)?");
  /** Bearings from a place that name it as where: "west of Baghdad". */
  private static final Set<String> BEARINGS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
      "southwest", "north-east", "north-west", "south-east", "south-west");

  /** Words that cannot stand between a possessive actor and its role: function words and common verbs. */
  private static final Set<String> NOT_A_MODIFIER = Set.of("the", "a", "an", "of", "for", "against", "in", "on", "with",
      "to", "by", "from", "at", "into", "over", "or", "that", "which", "who", "is", "are", "was", "were", "be", "been",
      "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "said", "says", "not",
      "its", "their", "his", "her", "our", "this", "these", "those");
  private static final int MAX_MODIFIERS = 3;
  /** Participles that have become adjectives of a role: "Myanmar's ruling junta", "Yemen's embattled president". */
  /**
   * "Iranian-backed militias", "Vietnamese-led forces": a state's proxies and the forces it leads are
   * coded as the state, as "pro-Jakarta militiamen" are.
   */
  private static final Pattern PROXY = Pattern.compile(
      "-(led|backed|sponsored|funded|armed|trained|supported)\\s+", Pattern.CASE_INSENSITIVE);
  /** Words that describe a role after a state named without a possessive: "NATO peacekeeping troops". */
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");
  private static final Set<String> ROLE_MODIFIERS = Set.of("peacekeeping", "illegal", "undocumented", "migrant", "guest",
      "special", "elite", "paramilitary", "senior", "top", "retired", "striking", "exiled", "ruling", "riot",
      // the trade or field of the role: "British oil workers", "French aid workers", "Chinese construction workers"
      "oil", "gas", "aid", "relief", "humanitarian", "construction", "mining", "factory", "farm", "steel", "rail", "dock",
      "textile", "health", "medical", "border", "security", "energy", "defence", "defense", "shipping", "car",
      "auto", "telecoms", "telecommunications", "technology", "tech", "chemical", "pharmaceutical");
  private static final Set<String> ROLE_PARTICIPLES = Set.of("ruling", "governing", "outgoing", "incoming", "exiled",
      "embattled", "beleaguered", "elected", "unelected");
  /**
   * Roles of a society rather than organs of a state: "rebels", "protesters", "farmers" named
   * without a country belong to the one state in reach, while "officials" might serve any state.
   */
  private static final String POLICE = "COP";
  private static final Set<String> STATE_ROLES = Set.of("GOV", "ELI", "MIL", "OPP", "LEG", "JUD", "REB");
  private static final Set<String> SOCIETY = Set.of("REB", "UAF", "OPP", "CVL", "REF", "LAB", "EDU", "AGR", "RAD", "REL", "CRM");
  /** "opposition demands", "opposition leaders": a role named by a collective noun, many people without a plural. */
  private static final String COLLECTIVE = "OPP";
  private static final Pattern COUNT = Pattern.compile("[0-9][0-9,.]*");
  /** "Russia's 14th Army": a numbered unit's ordinal modifies the role. */
  private static final Pattern ORDINAL = Pattern.compile("[0-9]+(st|nd|rd|th)");

  private final String text;
  private final List<Token> tokens;
  private final List<PhraseMatch<Entry>> matches;

  MatchJoins(String text, List<Token> tokens, List<PhraseMatch<Entry>> matches) {
    this.text = text;
    this.tokens = tokens;
    this.matches = matches;
  }

  /** True when match {@code k + 1} is joined to match {@code k} by "and", "or" or commas. */
  boolean coordinated(int k) {
    return k + 1 < matches.size() && COORDINATION.matcher(between(k)).matches();
  }

  /** True when match {@code k + 1} is joined to match {@code k} by "and" or "or", not by a comma alone. */
  boolean conjoined(int k) {
    return coordinated(k) && CONJUNCTION.matcher(between(k)).find();
  }

  /** Whether the words after role match {@code k} make it the next match's ("of", "from", plural "in"). */
  boolean belongsToNext(int k, AgentPhrase agent) {
    String between = between(k);
    // "withdraw its troops from southern Lebanon": troops a possessive owns come from a place, not of it
    return OF.matcher(between).matches() || FROM.matcher(between).matches() && !ownedByPronoun(k)
        || agent.plural() && IN.matcher(between).matches() || modifiedOf(between);
  }

  /**
   * Whether role match {@code k} is "of" a possessive that owns the words after it: "leaders of
   * Nepal's outlawed Congress party" lead the party, "leaders of Algeria's Berber community" the
   * community. (Miners "from Romania's Jiu Valley" are Romania's, as the valley is.)
   */
  boolean ofPossessiveOwningMore(int k) {
    if (k + 1 >= matches.size() || !OF.matcher(between(k)).matches()) {
      return false;
    }
    PhraseMatch<Entry> match = matches.get(k + 1);
    String last = tokens.get(match.endToken() - 1).text();
    if (!last.endsWith("'s") && !last.endsWith("’s") || match.endToken() >= tokens.size()) {
      return false;
    }
    Token after = tokens.get(match.endToken());
    return !after.text().isEmpty() && Character.isLetter(after.text().charAt(0))
        && !hasBreak(match.end(), after.start());
  }

  /** Whether a possessive pronoun stands right before match {@code k} ("its troops", "their envoys"). */
  private boolean ownedByPronoun(int k) {
    int before = matches.get(k).firstToken() - 1;
    return before >= 0 && POSSESSIVE_PRONOUNS.contains(tokens.get(before).key());
  }

  private static boolean modifiedOf(String between) {
    if (!OF_THE_MODIFIED.matcher(between).matches()) {
      return false;
    }
    String[] words = between.trim().split("\\s+");
    for (int i = 2; i < words.length; i++) {
      // a participle only right after "the" ("the banned Muslim Brotherhood"), not after a noun ("the group attacked")
      boolean participle = words[i].endsWith("ed") || words[i].endsWith("ing");
      if (NOT_A_MODIFIER.contains(words[i]) || participle && i > 2) {
        return false;
      }
    }
    return true;
  }

  /** The match right after match {@code m}, when no word separates them; else null. */
  PhraseMatch<Entry> adjacent(int m) {
    if (m + 1 >= matches.size()) {
      return null;
    }
    PhraseMatch<Entry> next = matches.get(m + 1);
    return next.firstToken() == matches.get(m).endToken() && !hasBreak(matches.get(m).end(), next.start()) ? next : null;
  }

  /**
   * The role match {@code m}'s actor holds: the match right after it, or a role up to three modifiers
   * on, after a possessive, or after a state named without one when the modifiers are words that
   * commonly describe a role ("NATO peacekeeping troops"), or joined to the state by a hyphen and a
   * participle of sponsorship ("Iranian-backed militias") ("Dagolath's first Deputy Prime Minister", "Iran's top nuclear negotiator",
   * "Ithilen's awful and evil minister"). A modifier is no function word, no {@code -ed} or {@code
   * -ing} form but a participle become an adjective ("ruling", "exiled"), and "and" only between two
   * of them; null when there is no such role.
   */
  PhraseMatch<Entry> roleAfter(int m) {
    PhraseMatch<Entry> next = adjacent(m);
    if (next != null || m + 1 >= matches.size()) {
      return next;
    }
    PhraseMatch<Entry> actor = matches.get(m);
    PhraseMatch<Entry> role = matches.get(m + 1);
    String last = tokens.get(actor.endToken() - 1).text();
    boolean possessive = last.endsWith("'s") || last.endsWith("’s");
    int from = actor.endToken();
    int to = role.firstToken();
    if (agent(role).isEmpty() || to - from > MAX_MODIFIERS || hasBreak(actor.end(), role.start())) {
      return null;
    }
    if (PROXY.matcher(text.substring(actor.end(), role.start())).matches()) {
      return role;
    }
    if (!possessive) {
      // "NATO peacekeeping troops", "Indonesian illegal workers": without a possessive only the words
      // that commonly describe a role, since any other word may be a verb ("Iran sent troops")
      for (int t = from; t < to; t++) {
        if (!ROLE_MODIFIERS.contains(tokens.get(t).key())) {
          return null;
        }
      }
      return role;
    }
    for (int t = from; t < to; t++) {
      String word = tokens.get(t).key();
      boolean inner = t > from && t < to - 1;
      boolean ordinal = ORDINAL.matcher(word).matches();
      if (word.isEmpty() || !Character.isLetter(word.charAt(0)) && !ordinal || NOT_A_MODIFIER.contains(word)
          || (word.endsWith("ed") || word.endsWith("ing")) && !ROLE_PARTICIPLES.contains(word) || word.equals("and") && !inner) {
        return null;
      }
    }
    return role;
  }

  /** True when the text between two offsets holds a comma, semicolon or bracket. */
  boolean hasBreak(int from, int to) {
    String between = text.substring(from, to);
    return between.indexOf(',') >= 0 || between.indexOf(';') >= 0 || between.indexOf('(') >= 0 || between.indexOf(')') >= 0;
  }

  /**
   * "the government", "the communist government", "the new military junta": "the" up to two lower-case
   * words before; not a word joined by a hyphen to the one before ("the prosecutor-general's office").
   */
  boolean precededByThe(PhraseMatch<Entry> match) {
    if (match.start() > 0 && text.charAt(match.start() - 1) == '-') {
      return false;
    }
    for (int t = match.firstToken() - 1; t >= 0 && t >= match.firstToken() - 3; t--) {
      String word = tokens.get(t).text();
      if (word.equals("the") || word.equals("The")) {
        return true;
      }
      if (word.isEmpty() || !word.chars().allMatch(Character::isLowerCase) || NOT_A_MODIFIER.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a role of society with no actor of its own stands for people of the state in reach:
   * "gunmen", "400 people", "a suicide bomber" act where the sentence is; "an insurgency" and "the
   * rebels" (a back-reference) do not.
   */
  boolean actsInContext(PhraseMatch<Entry> match, AgentPhrase agent) {
    String code = agent.entry().code();
    boolean many = agent.plural() || agent.entry().plurals().isEmpty() && precededByCount(match)
        || code.equals(COLLECTIVE);
    boolean unnamedAttacker = code.equals("UAF") && indefinite(match);
    // "riot police in Genoa": the police serve where they stand, unlike officials, who may serve any state
    boolean police = code.equals(POLICE) && agent.entry().plurals().isEmpty();
    return (many || unnamedAttacker) && SOCIETY.contains(code) || police;
  }

  /** "a suicide bomber", "a woman suicide bomber": an article up to two lower-case words before the role. */
  private boolean indefinite(PhraseMatch<Entry> match) {
    for (int t = match.firstToken() - 1; t >= 0 && t >= match.firstToken() - 3; t--) {
      String word = tokens.get(t).text();
      if (word.equals("a") || word.equals("an") || word.equals("A") || word.equals("An")) {
        return true;
      }
      if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || NOT_A_MODIFIER.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The matches without roles joined by a hyphen to the next word: in "military-ruled Myanmar" and
   * "an army-backed government" the role word modifies what follows.
   */
  static List<PhraseMatch<Entry>> withoutHyphenatedRoles(String text, List<PhraseMatch<Entry>> matches) {
    return matches.stream().filter(match -> agent(match).isEmpty() || !joinedByHyphen(text, match)).toList();
  }

  /**
   * The matches not prefixed "anti-": "anti-American protesters" oppose the United States and are not
   * American; the role that follows stands alone. "Pro-Jakarta militiamen" are kept as Jakarta's: a
   * state's proxies are coded as the state; but where the phrase names its own state ("Lebanon's
   * pro-Syrian prime minister", "pro-Syrian Lebanese politicians", "pro-Iranian kidnappers in
   * Lebanon") the "pro-" state is only a stance.
   */
  static List<PhraseMatch<Entry>> withoutStances(String text, List<PhraseMatch<Entry>> matches) {
    List<PhraseMatch<Entry>> kept = new ArrayList<>();
    for (int m = 0; m < matches.size(); m++) {
      PhraseMatch<Entry> match = matches.get(m);
      boolean ownStateNamed = m > 0 && POSSESSIVE_THEN_PRO.matcher(gap(text, matches.get(m - 1), match)).matches()
          || m + 1 < matches.size() && agent(matches.get(m + 1)).isEmpty() && gap(text, match, matches.get(m + 1)).isBlank()
          || roleInAPlace(text, matches, m);
      if (!prefixed(text, match.start(), "anti-") && !(ownStateNamed && prefixed(text, match.start(), "pro-"))) {
        kept.add(match);
      }
    }
    return kept;
  }

  /** Whether match {@code m} is followed by a role in or from a place: "pro-Iranian kidnappers in Lebanon". */
  private static boolean roleInAPlace(String text, List<PhraseMatch<Entry>> matches, int m) {
    if (m + 2 >= matches.size()) {
      return false;
    }
    PhraseMatch<Entry> role = matches.get(m + 1);
    PhraseMatch<Entry> place = matches.get(m + 2);
    return agent(role).isPresent() && gap(text, matches.get(m), role).isBlank() && agent(place).isEmpty()
        && IN_OR_FROM.matcher(gap(text, role, place)).matches();
  }

  /** The text between two matches, {@code first} ending before {@code second} starts. */
  private static String gap(String text, PhraseMatch<Entry> first, PhraseMatch<Entry> second) {
    return first.end() <= second.start() ? text.substring(first.end(), second.start()) : "";
  }

  private static boolean prefixed(String text, int start, String prefix) {
    int from = start - prefix.length();
    return from >= 0 && text.regionMatches(true, from, prefix, 0, prefix.length())
        && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
  }

  private static boolean joinedByHyphen(String text, PhraseMatch<Entry> match) {
    int end = match.end();
    return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
  }

  /** "us", "un" and "eu" written in lower case are English or French words, not U.S., UN or EU. */
  boolean isLowerCaseShortWord(PhraseMatch<Entry> match) {
    if (match.length() != 1) {
      return false;
    }
    String text = tokens.get(match.firstToken()).text();
    return text.length() <= 3 && text.equals(text.toLowerCase(java.util.Locale.ROOT));
  }

  /** "400 people", "thousands of people": a noun without a plural form counted as many. */
  private boolean precededByCount(PhraseMatch<Entry> match) {
    if (match.firstToken() == 0) {
      return false;
    }
    String before = tokens.get(match.firstToken() - 1).key();
    return COUNT.matcher(before).matches() || precededBy(match, Set.of("of", "many", "several", "some", "hundreds", "thousands"));
  }

  /** "former Foreign Minister …": a title its bearer no longer holds. */
  boolean precededByFormer(PhraseMatch<Entry> match) {
    return precededBy(match, Set.of("former", "ex"));
  }

  /** "its army", "his government", "their forces": a role of whoever the pronoun stands for. */
  boolean precededByPossessive(PhraseMatch<Entry> match) {
    return precededBy(match, Set.of("its", "his", "her", "their"));
  }

  /** "in Baghdad", "near Kirkuk", "west of Mosul": a place, where the sentence's events happened. */
  boolean precededByPlacePreposition(PhraseMatch<Entry> match) {
    int before = match.firstToken() - 1;
    // "west of Baghdad", "north of the capital": a bearing from the place is in it as much
    boolean bearing = before > 0 && tokens.get(before).key().equals("of") && BEARINGS.contains(tokens.get(before - 1).key());
    return bearing || precededBy(match, PLACE_WORDS);
  }

  private boolean precededBy(PhraseMatch<Entry> match, Set<String> words) {
    return match.firstToken() > 0 && words.contains(tokens.get(match.firstToken() - 1).key());
  }

  static Optional<AgentPhrase> agent(PhraseMatch<Entry> match) {
    return first(match, AgentPhrase.class);
  }

  static <T extends Entry> Optional<T> first(PhraseMatch<Entry> match, Class<T> type) {
    return match.values().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  private String between(int k) {
    return text.substring(matches.get(k).end(), matches.get(k + 1).start());
  }

  static boolean isCapitalised(Token token) {
    return Character.isUpperCase(token.text().charAt(0));
  }

  /** Whether a person's code is a state's role ("IRQGOV"), so that a role the person owns is the state's too. */
  static boolean isStateRole(String code) {
    return code.length() == 6 && STATE_ROLES.contains(code.substring(3));
  }
}
