package org.dyad.nlp.eval.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.event.Event;
import org.dyad.core.event.PloverCategory;
import org.dyad.core.event.PloverMapping;
import org.dyad.nlp.coding.DocumentCoder;
import org.dyad.nlp.eval.CameoRoot;
import org.dyad.nlp.eval.GoldActor;
import org.dyad.nlp.eval.Half;
import org.dyad.nlp.eval.PloverRecord;
import org.dyad.nlp.eval.PloverRecords;

/**
 * The PLOVER gold-standard records as an event-coding suite on raw text: each record expects one
 * event per (source, target) pair, with the actors at their three-letter root ({@code JAP} read as
 * {@code JPN}, {@code ITL} as {@code ITA}) and the PLOVER category as the code. Dyad's events are
 * compared after mapping their CAMEO codes to PLOVER ({@link PloverMapping}); CAMEO's public
 * statements and appeals (01, 02), which PLOVER does not code, are left out. The gold labels the
 * 2021 mapping lacks are read as it would name them: DEMAND as REQUEST, DISAPPROVE and INVESTIGATE
 * as ACCUSE, FIGHT as ASSAULT. A record whose markup marks its actors as both source and target
 * ({@link PloverRecord#reciprocal}) expects the event from each of them to each other; any other
 * record without a target, and a record whose event is {@code NONE} (a hard negative of the
 * project's own sets, which may name the actors it is about), expects nothing.
 */
public final class PloverEventSuite {

  private static final Map<String, String> GOLD_LABELS =
      Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  /** The event of a record that reports none: the hard negatives of the project's own sets. */
  private static final String NO_EVENT = "NONE";

  private PloverEventSuite() {}

  /** The records of {@code half} as a suite; each record's category is its gold PLOVER event. */
  public static ValidationSuite of(PloverRecords records, Half half, Path file) {
    List<SuiteRecord> suiteRecords = new ArrayList<>();
    for (PloverRecord record : records.half(half)) {
      String event = GOLD_LABELS.getOrDefault(record.event(), record.event());
      List<CodedTriple> expected = new ArrayList<>();
      // the project's own sets mark a hard negative "NONE", naming its actors or not
      for (Map.Entry<GoldActor, GoldActor> pair : event.equals(NO_EVENT) ? List.<Map.Entry<GoldActor, GoldActor>>of() : record.pairs()) {
        expected.add(new CodedTriple(CameoRoot.of(pair.getKey().code()), CameoRoot.of(pair.getValue().code()), event));
      }
      suiteRecords.add(new SuiteRecord(record.id(), record.position(), event, true, record.date(), record.text(), null,
          expected, expected.isEmpty(), false, Map.of()));
    }
    String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + " (" + half.name().toLowerCase(java.util.Locale.ROOT) + " half)";
    return new ValidationSuite(name, file, SuiteEnvironment.NONE, suiteRecords, records.warnings());
  }

  /** Codes a record's text with Dyad's whole pipeline and maps the events to PLOVER. */
  public static SuiteCoder coder(DocumentCoder coder) {
    PloverMapping mapping = PloverMapping.plover();
    return record -> {
      List<CodedTriple> triples = new ArrayList<>();
      for (Event event : coder.code(record.id(), record.date(), record.text()).events()) {
        Optional<PloverCategory> category = mapping.of(event.code());
        category.ifPresent(plover -> triples.add(
            new CodedTriple(CameoRoot.of(event.source().code()), CameoRoot.of(event.target().code()), plover.event())));
      }
      return triples;
    };
  }

  /** Codes a record's text with Dyad's whole pipeline, keeping CAMEO codes (for the answer key). */
  public static SuiteCoder cameoCoder(DocumentCoder coder) {
    return record -> coder.code(record.id(), record.date(), record.text()).events().stream()
        .map(event -> new CodedTriple(event.source().code(), event.target().code(), event.code()))
        .toList();
  }

  /** Scores {@code coder} on the suite; the triples are already at root level. */
  public static SuiteScore score(ValidationSuite suite, DocumentCoder coder) {
    return new SuiteScorer(coder(coder), triple -> triple).score(suite);
  }
}
