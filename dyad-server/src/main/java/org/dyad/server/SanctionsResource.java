package org.dyad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.dyad.core.sanctions.NameQuery;
import org.dyad.sanctions.match.ListMatcher;
import org.dyad.sanctions.match.RankedCandidates;
import org.dyad.store.Workspace;

/**
 * {@code /api/sanctions/match}: the listed entities a name may be, ranked, with what moved each
 * score; the JSON of {@code dyad sanctions match --json}, from the same matcher.
 */
final class SanctionsResource {

  /** The lowest score answered, the CLI's default. */
  static final double MIN_SCORE = 0.5;

  private final Workspace workspace;

  SanctionsResource(Workspace workspace) {
    this.workspace = workspace;
  }

  List<ApiRoute> routes() {
    return List.of(ApiRoute.get("/api/sanctions/match",
        "Listed entities a name may be, best first, with the explanation of each score ('dyad sanctions match --json')",
        List.of(
            ApiParameter.required("name", "the name, in any script and word order"),
            ApiParameter.integer("dob", "year of birth, 1800 to 2100: agreeing raises the score, differing lowers it"),
            ApiParameter.query("country", "two-letter ISO code of a nationality or residence (IR, SY)"),
            ApiParameter.integer("limit", "at most this many candidates, 1 to 1000 (default 10)")),
        this::match));
  }

  private void match(Context ctx) throws IOException {
    String name = RequestParameters.requiredText(ctx, "name");
    String dob = RequestParameters.text(ctx, "dob");
    NameQuery query = new NameQuery(name, dob == null ? null : RequestParameters.integer(ctx, "dob", 0, 1800, 2100),
        RequestParameters.text(ctx, "country"));
    int limit = RequestParameters.integer(ctx, "limit", 10, 1, 1000);
    // Built per request, so a new import is answered at once; a matcher cached per list version would save the indexing.
    ListMatcher matcher = ListMatcher.over(workspace.sanctions());
    JsonResponses.send(ctx, RankedCandidates.of(matcher.match(query, limit, MIN_SCORE)));
  }
}
