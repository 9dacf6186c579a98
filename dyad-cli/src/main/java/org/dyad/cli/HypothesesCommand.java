package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.evidence.AdmiraltyGrade;
import org.dyad.core.json.DyadJson;
import org.dyad.evidence.ach.AchAnalysis;
import org.dyad.evidence.ach.AchBoard;
import org.dyad.evidence.ach.AchReport;
import org.dyad.evidence.ach.Diagnosticity;
import org.dyad.evidence.ach.EvidenceItem;
import org.dyad.evidence.ach.Hypothesis;
import org.dyad.evidence.ach.InconsistencyScores;
import org.dyad.evidence.ach.Rating;
import org.dyad.evidence.ach.Relevance;
import org.dyad.evidence.ach.StoredBoards;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dyad hypotheses}: Analysis of Competing Hypotheses boards kept in the workspace —
 * hypotheses, graded evidence, the rating matrix, and Heuer's ranking, diagnosticity and
 * sensitivity.
 */
@Command(name = "hypotheses", description = "Weigh competing hypotheses against graded evidence (ACH boards).")
final class HypothesesCommand {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Command(name = "new", description = "Start a board.")
  int create(@Parameters(paramLabel = "BOARD") String name,
      @Option(names = "--question", required = true, paramLabel = "TEXT", description = "The question the board answers.")
      String question) throws IOException {
    try (Workspace workspace = open()) {
      if (new StoredBoards(workspace.boards()).find(name).isPresent()) {
        throw new IllegalArgumentException("a board called " + name + " exists; 'dyad hypotheses delete " + name + "' first");
      }
      save(workspace, AchBoard.empty(name, question));
    }
    out().println("Created board " + name);
    return 0;
  }

  @Command(name = "hypothesis", description = "Add a hypothesis to a board.")
  int hypothesis(@Parameters(paramLabel = "BOARD") String name, @Parameters(paramLabel = "ID") String id,
      @Parameters(paramLabel = "STATEMENT") String statement) throws IOException {
    return change(name, board -> board.withHypothesis(new Hypothesis(id, statement)), "Added hypothesis " + id);
  }

  @Command(name = "evidence", description = "Add an item of evidence: an event cluster, a document, a passage or a note.")
  int evidence(@Parameters(paramLabel = "BOARD") String name, @Parameters(paramLabel = "ID") String id,
      @Option(names = "--kind", defaultValue = "note", paramLabel = "cluster|document|passage|note") String kind,
      @Option(names = "--ref", paramLabel = "REF", description = "Cluster id, document id (or a unique prefix) or DOC#SENTENCE.")
      String reference,
      @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What the item says.") String text,
      @Option(names = "--grade", paramLabel = "A1-F6", description = "Admiralty grade of its source.") String grade,
      @Option(names = "--relevance", defaultValue = "high", paramLabel = "high|medium|low") String relevance)
      throws IOException {
    EvidenceItem.Kind itemKind = choice(EvidenceItem.Kind.class, kind, "--kind");
    Relevance itemRelevance = choice(Relevance.class, relevance, "--relevance");
    AdmiraltyGrade itemGrade = grade == null ? null : AdmiraltyGrade.parse(grade);
    try (Workspace workspace = open()) {
      String checked = checkedReference(workspace, itemKind, reference);
      AchBoard board = load(workspace, name).withEvidence(new EvidenceItem(id, itemKind, checked, text, itemGrade,
          itemRelevance));
      save(workspace, board);
    }
    out().println("Added evidence " + id);
    return 0;
  }

  @Command(name = "rate", description = "Rate an item of evidence against a hypothesis: CC, C, N, I, II or NA.")
  int rate(@Parameters(paramLabel = "BOARD") String name, @Parameters(paramLabel = "EVIDENCE") String evidence,
      @Parameters(paramLabel = "HYPOTHESIS") String hypothesis, @Parameters(paramLabel = "RATING") String rating)
      throws IOException {
    Rating value = Rating.parse(rating);
    return change(name, board -> board.rate(evidence, hypothesis, value), "Rated " + evidence + " " + value + " for " + hypothesis);
  }

  @Command(name = "show", description = "The ranking, the matrix with diagnosticity, and the items the ranking rests on.")
  int show(@Parameters(paramLabel = "BOARD") String name,
      @Option(names = "--json", description = "One JSON object: board, ranking, diagnosticity, sensitivity.") boolean json)
      throws IOException {
    AchAnalysis analysis;
    try (Workspace workspace = open()) {
      analysis = AchAnalysis.of(load(workspace, name));
    }
    PrintWriter out = out();
    if (json) {
      out.println(DyadJson.write(analysis));
      return 0;
    }
    print(analysis, out);
    return 0;
  }

