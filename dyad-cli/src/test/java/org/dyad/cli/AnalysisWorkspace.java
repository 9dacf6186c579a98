package org.dyad.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.store.Workspace;

/**
 * A workspace for the analysis commands' tests, built without parsing: a small answer key stored
 * through {@link AnswerKeyEvents}. Iran and al-Qaeda clash in 2001–2004 and cooperate in
 * 2005–2008, two real-world events a year, each reported by two outlets a day apart: 32 events,
 * 16 clusters, a significant rise (S = 16, p = 0.030). The United States sanctions Iran once in 2005.
 */
final class AnalysisWorkspace {

  private AnalysisWorkspace() {}

  static String key() {
    StringBuilder key = new StringBuilder();
    int cluster = 0;
    for (int year = 2001; year <= 2008; year++) {
      String code = year <= 2004 ? "173" : "042";
      String verb = year <= 2004 ? "Iran arrested al-Qaeda members" : "Iran hosted al-Qaeda envoys";
      for (int event = 0; event < 2; event++) {
        cluster++;
        String date = year + "-0" + (3 + 4 * event) + "-10";
        String later = year + "-0" + (3 + 4 * event) + "-11";
        key.append(line("gulf-wire/" + date + "-a.txt", "IRN", "IMGMUSALQ", code, date, "c" + cluster, verb + " (" + cluster + ")."));
        key.append(line("capitol-ledger/" + later + "-b.txt", "IRNGOV", "IMGMUSALQ", code, date, "c" + cluster,
            "Officials said " + verb.toLowerCase(java.util.Locale.ROOT) + " (" + cluster + ")."));
      }
    }
    key.append(line("capitol-ledger/2005-05-01-c.txt", "USAGOV", "IRN", "163", "2005-05-01", "c99",
        "The Treasury imposed sanctions on Iran."));
    return key.toString();
  }

  private static String line(String file, String source, String target, String code, String date, String cluster, String sentence) {
    return "{\"type\":\"document\",\"file\":\"" + file + "\",\"events\":[{\"source\":\"" + source + "\",\"target\":\"" + target
        + "\",\"code\":\"" + code + "\",\"root\":\"" + code.substring(0, 2) + "\",\"date\":\"" + date + "\",\"cluster\":\""
        + cluster + "\",\"sentence\":\"" + sentence + "\"}]}\n";
  }

  static Path create(Path root) throws Exception {
    AnswerKey key = AnswerKey.read(new StringReader(key()), "test key");
    try (Workspace workspace = Workspace.open(root, "test")) {
      new AnswerKeyEvents(key).store(workspace);
      ClusterStageRun.run(workspace);
    }
    return root;
  }

  record Run(int exit, String out, String err) {}

  static Run dyad(Path workspace, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
    all.addAll(List.of(args));
    int exit = DyadCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }
}
