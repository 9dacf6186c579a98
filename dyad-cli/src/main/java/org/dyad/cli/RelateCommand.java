package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.analysis.relate.DyadRelation;
import org.dyad.analysis.relate.Relation;
import org.dyad.analysis.report.RelationHtml;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.Period;
import org.dyad.core.json.DyadJson;
import org.dyad.pipeline.TypedActor;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad relate A B}: are two actors moving closer, and on what evidence? */
@Command(name = "relate", description = "Are two actors moving closer, and on what evidence? A trend with a verdict.")
final class RelateCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "First actor: a code (IRN, IMGMUSALQ) or a name (Iran).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Second actor.")
  String b;

  @Option(names = "--by", paramLabel = "month|quarter|year", description = "Period length (default: year).")
  String by = "year";

  @Option(names = "--from", paramLabel = "DATE", description = "Earliest event date (yyyy-mm-dd).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest event date (yyyy-mm-dd).")
  String to;

  @Option(names = "--directed", description = "Count only what A did to B (default: both directions).")
  boolean directed;

  @Option(names = "--events", description = "Count every coded event, not each real-world event (cluster) once.")
  boolean rawEvents;

  @Option(names = "--evidence", paramLabel = "N", description = "Evidence items per period (default: 2).")
  int evidence = 2;

  @Mixin
  MinGradeOption minGrade = new MinGradeOption();

  @Option(names = "--weight", paramLabel = "none|confidence",
      description = "confidence: each real-world event counts as its cluster's confidence in net_coop, the trend and the"
          + " verdict (default: none, each counts 1).")
  String weight = "none";

  @Option(names = "--json", description = "Print one JSON object: series, verdict, trend, change_points, evidence.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report with charts.")
  Path html;

  @Override
  public Integer call() throws Exception {
    if (evidence < 1 || evidence > 100) {
      throw new IllegalArgumentException("--evidence must be between 1 and 100, got " + evidence);
    }
    DyadQuery query = new DyadQuery(TypedActor.resolve(a), TypedActor.resolve(b), Period.parse(by),
        Dates.parse("--from", from), Dates.parse("--to", to), directed, rawEvents,
        minGrade.grade(), weighted(weight));
    Relation relation;
    try (Workspace workspace = ActorsCommand.openExisting(dyad, "dyad relate")) {
      ClusterStageRun.ensureClustered(workspace);
      relation = new DyadRelation(workspace.relations()).relate(query, evidence);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (html != null) {
      Files.writeString(html, RelationHtml.render(relation), StandardCharsets.UTF_8);
    }
    if (json) {
      out.println(DyadJson.write(relation));
    } else {
      RelationView.print(relation, query.by(), out);
      if (html != null) {
        out.println("Report written to " + html.toAbsolutePath().normalize());
      }
    }
    return 0;
  }

  /** Reads {@code --weight}: true for {@code confidence}, false for {@code none}. */
  static boolean weighted(String weight) {
    return DyadQuery.weighted("--weight", weight);
  }
}
