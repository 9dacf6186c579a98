package org.dyad.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.pipeline.WorkspacePipeline;
import org.dyad.store.Workspace;

/**
 * The source grades: the outlets' NATO Admiralty grades ({@code dyad grade}), and the grading of an
 * outlet, which rates the confidence of every event cluster again as the CLI does.
 */
final class GradeResource {

  private final Workspace workspace;

  GradeResource(Workspace workspace) {
    this.workspace = workspace;
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/grades", "The graded outlets, each with its Admiralty grade and what it means ('dyad grade')",
            List.of(), this::list),
        ApiRoute.put("/api/grades/outlet/{outlet}", "Grade an outlet A1-F6: {\"grade\": \"B2\"}; rates the event"
            + " clusters' confidence again; answers with the grade and the number of clusters rated ('dyad grade OUTLET B2')",
            List.of(ApiParameter.path("outlet", "the outlet's name, as documents record it")), this::grade));
  }

  /** An outlet's grade, with the meaning of its two halves. */
  record OutletGrade(String outlet, String grade, String reliability, String credibility) {
    static OutletGrade of(String outlet, AdmiraltyGrade grade) {
      return new OutletGrade(outlet, grade.toString(), grade.reliability().meaning(), grade.credibility().meaning());
    }
  }

  /** The answer of {@code /api/grades}. */
  record Grades(List<OutletGrade> outlets) {}

  /** The answer of a grading: the grade given and how many clusters were rated again. */
  record Graded(OutletGrade outlet, @JsonProperty("clusters_rated") int clustersRated) {}

  private void list(Context ctx) throws IOException {
    List<OutletGrade> outlets = new ArrayList<>();
    workspace.grades().outletGrades().forEach((outlet, grade) -> outlets.add(OutletGrade.of(outlet, grade)));
    JsonResponses.send(ctx, new Grades(outlets));
  }

  private synchronized void grade(Context ctx) throws IOException {
    JsonNode body = JsonBody.object(ctx, "a grade", List.of("grade"));
    String text = JsonBody.text(body, "grade");
    if (text == null) {
      throw new IllegalArgumentException("grade must be an Admiralty grade such as B2 (reliability A-F, credibility 1-6)");
    }
    AdmiraltyGrade grade = AdmiraltyGrade.parse(RequestParameters.clip(text));
    String outlet = ctx.pathParam("outlet");
    if (!workspace.grades().gradeOutlet(outlet, grade)) {
      throw new MissingResourceException("no outlet called " + RequestParameters.clip(outlet) + " in the workspace");
    }
    int rated = workspace.clusters().unclustered() ? 0 : WorkspacePipeline.rateClusters(workspace);
    JsonResponses.send(ctx, new Graded(OutletGrade.of(outlet, grade), rated));
  }
}
