package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.analysis.cluster.PairwiseAgreement;
import org.dyad.core.json.DyadJson;
import org.dyad.store.Workspace;
import org.dyad.nlp.eval.ActorResolutionEvaluator;
import org.dyad.nlp.eval.ActorResolutionReport;
import org.dyad.nlp.eval.ActorResolutionScore;
import org.dyad.nlp.eval.AnswerKey;
import org.dyad.nlp.eval.AnswerKeyEvaluator;
import org.dyad.nlp.eval.AnswerKeyScore;
import org.dyad.nlp.eval.ErrorClass;
import org.dyad.nlp.eval.Half;
import org.dyad.nlp.eval.PloverRecords;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dyad eval FILE}: scores event coding on a validation suite ({@link EventEvaluationRun}),
 * or with {@code --actors} actor resolution on a gold file, either PLOVER-style records (a JSON
 * array with actorText and codes) or a Dyad answer key (JSON Lines).
 */
@Command(name = "eval", description = "Score Dyad's event coder on a validation suite, or its actor resolution (--actors).")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE",
      description = "A PETRARCH validation suite (.xml), PLOVER records (JSON array) or a Dyad answer key (expected.jsonl).")
  Path file;

  @Option(names = "--actors", description = "Score actor resolution instead of event coding.")
  boolean actors;

  @Option(names = "--clusters", description = "Score event clustering against the answer key's cluster ids: on the key's"
      + " own events, and on the events coded in --workspace when it holds one.")
  boolean clusters;

  @Option(names = "--window", paramLabel = "DAYS", description = "With --clusters: the clustering date window (default: 7).")
  int window = org.dyad.analysis.cluster.EventClusterer.DEFAULT_WINDOW_DAYS;

  @Option(names = "--dictionaries", paramLabel = "DIR",
      description = "Events: the folder holding the suite's dictionaries; for PLOVER records, a folder with PETRARCH-2's"
          + " CAMEO.2.0.txt and the Phoenix actors, coded instead of Dyad's own for comparison. Actors: a folder of Phoenix"
          + " dictionaries to use instead of Dyad's own.")
  Path dictionaries;

  @Option(names = "--half", paramLabel = "odd|even|all",
      description = "PLOVER records at odd positions (development), even (report) or all (default: even).")
  String half = "even";

  @Option(names = "--examples", paramLabel = "N", description = "Error examples per class in the Markdown report (default: 5).")
  int examples = 5;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Option(names = "--markdown", description = "Print the full report (errors, per-code recall, examples) as Markdown.")
  boolean markdown;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    if (clusters) {
      return evaluateClusters();
    }
    if (!actors) {
      return new EventEvaluationRun(spec.commandLine().getOut(), json, markdown, examples).run(file, dictionaries, parseHalf(half));
    }
    ActorDictionaries loaded = dictionaries == null ? ActorDictionaries.defaults() : phoenix(dictionaries);
    DictionaryActorResolver resolver = new DictionaryActorResolver(loaded, OfficeLookup.defaults());
    PrintWriter out = spec.commandLine().getOut();
    String title = "Actor resolution, " + loaded.name() + " dictionaries, " + file.getFileName();
    if (file.getFileName().toString().endsWith(".jsonl")) {
      AnswerKeyScore score = new AnswerKeyEvaluator(resolver).evaluate(AnswerKey.read(file));
      if (json) {
        out.println(DyadJson.write(Map.of("suite", file.getFileName().toString(), "dictionaries", loaded.name(),
            "actors_expected", score.actorsExpected(), "found_exact", score.foundExact(), "found_at_root",
            score.foundAtRoot(), "exact_recall", score.exactRecall(), "root_recall", score.rootRecall())));
      } else {
        out.println(new ActorResolutionReport().render(title, score).stripTrailing());
      }
      return 0;
    }
    if (examples < 1 || examples > 10_000) {
      throw new IllegalArgumentException("--examples must be between 1 and 10000, got " + examples);
    }
    Half chosen = parseHalf(half);
    ActorResolutionScore score = new ActorResolutionEvaluator(resolver, examples).evaluate(PloverRecords.read(file), chosen);
    if (json) {
      out.println(DyadJson.write(new JsonScore(file.getFileName().toString(), chosen.name().toLowerCase(Locale.ROOT),
          loaded.name(), score.records(), score.goldActors(), score.correct(), score.mentionsOverlappingGold(),
          score.precision(), score.recall(), score.f1(), score.errors())));
    } else if (markdown) {
      out.println(new ActorResolutionReport(Math.max(20, 4 * examples)).render(title + " (" + chosen.name().toLowerCase(Locale.ROOT) + " half)", score).stripTrailing());
    } else {
      out.printf("%s, %s half: precision %.3f, recall %.3f, F1 %.3f (%d gold actors in %d records, %d found)%n",
          title, chosen.name().toLowerCase(Locale.ROOT), score.precision(), score.recall(), score.f1(),
          score.goldActors(), score.records(), score.correct());
    }
    return 0;
  }

  private int evaluateClusters() throws java.io.IOException {
    if (window < 0 || window > 365) {
      throw new IllegalArgumentException("--window must be between 0 and 365 days, got " + window);
    }
    AnswerKey key = AnswerKey.read(file);
    ClusterEvaluationRun run = new ClusterEvaluationRun(window);
    PairwiseAgreement.PairScore gold = run.onGold(key);
    PairwiseAgreement.PairScore coded = null;
    if (Workspace.exists(dyad.workspace())) {
      try (Workspace workspace = Workspace.open(dyad.workspace(), "dyad eval --clusters")) {
        coded = run.onCoded(key, workspace);
      }
    }
    run.print(file, gold, coded, json, spec.commandLine().getOut());
    return 0;
  }

  private static ActorDictionaries phoenix(Path folder) throws java.io.IOException {
    if (!ActorDictionaries.isPhoenixFolder(folder)) {
      throw new IllegalArgumentException(folder + " does not hold Phoenix.Countries/International/MilNonState.actors.txt and Phoenix.agents.txt");
    }
    return ActorDictionaries.phoenix(folder);
  }

  private static Half parseHalf(String value) {
    try {
      return Half.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--half must be odd, even or all, got '" + value + "'");
    }
  }

  /** The JSON form of a PLOVER score. */
  record JsonScore(String suite, String half, String dictionaries, int records, int gold_actors, int found,
      int mentions_on_gold, double precision, double recall, double f1, Map<ErrorClass, Integer> errors) {}
}
