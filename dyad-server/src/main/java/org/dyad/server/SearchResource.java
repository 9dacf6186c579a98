package org.dyad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.nlp.Mention;
import org.dyad.core.search.FacetCount;
import org.dyad.core.search.SearchHit;
import org.dyad.core.search.SearchRequest;
import org.dyad.core.search.SearchResults;
import org.dyad.store.Workspace;

/** {@code /api/search}: full-text search with snippets, and the facets of a query. */
final class SearchResource {

  /** How many of the best hits the actor facet counts over (each costs one lookup of its mentions). */
  static final int ACTOR_FACET_DOCUMENTS = 100;

  private final Workspace workspace;

  SearchResource(Workspace workspace) {
    this.workspace = workspace;
  }

  List<ApiRoute> routes() {
    List<ApiParameter> filters = List.of(
        ApiParameter.required("q", "Lucene query: AND OR NOT, \"phrases\", wild*, fuzzy~"),
        ApiParameter.date("from", "earliest document date, yyyy-mm-dd"),
        ApiParameter.date("to", "latest document date, yyyy-mm-dd"),
        ApiParameter.query("outlet", "only documents of this outlet"));
    List<ApiParameter> withLimit = new java.util.ArrayList<>(filters);
    withLimit.add(ApiParameter.integer("limit", "how many hits, 1 to " + SearchRequest.MAX_LIMIT + " (default 10)"));
    return List.of(
        ApiRoute.get("/api/search", "Ranked documents with highlighted snippets: the object 'dyad search --json' prints",
            withLimit, this::search),
        ApiRoute.get("/api/search/facets", "Matching documents per outlet, per month, and per actor among the best hits",
            filters, this::facets));
  }

  private SearchRequest request(Context ctx, int limit) {
    return new SearchRequest(RequestParameters.requiredText(ctx, "q"), RequestParameters.date(ctx, "from"),
        RequestParameters.date(ctx, "to"), RequestParameters.text(ctx, "outlet"), limit);
  }

  private void search(Context ctx) throws IOException {
    int limit = RequestParameters.integer(ctx, "limit", 10, 1, SearchRequest.MAX_LIMIT);
    JsonResponses.send(ctx, workspace.index().search(request(ctx, limit)));
  }

  /** The facets of a query. {@code actors} counts documents per actor root among the best hits. */
  record Facets(List<FacetCount> outlets, List<FacetCount> months, List<ActorFacet> actors) {}

  /** How many of the best hits name an actor (by its code's root: {@code IRN}, {@code IMG}). */
  record ActorFacet(String code, String actor, long count) {}

  private void facets(Context ctx) throws IOException {
    SearchRequest best = request(ctx, ACTOR_FACET_DOCUMENTS);
    JsonResponses.send(ctx, new Facets(workspace.index().outletFacet(best), workspace.index().monthFacet(best),
        actorFacet(workspace.index().search(best))));
  }

  private List<ActorFacet> actorFacet(SearchResults hits) throws IOException {
    Map<String, Long> documents = new HashMap<>();
    for (SearchHit hit : hits.results()) {
      Set<String> actors = new LinkedHashSet<>();
      for (Mention mention : workspace.annotations().mentions(hit.doc())) {
        actors.add(mention.root() + "\t" + mention.actor());
      }
      actors.forEach(actor -> documents.merge(actor, 1L, Long::sum));
    }
    return documents.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(20)
        .map(entry -> new ActorFacet(entry.getKey().substring(0, entry.getKey().indexOf('\t')),
            entry.getKey().substring(entry.getKey().indexOf('\t') + 1), entry.getValue()))
        .toList();
  }
}
