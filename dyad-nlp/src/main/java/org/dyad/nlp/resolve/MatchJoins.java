package org.dyad.nlp.resolve;

import java.util.List;
import java.util.Optional;
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
  private static final Pattern OF = Pattern.compile("\\s+of\\s+(the\\s+)?", Pattern.CASE_INSENSITIVE);
  /** "soldiers from Gondor"; "in" only after a plural role ("lawmakers in Arnor"): "a diplomat in Gondor" may be foreign. */
  private static final Pattern FROM = Pattern.compile("\\s+from\\s+(the\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern IN = Pattern.compile("\\s+in\\s+(the\\s+)?", Pattern.CASE_INSENSITIVE);

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

  /** Whether the words after role match {@code k} make it the next match's ("of", "from", plural "in"). */
  boolean belongsToNext(int k, AgentPhrase agent) {
    String between = between(k);
    return OF.matcher(between).matches() || FROM.matcher(between).matches()
        || agent.plural() && IN.matcher(between).matches();
  }

  /** The match right after match {@code m}, when no word separates them; else null. */
  PhraseMatch<Entry> adjacent(int m) {
    if (m + 1 >= matches.size()) {
      return null;
    }
    PhraseMatch<Entry> next = matches.get(m + 1);
    return next.firstToken() == matches.get(m).endToken() && !hasBreak(matches.get(m).end(), next.start()) ? next : null;
  }

  /** True when the text between two offsets holds a comma, semicolon or bracket. */
  boolean hasBreak(int from, int to) {
    String between = text.substring(from, to);
    return between.indexOf(',') >= 0 || between.indexOf(';') >= 0 || between.indexOf('(') >= 0 || between.indexOf(')') >= 0;
  }

  boolean precededByThe(PhraseMatch<Entry> match) {
    return match.firstToken() > 0 && tokens.get(match.firstToken() - 1).key().equals("the");
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
}
