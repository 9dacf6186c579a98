package org.dyad.core.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A NATO Admiralty (STANAG 2511) grade of a source and of what it reports: the source's
 * reliability, A (completely reliable) to F (cannot be judged), and the information's credibility,
 * 1 (confirmed by other sources) to 6 (cannot be judged). Written as two characters, {@code B2}.
 */
public record AdmiraltyGrade(Reliability reliability, Credibility credibility) implements Comparable<AdmiraltyGrade> {

  /** How far the source has proved reliable in the past. */
  public enum Reliability {
    A("completely reliable", 1.0),
    B("usually reliable", 0.8),
    C("fairly reliable", 0.6),
    D("not usually reliable", 0.4),
    E("unreliable", 0.2),
    F("reliability cannot be judged", 0.5);

    private final String meaning;
    private final double weight;

    Reliability(String meaning, double weight) {
      this.meaning = meaning;
      this.weight = weight;
    }

    public String meaning() {
      return meaning;
    }

    /** 1 for A down to 0.2 for E; F, which says nothing, sits at 0.5. */
    public double weight() {
      return weight;
    }
  }

  /** How far the information is confirmed. */
  public enum Credibility {
    CONFIRMED(1, "confirmed by other sources", 1.0),
    PROBABLY_TRUE(2, "probably true", 0.8),
    POSSIBLY_TRUE(3, "possibly true", 0.6),
    DOUBTFUL(4, "doubtful", 0.4),
    IMPROBABLE(5, "improbable", 0.2),
    CANNOT_BE_JUDGED(6, "truth cannot be judged", 0.5);

    private final int digit;
    private final String meaning;
    private final double weight;

    Credibility(int digit, String meaning, double weight) {
      this.digit = digit;
      this.meaning = meaning;
      this.weight = weight;
    }

    public int digit() {
      return digit;
    }

    public String meaning() {
      return meaning;
    }

    /** 1 for confirmed down to 0.2 for improbable; 6, which says nothing, sits at 0.5. */
    public double weight() {
      return weight;
    }

    static Credibility of(int digit) {
      for (Credibility credibility : values()) {
        if (credibility.digit == digit) {
          return credibility;
        }
      }
      throw new IllegalArgumentException("credibility must be 1 to 6, got " + digit);
    }
  }

  /** The weight of an item no one has graded: that of F6, "cannot be judged" on both counts. */
  public static final double UNGRADED_WEIGHT = 0.5;

  public AdmiraltyGrade {
    Objects.requireNonNull(reliability, "reliability");
    Objects.requireNonNull(credibility, "credibility");
  }

  /**
   * Reads {@code B2} (case-insensitive, surrounding blanks ignored).
   *
   * @throws IllegalArgumentException naming the text when it is not a letter A–F and a digit 1–6
   */
  @JsonCreator
  public static AdmiraltyGrade parse(String text) {
    String grade = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (!grade.matches("[A-F][1-6]")) {
      throw new IllegalArgumentException(
          "not an Admiralty grade: '" + text + "' (want a reliability letter A-F and a credibility digit 1-6, such as B2)");
    }
    return new AdmiraltyGrade(Reliability.valueOf(grade.substring(0, 1)), Credibility.of(grade.charAt(1) - '0'));
  }

  /**
   * How much an item so graded should count, between 0.2 (E5) and 1 (A1): the geometric mean of the
   * reliability and credibility weights, so that neither half of the grade can be ignored and an
   * unknown half (F or 6) halves the item's say rather than cancelling it.
   */
  public double weight() {
    return Math.sqrt(reliability.weight() * credibility.weight());
  }

  /**
   * Whether this grade is at least as good as {@code minimum} on both counts: {@code B2} meets
   * {@code B3} and {@code C2} does not. F and 6 ("cannot be judged") meet only F and 6.
   */
  public boolean meets(AdmiraltyGrade minimum) {
    return reliability.compareTo(minimum.reliability) <= 0 && credibility.compareTo(minimum.credibility) <= 0;
  }

  /** Best first: by reliability, then credibility. */
  @Override
  public int compareTo(AdmiraltyGrade other) {
    int byReliability = reliability.compareTo(other.reliability);
    return byReliability != 0 ? byReliability : credibility.compareTo(other.credibility);
  }

  @JsonValue
  @Override
  public String toString() {
    return reliability.name() + credibility.digit();
  }
}
