package org.dyad.sanctions.xref;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.model.Document;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.Judgement;
import org.dyad.core.sanctions.ScoreFeature;
import org.dyad.core.sanctions.XrefMatch;
import org.dyad.core.store.DocumentStore;

/**
 * The JSON of a cross-reference, one shape for {@code dyad sanctions xref --json} and {@code GET
 * /api/sanctions/xref}: the matches listed, how many the selection holds in all, and the run's counts.
 *
 * @param matches the matches listed, best score first
 * @param total the matches the selection holds, of which {@code matches} may be one page
 * @param occurrences names read from the workspace
 * @param spellings distinct spellings matched
 * @param dismissed matches judged not a match
 */
public record XrefListing(List<Row> matches, int total, long occurrences, int spellings, int dismissed) {

  public XrefListing {
    matches = List.copyOf(matches);
  }

  /** One match, field names as the CLI has always printed them, with the document's title added. */
  public record Row(long entity, String entity_name, String matched_name, double score, String mention, String origin,
      String doc, String title, int sentence, String sentence_text, int start, int end, String judgement,
      List<ScoreFeature> explanation) {

    static Row of(XrefMatch m, Judgement judgement, String title) {
      return new Row(m.entity(), m.entityName(), m.matchedName(), m.score(), m.mention(), m.origin(), m.doc(), title,
          m.sentence(), m.sentenceText(), m.start(), m.end(), judgement == null ? null : judgement.word(), m.explanation());
    }
  }

  /** The title of a document by its id, or null when unknown. */
  @FunctionalInterface
  public interface DocumentTitles {
    String title(String doc) throws IOException;

    /** The titles of a workspace's catalogue. */
    static DocumentTitles of(DocumentStore documents) {
      return doc -> documents.document(doc).map(Document::title).orElse(null);
    }
  }

  /** Every match of a run as it was judged when it ran: the CLI's listing. */
  public static XrefListing of(CrossReference.Report report, DocumentTitles documents) throws IOException {
    Titles titles = new Titles(documents);
    List<Row> rows = new ArrayList<>();
    for (XrefMatch match : report.matches()) {
      rows.add(Row.of(match, match.judgement(), titles.of(match.doc())));
    }
    return new XrefListing(rows, rows.size(), report.occurrences(), report.spellings(), report.dismissed());
  }

  /**
   * A page of a run's matches under the verdicts recorded now, which may be newer than the run:
   * a run kept for later requests lists every match ({@code includeDismissed}), and each request
   * applies the latest judgements, filters and pages.
   *
   * @param judgements every verdict recorded
   * @param minScore the lowest score listed (judged matches scoring lower are listed too, as in a run)
   */
  public static XrefListing select(CrossReference.Report report, List<JudgedName> judgements, JudgementFilter filter,
      double minScore, int offset, int limit, DocumentTitles documents) throws IOException {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + " and " + limit);
    }
    Map<String, Judgement> verdicts = new HashMap<>();
    for (JudgedName judged : judgements) {
      verdicts.put(judged.entity() + " " + judged.key(), judged.judgement());
    }
    List<XrefMatch> selected = new ArrayList<>();
    List<Judgement> verdictOf = new ArrayList<>();
    int dismissed = 0;
    for (XrefMatch match : report.matches()) {
      Judgement judgement = verdicts.getOrDefault(match.entity() + " " + JudgedName.keyOf(match.mention()), match.judgement());
      if (match.score() < minScore && (judgement == null || judgement == Judgement.NOT_A_MATCH)) {
        continue;
      }
      if (judgement == Judgement.NOT_A_MATCH) {
        dismissed++;
      }
      if (filter.admits(judgement)) {
        selected.add(match);
        verdictOf.add(judgement);
      }
    }
    Titles titles = new Titles(documents);
    List<Row> rows = new ArrayList<>();
    for (int i = offset; i < Math.min(selected.size(), (long) offset + limit); i++) {
      rows.add(Row.of(selected.get(i), verdictOf.get(i), titles.of(selected.get(i).doc())));
    }
    return new XrefListing(rows, selected.size(), report.occurrences(), report.spellings(), dismissed);
  }

  /** Document titles, each document looked up once. */
  private static final class Titles {
    private final DocumentTitles documents;
    private final Map<String, String> known = new HashMap<>();

    Titles(DocumentTitles documents) {
      this.documents = documents;
    }

    String of(String doc) throws IOException {
      if (!known.containsKey(doc)) {
        known.put(doc, documents.title(doc));
      }
      return known.get(doc);
    }
  }
}
