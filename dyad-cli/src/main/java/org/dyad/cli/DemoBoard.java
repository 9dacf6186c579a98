package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.EvidenceItem;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.evidence.ach.AchAnalysis;
import org.dyad.evidence.ach.AchBoard;
import org.dyad.evidence.ach.AchReport;
import org.dyad.evidence.ach.RelationshipBoard;
import org.dyad.evidence.ach.StoredBoards;
import org.dyad.store.Workspace;

/**
 * The demo's ACH board "Iran and al-Qaeda": every Iran–al-Qaeda event cluster of the workspace as
 * evidence, rated by {@link RelationshipBoard}'s QuadClass rule, saved in the workspace, printed,
 * and written as an HTML report next to the workspace's database.
 */
final class DemoBoard {

  static final String NAME = "iran-al-qaeda";
  static final String REPORT = "iran-al-qaeda-ach.html";

  private DemoBoard() {}

  static AchAnalysis run(Workspace workspace, PrintWriter out) throws IOException {
    List<EvidenceItem> clusters = workspace.relations().timeline(
        new TimelineQuery(ActorMatch.of("IRN"), ActorMatch.of("IMGMUSALQ"), null, null, 10_000));
    Map<String, AdmiraltyGrade> grades = new HashMap<>();
    for (EvidenceItem cluster : clusters) {
      workspace.grades().effectiveGrade(cluster.doc()).ifPresent(grade -> grades.put(cluster.cluster(), grade));
    }
    AchBoard board = RelationshipBoard.of(NAME, "Iran", "al-Qaeda", clusters, cluster -> grades.get(cluster.cluster()));
    new StoredBoards(workspace.boards()).save(board);
    AchAnalysis analysis = AchAnalysis.of(board);
    HypothesesCommand.print(analysis, out);
    Path report = workspace.root().resolve(REPORT);
    Files.writeString(report, AchReport.html(analysis), StandardCharsets.UTF_8);
    out.println("ACH report written to " + report);
    return analysis;
  }
}
