package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the attribution a wire report closes with: "Iraq returned the archives on Thursday, U.N.
 * officials said." or "..., said a spokesman for the ministry." The dependency parser, reading the
 * sentence whole, often lets the tail's verb swallow part of the report: in "Hun Sen threatened on
 * Tuesday to expel the U.N. office, government officials said" it hangs "expel" from "said" and
 * the threat loses its object. When the whole sentence's parse goes astray so, {@link
 * CoreNlpSentenceParser} parses the two halves apart, each a sentence the parser reads well, and
 * joins them as the parser does when it gets them right: the report is the complement ({@code
 * ccomp}) of the attributing verb, which is the root.
 *
 * <p>The tail is what follows the last comma, up to the closing punctuation: a subject, one verb of
 * saying, and phrases with no verb ("on Tuesday", "in a statement", "reporters"). The report before
 * the comma must hold a verb of its own. A clause opened by a subordinator or a wh-word ("a day
 * after Moscow announced a halt") is no attribution. Quotations are left alone, since their
 * punctuation sits inside the quotation marks.
 */
final class TrailingAttribution {

  private static final Set<String> SAYING = Set.of("say", "tell", "report", "add", "announce", "claim", "state",
      "confirm", "write", "note", "explain", "insist", "allege", "quote");
  // A clause after the comma that opens with one of these is the report's own ("a day after Moscow
  // announced a halt"), not an attribution.
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "because", "while", "as",
      "although", "though", "if", "when", "until", "once", "whereas", "that", "unless", "whether");
  /** How the verb of saying may hang in a sound parse, and how a word of the report may hang from it. */
  private static final Set<String> REPORTING_ARCS = Set.of("root", "parataxis", "ccomp");
  private static final Set<String> REPORT_ARCS = Set.of("ccomp", "parataxis", "advcl", "punct");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> CLOSING = Set.of(".", "!", "?");
  private static final Set<String> QUOTES = Set.of("``", "''", "\"", "'", "`");
  // Shortest report worth splitting off: a subject, a verb and something it acts on.
  private static final int MIN_REPORT = 3;

  private TrailingAttribution() {}

  /**
   * The 0-based position of the comma that opens the attribution closing {@code tokens} (tagged and
   * lemmatized), or -1 when the sentence does not close with one.
   */
  static int comma(List<CoreLabel> tokens) {
    int last = tokens.size() - 1;
    if (last < MIN_REPORT + 3 || !CLOSING.contains(tokens.get(last).tag())) {
      return -1;
    }
    int sayingVerb = -1;
    for (int at = last - 1; at > 0; at--) {
      CoreLabel token = tokens.get(at);
      String tag = token.tag();
      if (QUOTES.contains(token.word()) || tag.equals("-LRB-") || tag.equals("-RRB-") || tag.equals(":")
          || tag.startsWith("W") || tag.equals("IN") && SUBORDINATORS.contains(token.word().toLowerCase(Locale.ROOT))) {
        return -1;
      }
      if (tag.equals(",")) {
        return sayingVerb > at + 1 || sayingVerb == at + 1 && sayingVerb + 1 < last
            ? reportBefore(tokens, at) : -1;
      }
      if (tag.startsWith("VB") || tag.equals("MD")) {
        String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
        if (sayingVerb >= 0 || !SAYING.contains(lemma) || !tag.equals("VBD") && !tag.equals("VBZ")) {
          return -1;
        }
        sayingVerb = at;
      }
    }
    return -1;
  }

  private static int reportBefore(List<CoreLabel> tokens, int comma) {
    if (comma < MIN_REPORT) {
      return -1;
    }
    for (int at = 0; at < comma; at++) {
      if (FINITE.contains(tokens.get(at).tag())) {
        return comma;
      }
    }
    return -1;
  }

  /**
   * Whether the parse ({@code heads}, {@code relations}, 1-based) of a sentence closing with an
   * attribution after {@code comma} went astray:
   * the verb of saying made anything but the root, a parenthetical ({@code parataxis}) or a
   * complement, or a word of the report hung from the attribution as anything but its complement,
   * an adverbial clause or punctuation.
   */
  static boolean garbled(List<CoreLabel> tokens, int comma, int[] heads, String[] relations) {
    for (int i = comma + 2; i < tokens.size(); i++) {
      if (tokens.get(i - 1).tag().startsWith("VB")) {
        if (!REPORTING_ARCS.contains(relations[i])) {
          return true;
        }
        break;
      }
    }
    for (int i = 1; i <= comma; i++) {
      if (heads[i] > comma + 1 && heads[i] < tokens.size() && !REPORT_ARCS.contains(relations[i])) {
        return true;
      }
    }
    return false;
  }
}
