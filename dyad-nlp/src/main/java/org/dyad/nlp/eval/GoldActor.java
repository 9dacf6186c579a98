package org.dyad.nlp.eval;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An actor that a gold record names: its words, its code's root and where the words are in the
 * record's text.
 *
 * @param actorText the words as the gold record gives them ({@code "Hungarian"}); may be
 *     discontinuous ({@code "U.S. ... negotiators"}), and then cannot be located
 * @param code the three-letter root of the gold code, as {@link CameoRoot#of} spells it
 * @param start UTF-16 offset of the words in the record's text, -1 when they cannot be found
 * @param end offset just past the words, -1 when they cannot be found
 */
public record GoldActor(String actorText, String code, int start, int end) implements Comparable<GoldActor> {

  private static final Comparator<GoldActor> ORDER = Comparator.comparingInt(GoldActor::start)
      .thenComparingInt(GoldActor::end)
      .thenComparing(GoldActor::code)
      .thenComparing(GoldActor::actorText);

  public GoldActor {
    Objects.requireNonNull(actorText, "actorText");
    Objects.requireNonNull(code, "code");
    if (actorText.isBlank()) {
      throw new IllegalArgumentException("a gold actor needs its text");
    }
    if (!code.matches("[A-Z]{3}") || !code.equals(CameoRoot.of(code))) {
      throw new IllegalArgumentException("gold code must be a three-letter root in ISO spelling, got " + code);
    }
    boolean unlocated = start == -1 && end == -1;
    if (!unlocated && (start < 0 || end <= start)) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ") for " + actorText);
    }
  }

  /**
   * The gold actor {@code actorText} with {@code code}, located in {@code text}: the first exact
   * occurrence, else the first case-insensitive one, else unlocated. Within each of the two
   * tiers an occurrence that is a whole word (not preceded or followed by a letter or digit) is
   * preferred over an earlier one inside a longer word, so that "Iran" is not placed in
   * "Iranian" when the sentence also says "Iran". Takes O(n·m) for n characters of text and m of
   * words, both small here.
   */
  public static GoldActor locatedIn(String text, String actorText, String code) {
    int at = find(text, actorText, false);
    if (at < 0) {
      at = find(text, actorText, true);
    }
    if (at >= 0) {
      return new GoldActor(actorText, CameoRoot.of(code), at, at + actorText.length());
    }
    Matcher loose = loosePattern(actorText).matcher(text);
    return loose.find()
        ? new GoldActor(actorText, CameoRoot.of(code), loose.start(), loose.end())
        : new GoldActor(actorText, CameoRoot.of(code), -1, -1);
  }

  /**
   * The actor text as a pattern that tolerates how annotators wrote it: any run of blanks or
   * hyphens between words matches any other ("Greek-Cypriot" = "Greek Cypriot", a doubled blank),
   * and "..." stands for the words they left out ("U.S. ... negotiators").
   */
  private static Pattern loosePattern(String actorText) {
    StringBuilder regex = new StringBuilder();
    for (String part : actorText.strip().split("\\s*(\\.\\.\\.|…)\\s*")) {
      if (part.isBlank()) {
        continue;
      }
      if (!regex.isEmpty()) {
        regex.append(".{0,120}?");
      }
      String[] words = part.strip().split("[\\s\\-]+");
      for (int i = 0; i < words.length; i++) {
        regex.append(i == 0 ? "" : "[\\s\\-]+").append(Pattern.quote(words[i]));
      }
    }
    return Pattern.compile(regex.isEmpty() ? "(?!)" : regex.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether the words were found in the record's text. */
  public boolean located() {
    return start >= 0;
  }

  /** Whether the located words share at least one character with {@code [from, to)}. */
  public boolean overlaps(int from, int to) {
    return located() && from < end && start < to;
  }

  @Override
  public int compareTo(GoldActor other) {
    return ORDER.compare(this, other);
  }

  private static int find(String text, String words, boolean ignoreCase) {
    int firstAnywhere = -1;
    for (int i = 0; i + words.length() <= text.length(); i++) {
      if (text.regionMatches(ignoreCase, i, words, 0, words.length())) {
        if (isWholeWord(text, i, i + words.length())) {
          return i;
        }
        if (firstAnywhere < 0) {
          firstAnywhere = i;
        }
      }
    }
    return firstAnywhere;
  }

  private static boolean isWholeWord(String text, int from, int to) {
    boolean before = from > 0 && Character.isLetterOrDigit(text.charAt(from - 1));
    boolean after = to < text.length() && Character.isLetterOrDigit(text.charAt(to));
    return !before && !after;
  }
}
