package org.dyad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.dyad.analysis.network.ActorNetwork;
import org.dyad.analysis.relate.DyadRelation;
import org.dyad.analysis.timeline.Timeline;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.NetworkQuery;
import org.dyad.core.analysis.Period;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.pipeline.TypedActor;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.Workspace;

/**
 * {@code /api/relate}, {@code /api/timeline} and {@code /api/network}: the analyses of how actors
 * relate, answering the JSON that {@code dyad relate --json}, {@code dyad timeline --json} and
 * {@code dyad network --format json} print, from the same service classes.
 */
final class RelationResource {

  /** The most real-world events one timeline returns. */
  static final int MAX_TIMELINE = 10_000;

  private final Workspace workspace;

  RelationResource(Workspace workspace) {
    this.workspace = workspace;
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/relate", "Are two actors moving closer? The trend, verdict and evidence of 'dyad relate --json'",
            List.of(
                ApiParameter.required("a", "first actor: a code (IRN, IMGMUSALQ) or a name (Iran)"),
                ApiParameter.required("b", "second actor: a code or a name"),
                ApiParameter.query("by", "period length: year (default), quarter or month"),
                ApiParameter.date("from", "earliest event date, yyyy-mm-dd"),
                ApiParameter.date("to", "latest event date, yyyy-mm-dd"),
                ApiParameter.flag("directed", "count only what a did to b (default false: both directions)"),
                ApiParameter.flag("events", "count every coded event, not each real-world event once (default false)"),
                ApiParameter.integer("evidence", "evidence items per period, 1 to 100 (default 2)"),
                ApiParameter.query("weight", "none (default: each real-world event counts 1) or confidence (each counts as"
                    + " its cluster's confidence; not with events=true)")),
            this::relate),
        ApiRoute.get("/api/timeline", "An actor's history, or two actors', each real-world event once ('dyad timeline --json')",
            List.of(
                ApiParameter.required("actor", "the actor: a code or a name"),
                ApiParameter.query("actor2", "only what passed between actor and this second actor"),
                ApiParameter.date("from", "earliest event date, yyyy-mm-dd"),
                ApiParameter.date("to", "latest event date, yyyy-mm-dd"),
                ApiParameter.integer("limit", "at most this many real-world events, 1 to " + MAX_TIMELINE + " (default 200)")),
            this::timeline),
        ApiRoute.get("/api/network", "The actor network with centralities and communities ('dyad network --format json')",
            List.of(
                ApiParameter.date("from", "earliest event date, yyyy-mm-dd"),
                ApiParameter.date("to", "latest event date, yyyy-mm-dd"),
                ApiParameter.integer("min_events", "keep ties with at least this many real-world events, 1 to 100000 (default 1)"),
                ApiParameter.flag("events", "weigh ties by every coded event (default false)"),
                ApiParameter.query("quad", "only events of these QuadClasses, comma-separated 1 to 4, such as 3,4 (default: all)"),
                ApiParameter.query("actor", "only the network around this actor: a code or a name"),
                ApiParameter.integer("depth", "with actor: how many hops out, 0 to 10 (default 1)")),
            this::network));
  }

  private void relate(Context ctx) throws IOException {
    ActorMatch a = actor(ctx, "a");
    ActorMatch b = actor(ctx, "b");
    String by = RequestParameters.text(ctx, "by");
    String weight = RequestParameters.text(ctx, "weight");
    boolean weighted = weight != null && DyadQuery.weighted("weight", RequestParameters.clip(weight));
    boolean events = RequestParameters.flag(ctx, "events", false);
    if (weighted && events) {
      throw new IllegalArgumentException("weight=confidence weighs real-world events (clusters); leave out events=true");
    }
    DyadQuery query = new DyadQuery(a, b, Period.parse(by == null ? "year" : by), RequestParameters.date(ctx, "from"),
        RequestParameters.date(ctx, "to"), RequestParameters.flag(ctx, "directed", false), events, null, weighted);
    int evidence = RequestParameters.integer(ctx, "evidence", 2, 1, 100);
    WorkspacePipeline.ensureClustered(workspace);
    JsonResponses.send(ctx, new DyadRelation(workspace.relations()).relate(query, evidence));
  }

  private void timeline(Context ctx) throws IOException {
    ActorMatch actor = actor(ctx, "actor");
    ActorMatch other = RequestParameters.text(ctx, "actor2") == null ? null : actor(ctx, "actor2");
    TimelineQuery query = new TimelineQuery(actor, other, RequestParameters.date(ctx, "from"), RequestParameters.date(ctx, "to"),
        RequestParameters.integer(ctx, "limit", 200, 1, MAX_TIMELINE));
    WorkspacePipeline.ensureClustered(workspace);
    JsonResponses.send(ctx, Timeline.of(workspace.relations(), query));
  }

  private void network(Context ctx) throws IOException {
    NetworkQuery query = new NetworkQuery(RequestParameters.date(ctx, "from"), RequestParameters.date(ctx, "to"),
        RequestParameters.integer(ctx, "min_events", 1, 1, 100_000), RequestParameters.flag(ctx, "events", false),
        NetworkQuery.quadsOf("quad", RequestParameters.text(ctx, "quad")));
    ActorMatch focus = RequestParameters.text(ctx, "actor") == null ? null : actor(ctx, "actor");
    int depth = RequestParameters.integer(ctx, "depth", 1, 0, 10);
    WorkspacePipeline.ensureClustered(workspace);
    JsonResponses.send(ctx, ActorNetwork.of(workspace.relations(), query, focus, depth, null, null));
  }

  /** A required actor parameter, a code or a name, refused with a line naming the parameter. */
  private static ActorMatch actor(Context ctx, String name) throws IOException {
    String typed = RequestParameters.requiredText(ctx, name);
    try {
      return TypedActor.resolve(typed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }
}