  /** The ranking, the matrix with diagnosticity and the sensitivity, as {@code show} prints them (descriptions clipped). */
  static void print(AchAnalysis analysis, PrintWriter out) {
    out.printf("Board %s: %s%n%nHypotheses, least inconsistent first:%n", analysis.board().name(), analysis.board().question());
    for (InconsistencyScores.Ranked ranked : analysis.ranking()) {
      out.printf("  %d. %-8s inconsistency %5.2f (%d against)  %s%n", ranked.rank(), ranked.hypothesis().id(),
          ranked.inconsistency(), ranked.inconsistentItems(), ranked.hypothesis().statement());
    }
    out.printf("%nEvidence (grade, weight, diagnosticity; ratings by hypothesis):%n");
    for (Diagnosticity.Item item : analysis.diagnosticity()) {
      StringBuilder row = new StringBuilder();
      for (Hypothesis hypothesis : analysis.board().hypotheses()) {
        row.append(String.format(Locale.ROOT, " %s=%-2s", hypothesis.id(),
            analysis.board().rating(item.evidence().id(), hypothesis.id()).name()));
      }
      out.printf("  %-6s %-2s %4.2f %-5s%s  %s%n", item.evidence().id(),
          item.evidence().grade() == null ? "--" : item.evidence().grade(), item.evidence().weight(),
          item.diagnostic() ? String.format(Locale.ROOT, "%.2f", item.diagnosticity()) : "none", row,
          Terminal.clip(item.evidence().description(), 110));
    }
    out.printf("%nSensitivity: %s%n", switch (analysis.sensitivity().size()) {
      case 0 -> "no single item or pair, if wrong, would change the leading hypothesis";
      case 1 -> analysis.sensitivity().critical().size() == 1
          ? "the lead rests on " + items(analysis.sensitivity().critical()) + ": if it is wrong, the leader changes"
          : "the lead rests on each of " + items(analysis.sensitivity().critical()) + ": if any one is wrong, the leader changes";
      default -> "no single item decides it; these pairs would: " + items(analysis.sensitivity().critical());
    });
  }

  @Command(name = "list", description = "The boards in the workspace.")
  int list() throws IOException {
    try (Workspace workspace = open()) {
      for (String name : new StoredBoards(workspace.boards()).names()) {
        AchBoard board = load(workspace, name);
        out().printf("%-20s %d hypotheses, %d items  %s%n", name, board.hypotheses().size(), board.evidence().size(),
            board.question());
      }
    }
    return 0;
  }

  @Command(name = "export", description = "Print a board as JSON (or write it to --out), for 'dyad hypotheses import'.")
  int export(@Parameters(paramLabel = "BOARD") String name,
      @Option(names = "--out", paramLabel = "FILE") Path file) throws IOException {
    String json;
    try (Workspace workspace = open()) {
      json = DyadJson.write(load(workspace, name));
    }
    if (file == null) {
      out().println(json);
    } else {
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }
    return 0;
  }

  @Command(name = "import", description = "Read a board exported as JSON; replaces a board of the same name with --replace.")
  int importBoard(@Parameters(paramLabel = "FILE") Path file,
      @Option(names = "--replace", description = "Replace a board of the same name.") boolean replace) throws IOException {
    AchBoard board;
    try {
      board = DyadJson.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8), AchBoard.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a board exported by 'dyad hypotheses export': " + UserMessages.oneLine(e));
    }
    try (Workspace workspace = open()) {
      if (!replace && new StoredBoards(workspace.boards()).find(board.name()).isPresent()) {
        throw new IllegalArgumentException("a board called " + board.name() + " exists; add --replace to replace it");
      }
      save(workspace, board);
    }
    out().println("Imported board " + board.name());
    return 0;
  }

  @Command(name = "report", description = "Write a printable HTML report of a board.")
  int report(@Parameters(paramLabel = "BOARD") String name,
      @Option(names = "--html", required = true, paramLabel = "FILE") Path file) throws IOException {
    String html;
    try (Workspace workspace = open()) {
      html = AchReport.html(AchAnalysis.of(load(workspace, name)));
    }
    Files.writeString(file, html, StandardCharsets.UTF_8);
    out().println("Wrote " + file);
    return 0;
  }

  @Command(name = "delete", description = "Remove a board.")
  int delete(@Parameters(paramLabel = "BOARD") String name) throws IOException {
    try (Workspace workspace = open()) {
      if (!workspace.boards().delete(name)) {
        throw new IllegalArgumentException("no board called " + name);
      }
    }
    out().println("Deleted board " + name);
    return 0;
  }

  private interface Change {
    AchBoard apply(AchBoard board);
  }

  private int change(String name, Change change, String done) throws IOException {
    try (Workspace workspace = open()) {
      save(workspace, change.apply(load(workspace, name)));
    }
    out().println(done);
    return 0;
  }

  /** Checks that a document or passage reference names a document of the workspace; returns its full id. */
  private static String checkedReference(Workspace workspace, EvidenceItem.Kind kind, String reference) throws IOException {
    if (reference == null || kind == EvidenceItem.Kind.NOTE || kind == EvidenceItem.Kind.CLUSTER) {
      return reference;
    }
    String[] parts = reference.split("#", 2);
    if (kind == EvidenceItem.Kind.PASSAGE && (parts.length != 2 || !parts[1].matches("\\d{1,6}"))) {
      throw new IllegalArgumentException("a passage reference is DOCUMENT#SENTENCE, such as 3f9c0a1b#4: " + reference);
    }
    String id = workspace.catalogue().documentByPrefix(parts[0]).map(document -> document.id())
        .orElseThrow(() -> new IllegalArgumentException("no document " + parts[0] + " in the workspace (or the prefix is"
            + " ambiguous); 'dyad search' shows document ids"));
    return parts.length == 2 ? id + "#" + parts[1] : id;
  }

  private static AchBoard load(Workspace workspace, String name) throws IOException {
    return new StoredBoards(workspace.boards()).find(name)
        .orElseThrow(() -> new IllegalArgumentException("no board called " + name + "; 'dyad hypotheses list' shows them"));
  }

  private static void save(Workspace workspace, AchBoard board) throws IOException {
    new StoredBoards(workspace.boards()).save(board);
  }

  private Workspace open() throws IOException {
    return ActorsCommand.openExisting(dyad, "dyad hypotheses");
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
          .toLowerCase(Locale.ROOT) + ", got '" + value + "'");
    }
  }

  private static String items(java.util.List<Set<String>> sets) {
    return String.join("; ", sets.stream().map(set -> String.join(" + ", set.stream().sorted().toList())).toList());
  }
}
