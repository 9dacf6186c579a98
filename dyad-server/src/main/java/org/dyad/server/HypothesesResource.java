package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.evidence.ach.AchAnalysis;
import org.dyad.evidence.ach.AchBoard;
import org.dyad.evidence.ach.AchReport;
import org.dyad.evidence.ach.Rating;
import org.dyad.evidence.ach.StoredBoards;
import org.dyad.store.Workspace;

/**
 * The hypotheses routes: the workspace's ACH boards ({@code dyad hypotheses list}), a board's
 * analysis as {@code dyad hypotheses show --json} prints it, its printable report, and the change
 * of one rating, written through the server's own connection.
 */
final class HypothesesResource {

  private final StoredBoards boards;

  HypothesesResource(Workspace workspace) throws IOException {
    this.boards = new StoredBoards(workspace.boards());
  }

  List<ApiRoute> routes() {
    ApiParameter name = ApiParameter.path("name", "the board's name ('dyad hypotheses list')");
    return List.of(
        ApiRoute.get("/api/hypotheses", "The workspace's hypothesis boards: name, question and size ('dyad hypotheses list')",
            List.of(), this::list),
        ApiRoute.get("/api/hypotheses/{name}", "A board's hypotheses ranked by inconsistency, its evidence with grade, weight"
            + " and diagnosticity, its ratings and sensitivity ('dyad hypotheses show --json')", List.of(name), this::show),
        ApiRoute.get("/api/hypotheses/{name}/report", "A board's printable HTML report ('dyad hypotheses report')",
            List.of(name), this::report).producing("text/html"),
        ApiRoute.post("/api/hypotheses/{name}/ratings", "Rate one item of evidence against one hypothesis: {\"evidence\":"
            + " id, \"hypothesis\": id, \"rating\": CC, C, N, I, II or NA}; answers with the board's new analysis",
            List.of(name), "application/json", this::rate).answering(200));
  }

  /** One board in the list. */
  record BoardSummary(String name, String question, int hypotheses, int evidence) {}

  /** The answer of {@code /api/hypotheses}. */
  record Boards(List<BoardSummary> boards) {}

  private void list(Context ctx) throws IOException {
    List<BoardSummary> summaries = new ArrayList<>();
    for (String stored : boards.names()) {
      boards.find(stored).ifPresent(board -> summaries.add(new BoardSummary(board.name(), board.question(),
          board.hypotheses().size(), board.evidence().size())));
    }
    JsonResponses.send(ctx, new Boards(summaries));
  }

  private void show(Context ctx) throws IOException {
    JsonResponses.send(ctx, AchAnalysis.of(board(ctx)));
  }

  private void report(Context ctx) throws IOException {
    ctx.contentType("text/html; charset=utf-8").result(AchReport.html(AchAnalysis.of(board(ctx))));
  }

  /** Reads, changes and stores the board as one step, so two ratings sent at once both hold. */
  private synchronized void rate(Context ctx) throws IOException {
    JsonNode body = JsonBody.object(ctx, "a rating", List.of("evidence", "hypothesis", "rating"));
    String evidence = JsonBody.text(body, "evidence");
    String hypothesis = JsonBody.text(body, "hypothesis");
    if (evidence == null || hypothesis == null) {
      throw new IllegalArgumentException("evidence and hypothesis must be the ids of an item and a hypothesis of the board");
    }
    Rating rating = Rating.parse(RequestParameters.clip(String.valueOf(JsonBody.text(body, "rating"))));
    AchBoard board = board(ctx);
    if (board.evidence().stream().noneMatch(item -> item.id().equals(evidence))) {
      throw new MissingResourceException("board " + board.name() + " has no evidence item " + RequestParameters.clip(evidence));
    }
    if (board.hypotheses().stream().noneMatch(h -> h.id().equals(hypothesis))) {
      throw new MissingResourceException("board " + board.name() + " has no hypothesis " + RequestParameters.clip(hypothesis));
    }
    AchBoard rated = board.rate(evidence, hypothesis, rating);
    boards.save(rated);
    JsonResponses.send(ctx, AchAnalysis.of(rated));
  }

  private AchBoard board(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    return boards.find(name).orElseThrow(() -> new MissingResourceException("no board called "
        + RequestParameters.clip(name) + "; GET /api/hypotheses lists them"));
  }
}
