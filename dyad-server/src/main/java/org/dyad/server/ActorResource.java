package org.dyad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.EventQuery;
import org.dyad.core.nlp.ActorAlias;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.UnresolvedName;
import org.dyad.store.Workspace;

/** {@code /api/actors}: the actors found, the names no actor resolves to, and one actor's page. */
final class ActorResource {

  /** The most events read to rank an actor's partners. */
  static final int PARTNER_EVENTS = 100_000;

  private final Workspace workspace;

  ActorResource(Workspace workspace) {
    this.workspace = workspace;
  }

  List<ApiRoute> routes() {
    List<ApiParameter> limit = List.of(ApiParameter.integer("limit", "at most this many, 1 to 100000 (default 50)"));
    return List.of(
        ApiRoute.get("/api/actors", "Actor codes found, most mentioned first: the object 'dyad actors --json' prints",
            limit, this::list),
        ApiRoute.get("/api/actors/unresolved",
            "Names found that no actor resolves to: the object 'dyad actors --unresolved --json' prints", limit, this::unresolved),
        ApiRoute.get("/api/actors/{code}", "One actor: its counts, the analyst's aliases for it and its top partners",
            List.of(ApiParameter.path("code", "the actor code, such as IRNGOV or IMGMUSALQ")), this::actor));
  }

  /** The JSON form of the list. */
  record Actors(List<ActorCount> actors) {}

  /** The JSON form of the unresolved names. */
  record Names(List<UnresolvedName> names) {}

  private void list(Context ctx) throws IOException {
    JsonResponses.send(ctx, new Actors(workspace.annotations().actorCounts(RequestParameters.integer(ctx, "limit", 50, 1, 100_000))));
  }

  private void unresolved(Context ctx) throws IOException {
    JsonResponses.send(ctx, new Names(workspace.annotations().unresolvedNames(RequestParameters.integer(ctx, "limit", 50, 1, 100_000))));
  }

  /**
   * An actor's page.
   *
   * @param actor the actor's counts (null when it is only in events, not in stored mentions)
   * @param aliases the analyst's names for it
   * @param partners the actors it has events with, most events first
   */
  record ActorPage(String code, ActorCount actor, List<ActorAlias> aliases, List<Partner> partners) {}

  /** An actor's partner: events from the actor to it ({@code as_target}) and from it to the actor ({@code as_source}). */
  record Partner(String code, String name, long as_target, long as_source, long events) {}

  private void actor(Context ctx) throws IOException {
    String code = RequestParameters.actorCode("code", ctx.pathParam("code"));
    ActorCount counts = workspace.annotations().actorCounts(100_000).stream()
        .filter(count -> count.code().equals(code)).findFirst().orElse(null);
    List<Event> outgoing = workspace.events().events(new EventQuery(code, null, null, null, null, PARTNER_EVENTS));
    List<Event> incoming = workspace.events().events(new EventQuery(null, code, null, null, null, PARTNER_EVENTS));
    List<ActorAlias> aliases = workspace.annotations().aliases().stream().filter(alias -> alias.code().equals(code)).toList();
    if (counts == null && outgoing.isEmpty() && incoming.isEmpty() && aliases.isEmpty()) {
      throw new MissingResourceException("no actor " + code + " in this workspace");
    }
    JsonResponses.send(ctx, new ActorPage(code, counts, aliases, partners(outgoing, incoming)));
  }

  /** Ranks partners by their events with the actor, in both directions; ties by code. */
  static List<Partner> partners(List<Event> outgoing, List<Event> incoming) {
    Map<String, long[]> counts = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Event event : outgoing) {
      count(counts, names, event.target(), 0);
    }
    for (Event event : incoming) {
      count(counts, names, event.source(), 1);
    }
    return counts.entrySet().stream()
        .map(e -> new Partner(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[0] + e.getValue()[1]))
        .sorted(Comparator.comparingLong(Partner::events).reversed().thenComparing(Partner::code))
        .limit(20)
        .toList();
  }

  private static void count(Map<String, long[]> counts, Map<String, String> names, EventActor partner, int direction) {
    counts.computeIfAbsent(partner.code(), c -> new long[2])[direction]++;
    names.putIfAbsent(partner.code(), partner.name());
  }
}
