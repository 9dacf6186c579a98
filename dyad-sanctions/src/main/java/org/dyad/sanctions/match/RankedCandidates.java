package org.dyad.sanctions.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.dyad.core.sanctions.SanctionsCandidate;
import org.dyad.core.sanctions.ScoreFeature;

/**
 * The listed entities a name may be, best first, as {@code dyad sanctions match --json} prints them
 * and {@code /api/sanctions/match} answers: {@code {"candidates":[{entity, name, matched_name,
 * score, explanation}]}}.
 *
 * @param candidates the ranked candidates
 */
public record RankedCandidates(List<Candidate> candidates) {

  public RankedCandidates {
    candidates = List.copyOf(candidates);
  }

  public static RankedCandidates of(List<SanctionsCandidate> ranked) {
    return new RankedCandidates(ranked.stream().map(Candidate::of).toList());
  }

  /**
   * One candidate.
   *
   * @param entity the entity's number in its list
   * @param name its primary name
   * @param matchedName the name of it (primary or alias) that matched best
   * @param score from 0 to 1
   * @param explanation what moved the score, feature by feature
   */
  public record Candidate(long entity, String name, @JsonProperty("matched_name") String matchedName, double score,
      List<ScoreFeature> explanation) {

    public Candidate {
      Objects.requireNonNull(name, "name");
      explanation = List.copyOf(explanation);
    }

    static Candidate of(SanctionsCandidate candidate) {
      return new Candidate(candidate.entity(), candidate.name(), candidate.matchedName(), candidate.score(),
          candidate.explanation());
    }
  }
}
