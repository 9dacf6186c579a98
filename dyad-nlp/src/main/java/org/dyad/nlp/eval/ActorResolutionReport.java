package org.dyad.nlp.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.core.nlp.Mention;

/**
 * Renders actor-resolution scores as Markdown for {@code EVALUATION.md}: a table of the headline
 * numbers, one of the error classes, the recall per gold root and examples of errors. Ratios have
 * three decimals; cell text has its {@code |} escaped and line breaks turned into blanks.
 */
public final class ActorResolutionReport {

  /** How many rows a list table shows unless told otherwise. */
  public static final int DEFAULT_MAX_ROWS = 20;

  private final int maxRows;

  public ActorResolutionReport() {
    this(DEFAULT_MAX_ROWS);
  }

  /** {@code maxRows} caps each list table: gold roots, examples and answer-key misses. */
  public ActorResolutionReport(int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("a report needs at least one row per table, got " + maxRows);
    }
    this.maxRows = maxRows;
  }

  /** The PLOVER score under a {@code ##} heading reading {@code title}. */
  public String render(String title, ActorResolutionScore score) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(cell(title)).append("\n\n");
    out.append("| records | gold actors | found | mentions on gold | correct mentions | precision | recall | F1 |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    out.append(row(score.records(), score.goldActors(), score.correct(), score.mentionsOverlappingGold(),
        score.mentionsCorrect(), ratio(score.precision()), ratio(score.recall()), ratio(score.f1())));
    out.append("\n| error class | count | meaning |\n|---|---:|---|\n");
    for (Map.Entry<ErrorClass, Integer> error : score.errors().entrySet()) {
      out.append(row(error.getKey(), error.getValue(), error.getKey().meaning()));
    }
    renderCodes(score, out);
    renderExamples(score, out);
    return out.toString();
  }

  /** The answer-key score under a {@code ##} heading reading {@code title}. */
  public String render(String title, AnswerKeyScore score) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(cell(title)).append("\n\n");
    out.append("| events | actors expected | found exact | found at root | exact recall | root recall |\n");
    out.append("|---:|---:|---:|---:|---:|---:|\n");
    out.append(row(score.events(), score.actorsExpected(), score.foundExact(), score.foundAtRoot(),
        ratio(score.exactRecall()), ratio(score.rootRecall())));
    if (score.misses().isEmpty()) {
      return out.toString();
    }
    out.append("\n### Actors not found exactly\n\n");
    appendShown(out, score.misses().size(), "misses");
    out.append("| document | role | expected | root found | Dyad codes | sentence |\n|---|---|---|---|---|---|\n");
    for (AnswerKeyMiss miss : score.misses().stream().limit(maxRows).toList()) {
      out.append(row(miss.event().file(), miss.role().name().toLowerCase(Locale.ROOT), miss.expectedCode(),
          miss.foundAtRoot() ? "yes" : "no", miss.dyadCodes().isEmpty() ? "none" : String.join(", ", miss.dyadCodes()),
          miss.event().sentence()));
    }
    return out.toString();
  }

  private void renderCodes(ActorResolutionScore score, StringBuilder out) {
    if (score.byGoldCode().isEmpty()) {
      return;
    }
    out.append("\n### Recall by gold root\n\n");
    appendShown(out, score.byGoldCode().size(), "roots, most frequent first");
    out.append("| root | found | gold | recall |\n|---|---:|---:|---:|\n");
    score.byGoldCode().entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, CodeTally> e) -> e.getValue().total()).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(maxRows)
        .forEach(e -> out.append(row(e.getKey(), e.getValue().found(), e.getValue().total(), ratio(e.getValue().recall()))));
  }

  private void renderExamples(ActorResolutionScore score, StringBuilder out) {
    if (score.examples().isEmpty()) {
      return;
    }
    out.append("\n### Examples of errors\n\n");
    appendShown(out, score.examples().size(), "examples kept");
    out.append("| class | record | gold | Dyad |\n|---|---|---|---|\n");
    List<ResolutionError> byClass = score.examples().stream()
        .sorted(Comparator.comparing(ResolutionError::errorClass)).limit(maxRows).toList();
    for (ResolutionError error : byClass) {
      GoldActor gold = error.gold();
      String goldCell = gold == null ? "—"
          : gold.actorText() + " (" + gold.code() + ")" + (gold.located() ? "" : ", not in the sentence");
      out.append(row(error.errorClass(), error.position() + " " + error.recordId(), goldCell, mentions(error.mentions())));
    }
  }

  private void appendShown(StringBuilder out, int total, String what) {
    if (total > maxRows) {
      out.append("The first ").append(maxRows).append(" of ").append(total).append(' ').append(what).append(".\n\n");
    }
  }

  private static String mentions(List<Mention> mentions) {
    return mentions.isEmpty() ? "none"
        : mentions.stream().map(m -> m.text() + " (" + m.code() + ")").collect(Collectors.joining("; "));
  }

  private static String row(Object... cells) {
    StringBuilder row = new StringBuilder("|");
    for (Object value : cells) {
      row.append(' ').append(cell(String.valueOf(value))).append(" |");
    }
    return row.append('\n').toString();
  }

  private static String cell(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
