package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.sanctions.SanctionsJudgements;
import org.dyad.sanctions.eval.MatcherEvaluation;
import org.dyad.sanctions.match.RankedCandidates;
import org.dyad.sanctions.xref.JudgementFilter;
import org.dyad.sanctions.xref.XrefListing;
import org.dyad.store.Workspace;

/**
 * The sanctions routes: {@code /api/sanctions/match} ranks the listed entities a name may be ({@code
 * dyad sanctions match --json}); {@code /api/sanctions/xref} lists the workspace's names that match
 * the list, with their evidence and the analyst's judgements ({@code dyad sanctions xref --json});
 * {@code /api/sanctions/judgements} records a judgement, through the server's own connection.
 */
final class SanctionsResource {

  /** The lowest score answered, the CLI's default. */
  static final double MIN_SCORE = 0.5;

  /** The longest name a judgement may be about. */
  static final int MAX_MENTION = 500;

  private final Workspace workspace;
  private final SanctionsCache cache;

  SanctionsResource(Workspace workspace, IngestJobs jobs) throws IOException {
    this.workspace = workspace;
    this.cache = new SanctionsCache(workspace.sanctions(), jobs);
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/sanctions/match",
            "Listed entities a name may be, best first, with the explanation of each score ('dyad sanctions match --json')",
            List.of(
                ApiParameter.required("name", "the name, in any script and word order"),
                ApiParameter.integer("dob", "year of birth, 1800 to 2100: agreeing raises the score, differing lowers it"),
                ApiParameter.query("country", "two-letter ISO code of a nationality or residence (IR, SY)"),
                ApiParameter.integer("limit", "at most this many candidates, 1 to 1000 (default 10)")),
            this::match),
        ApiRoute.get("/api/sanctions/xref",
            "The workspace's people and organisations that match the imported list, with their sentence, document and"
                + " judgement ('dyad sanctions xref --json')",
            List.of(
                ApiParameter.decimal("min_score", "lowest score listed, " + MIN_SCORE + " to 1 (default "
                    + MatcherEvaluation.THRESHOLD + ", the evaluated threshold)"),
                ApiParameter.query("judgement", "open (default: all but not-a-match), all, match, not-a-match, unsure or none"),
                ApiParameter.integer("offset", "skip this many matches, 0 to 10000000 (default 0)"),
                ApiParameter.integer("limit", "at most this many matches, 1 to 1000 (default 50)")),
            this::crossReference),
        ApiRoute.post("/api/sanctions/judgements",
            "Record whether a name in the documents is a listed entity: {\"entity\": number, \"mention\": the name,"
                + " \"judgement\": match, not-a-match or unsure}; it applies to every occurrence of the name; answers with it",
            List.of(), "application/json", this::judge).answering(200));
  }

  private void match(Context ctx) throws IOException {
    String name = RequestParameters.requiredText(ctx, "name");
    String dob = RequestParameters.text(ctx, "dob");
    NameQuery query = new NameQuery(name, dob == null ? null : RequestParameters.integer(ctx, "dob", 0, 1800, 2100),
        RequestParameters.text(ctx, "country"));
    int limit = RequestParameters.integer(ctx, "limit", 10, 1, 1000);
    JsonResponses.send(ctx, RankedCandidates.of(cache.matcher().match(query, limit, MIN_SCORE)));
  }

  private void crossReference(Context ctx) throws IOException {
    double minScore = RequestParameters.decimal(ctx, "min_score", MatcherEvaluation.THRESHOLD, MIN_SCORE, 1);
    String filter = RequestParameters.text(ctx, "judgement");
    JudgementFilter judgement = filter == null ? JudgementFilter.OPEN : JudgementFilter.of(filter);
    int offset = RequestParameters.integer(ctx, "offset", 0, 0, 10_000_000);
    int limit = RequestParameters.integer(ctx, "limit", 50, 1, 1000);
    JsonResponses.send(ctx, XrefListing.select(cache.report(minScore), workspace.sanctions().judgements(), judgement, minScore,
        offset, limit, XrefListing.DocumentTitles.of(workspace.catalogue())));
  }

  /** A judgement as recorded, the answer of the judgement route. */
  record RecordedJudgement(long entity, String mention, String judgement) {}

  private void judge(Context ctx) throws IOException {
    JsonNode body = JsonBody.object(ctx, "a judgement", List.of("entity", "mention", "judgement"));
    JsonNode entity = body.path("entity");
    if (!entity.canConvertToLong() || !entity.isIntegralNumber() || entity.asLong() < 1) {
      throw new IllegalArgumentException("entity must be the list's entity number, a whole number from 1, got "
          + RequestParameters.clip(entity.isMissingNode() ? "nothing" : entity.toString()));
    }
    String mention = body.path("mention").isTextual() ? body.path("mention").asText() : "";
    if (mention.isBlank() || mention.length() > MAX_MENTION) {
      throw new IllegalArgumentException("mention must be the name as the documents write it, 1 to " + MAX_MENTION + " characters");
    }
    if (!body.path("judgement").isTextual()) {
      throw new IllegalArgumentException("judgement must be match, not-a-match or unsure");
    }
    JudgedName judged = new JudgedName(entity.asLong(), mention, Judgement.of(RequestParameters.clip(body.path("judgement").asText())));
    SanctionsJudgements.record(workspace.sanctions(), judged, cache.matcher()::lists);
    JsonResponses.send(ctx, new RecordedJudgement(judged.entity(), judged.name(), judged.judgement().word()));
  }
}
