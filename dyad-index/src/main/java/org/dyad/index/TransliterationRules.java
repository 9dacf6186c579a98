package org.dyad.index;

import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelling families of Arabic names that English-language sources transliterate in several
 * ways, each mapped to one canonical key: {@code qaeda}, {@code qaida} and {@code qa'ida} all
 * become {@code qaida}.
 *
 * <p>Why a table and not a general vowel rule: the variants differ in vowels (e/i, o/u), doubled
 * consonants and digraphs ({@code ei}, {@code ay}), and applying those rewrites to every English
 * word merges real words ({@code bed}/{@code bid}, {@code on}/{@code UN}, {@code lost}/{@code lust}).
 * Each rule below is a whole-token regular expression that only fits one name family, so the
 * normaliser stays precise; a token that fits no rule passes through unchanged. Tokens reach the
 * rules already case- and diacritic-folded and with apostrophes removed, so the rules are written
 * over plain ASCII lower case.
 *
 * <p>A few names are listed with themselves as canonical key ({@code hamas}, {@code isis},
 * {@code abbas}): they end in an {@code s} that the English stemmer would strip, which would merge
 * Hamas with the Syrian city of Hama and ISIS with Pakistan's ISI. Every canonical key is exempt
 * from stemming.
 *
 * <p>Matching is one pass of a single alternation of all rules, linear in the token length.
 *
 * <p>Public so that the sanctions name matcher folds spelling families with the same table as the
 * index: one list of families for the whole tool.
 */
public final class TransliterationRules {

  /**
   * One family.
   *
   * @param canonical the key every spelling of the family is indexed under
   * @param regex whole-token pattern, without capturing groups
   * @param examples spellings the rule is meant for, checked by the tests
   */
  record Rule(String canonical, String regex, List<String> examples) {}

  static final List<Rule> RULES =
      List.of(
          new Rule("qaida", "qa(?:e|i|ei|ee|y)dah?", List.of("qaeda", "qaida", "qaidah")),
          new Rule("usama", "[ou]u?ss?ama", List.of("osama", "usama", "oussama")),
          new Rule("ladin", "lad[ei]n", List.of("laden", "ladin")),
          new Rule(
              "muhammad",
              "m[ou]h[ae]mm?[ae]d",
              List.of("mohammed", "muhammad", "mohammad", "mohamed", "muhamad")),
          new Rule(
              "hizbullah",
              "h[ei]zb[aou]ll?ah?",
              List.of("hezbollah", "hizballah", "hizbullah", "hizbollah")),
          new Rule(
              "qaddafi",
              "[gkq]h?add?h?aff?[iy]",
              List.of("gaddafi", "qaddafi", "qadhafi", "kadhafi", "gadhafi", "khadafy")),
          new Rule(
              "husayn", "h[ou]ss?(?:ei|ai|ay|ey)n", List.of("hussein", "husayn", "hussain", "husain")),
          new Rule("shaykh", "sh(?:ei|ai|ay|ey)kh?", List.of("sheikh", "shaykh", "shaikh", "sheik")),
          new Rule("umar", "[ou]mar", List.of("omar", "umar")),
          new Rule("abu", "abo?u", List.of("abu", "abou")),
          new Rule("abdul", "abd[eu]l", List.of("abdel", "abdul")),
          new Rule("zawahiri", "zawahi?ri", List.of("zawahiri", "zawahri")),
          new Rule("nasrallah", "nasr[aou]llah", List.of("nasrallah", "nasrullah")),
          new Rule("quran", "(?:qu|qo|ko)ra+n", List.of("quran", "koran", "quraan")),
          new Rule("daish", "da(?:e|i|ee|ei)sh", List.of("daesh", "daish")),
          new Rule("mujahidin", "mujah[ei]d(?:ee|i)n", List.of("mujahideen", "mujahedin")),
          new Rule("huthi", "h[ou]u?this?", List.of("houthi", "huthi", "houthis")),
          new Rule("taliban", "tal[ei]ban", List.of("taliban", "taleban")),
          new Rule("ayatollah", "ayat[ou]ll?ah", List.of("ayatollah", "ayatullah")),
          new Rule("sharia", "sharia+h?", List.of("sharia", "shariah")),
          new Rule("jihad", "j[ei]had", List.of("jihad", "jehad")),
          new Rule("asad", "ass?ad", List.of("assad", "asad")),
          new Rule("hamas", "hamas", List.of("hamas")),
          new Rule("isis", "isis", List.of("isis")),
          new Rule("abbas", "abb?as", List.of("abbas", "abas")));

  /** Shorter or longer tokens fit no rule; checking the length first keeps common words cheap. */
  static final int MIN_LENGTH = 3;

  static final int MAX_LENGTH = 12;

  private static final Pattern ALL = compile();

  private final Matcher matcher = ALL.matcher("");

  /** Most tokens recur; remembering each one's answer spares the regex on all but the first. */
  private static final int MEMO_LIMIT = 100_000;

  private static final String NO_RULE = "";
  private final CharArrayMap<String> memo = new CharArrayMap<>(1024, false);

  /** The canonical key of this folded token, or null when no rule fits. Not thread-safe. */
  public String canonical(CharSequence token) {
    int length = token.length();
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return null;
    }
    String known = memo.get(token);
    if (known == null) {
      known = match(token);
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear();
      }
      memo.put(token, known == null ? NO_RULE : known);
    }
    return known == NO_RULE ? null : known;
  }

  private String match(CharSequence token) {
    if (!matcher.reset(token).matches()) {
      return null;
    }
    // Group i + 1 is rule i: the rules themselves have no capturing groups.
    for (int i = 0; i < RULES.size(); i++) {
      if (matcher.start(i + 1) >= 0) {
        return RULES.get(i).canonical();
      }
    }
    throw new AssertionError("a rule matched without a group: " + token);
  }

  private static Pattern compile() {
    StringBuilder alternation = new StringBuilder();
    for (Rule rule : RULES) {
      if (Pattern.compile(rule.regex()).matcher("").groupCount() != 0) {
        throw new IllegalStateException("rule has a capturing group: " + rule.regex());
      }
      alternation.append(alternation.isEmpty() ? "" : "|").append('(').append(rule.regex()).append(')');
    }
    return Pattern.compile(alternation.toString());
  }
}
