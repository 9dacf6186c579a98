package org.dyad.evidence.ach;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dyad.core.evidence.AdmiraltyGrade;

/**
 * A worked ACH board over the event clusters between two actors: three standard hypotheses about
 * how actor A stands to actor B, one evidence item per real-world event (cluster), and every cell
 * rated by a fixed rule on the cluster's QuadClass. The rule is an example of turning coded events
 * into ACH ratings that anyone can check, not an oracle; an analyst revises the ratings with {@code
 * dyad hypotheses rate}.
 *
 * <p>The rule, whichever actor acted (QuadClass as GDELT: 1 verbal cooperation, 2 material
 * cooperation, 3 verbal conflict, 4 material conflict):
 *
 * <pre>
 *                               DIRECTS  LEVERAGE  NONE
 *   1 verbal cooperation        C        N         I
 *   2 material cooperation      CC       C         II
 *   3 verbal conflict           I        C         N
 *   4 material conflict         II       C         N
 *   no QuadClass                NA       NA        NA
 * </pre>
 *
 * <p>Why: a patron directing a group gives it material help and does not arrest, expel or denounce
 * it; a state that tolerates a group for leverage both helps it and holds, trades and pressures
 * its members; two actors with no meaningful relationship neither help nor talk of cooperating.
 * An item's relevance is high when two outlets or more report the event, else medium; its grade
 * is the one the caller gives (the grade of the report shown).
 */
public final class RelationshipBoard {

  /** The hypothesis that A directs B. */
  public static final String DIRECTS = "DIRECTS";
  /** The hypothesis that A tolerates B for leverage. */
  public static final String LEVERAGE = "LEVERAGE";
  /** The hypothesis that there is no meaningful relationship. */
  public static final String NONE = "NONE";

  private static final Map<Integer, List<Rating>> RULE = Map.of(
      1, List.of(Rating.C, Rating.N, Rating.I),
      2, List.of(Rating.CC, Rating.C, Rating.II),
      3, List.of(Rating.I, Rating.C, Rating.N),
      4, List.of(Rating.II, Rating.C, Rating.N));

  private RelationshipBoard() {}

  /**
   * The board.
   *
   * @param name the board's key, such as {@code iran-al-qaeda}
   * @param a the first actor's name, such as {@code Iran}
   * @param b the second actor's name
   * @param clusters the real-world events between them, in the order to list them
   * @param gradeOf the Admiralty grade of a cluster's evidence, or null when ungraded
   */
  public static AchBoard of(String name, String a, String b, List<org.dyad.core.analysis.EvidenceItem> clusters,
      Function<org.dyad.core.analysis.EvidenceItem, AdmiraltyGrade> gradeOf) {
    AchBoard board = AchBoard.empty(name, "How does " + a + " stand to " + b + "?")
        .withHypothesis(new Hypothesis(DIRECTS, a + " directs " + b))
        .withHypothesis(new Hypothesis(LEVERAGE, a + " tolerates " + b + " for leverage"))
        .withHypothesis(new Hypothesis(NONE, "No meaningful relationship between " + a + " and " + b));
    int number = 0;
    for (org.dyad.core.analysis.EvidenceItem cluster : clusters) {
      String id = "E" + ++number;
      board = board.withEvidence(new EvidenceItem(id, EvidenceItem.Kind.CLUSTER, cluster.cluster(), describe(cluster),
          gradeOf.apply(cluster), cluster.outlets() >= 2 ? Relevance.HIGH : Relevance.MEDIUM));
      List<Rating> ratings = ratings(cluster.quad());
      board = board.rate(id, DIRECTS, ratings.get(0)).rate(id, LEVERAGE, ratings.get(1)).rate(id, NONE, ratings.get(2));
    }
    return board;
  }

  /** The ratings for DIRECTS, LEVERAGE and NONE of a cluster with this QuadClass (null: none). */
  static List<Rating> ratings(Integer quad) {
    return quad == null ? List.of(Rating.NA, Rating.NA, Rating.NA) : RULE.getOrDefault(quad,
        List.of(Rating.NA, Rating.NA, Rating.NA));
  }

  private static String describe(org.dyad.core.analysis.EvidenceItem cluster) {
    String sentence = cluster.sentence().length() > 160 ? cluster.sentence().substring(0, 159) + "…" : cluster.sentence();
    return String.format(Locale.ROOT, "%s %s %s %s (QuadClass %s; %d report%s, %d outlet%s%s): %s",
        cluster.date() == null ? "undated" : cluster.date(), cluster.source(), cluster.code(), cluster.target(),
        cluster.quad() == null ? "-" : cluster.quad(), cluster.mentions(), cluster.mentions() == 1 ? "" : "s",
        cluster.outlets(), cluster.outlets() == 1 ? "" : "s",
        cluster.confidence() == null ? "" : String.format(Locale.ROOT, "; confidence %.2f", cluster.confidence()), sentence);
  }
}
