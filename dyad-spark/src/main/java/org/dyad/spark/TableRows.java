package org.dyad.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.model.Document;
import org.dyad.core.model.IngestFailure;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;

/**
 * Dyad's records as rows of the {@link WorkspaceTables}, field for field in the tables' column
 * order. Dates and times go in as {@code java.sql} values, the external types Spark's row encoder
 * takes by default.
 */
final class TableRows {

  private TableRows() {}

  static Row document(Document document, String text, Timestamp ingestedAt) {
    return RowFactory.create(document.id(), document.path(), document.fileName(), document.outlet(), document.title(),
        document.author(), date(document.date()), document.dateSource().name(), document.language(),
        document.mimeType(), document.size(), document.grade(), ingestedAt, text);
  }

  /** @param parse the sentence's CoNLL-U parse, or null when the pre-filter spared it */
  static Row sentence(Sentence sentence, String parse) {
    return RowFactory.create(sentence.doc(), sentence.index(), sentence.start(), sentence.end(), parse);
  }

  static Row mention(Mention mention) {
    return RowFactory.create(mention.doc(), mention.sentence(), mention.start(), mention.end(), mention.text(),
        mention.code(), mention.actor(), mention.person(), mention.rule());
  }

  static Row event(Event event) {
    EventActor source = event.source();
    EventActor target = event.target();
    Event.EventSentence sentence = event.sentence();
    return RowFactory.create(event.id(), event.doc(), date(event.date()), date(event.docDate()),
        source.code(), source.name(), source.text(), source.start(), source.end(), source.person(),
        target.code(), target.name(), target.text(), target.start(), target.end(), target.person(),
        event.code(), event.root(), event.goldstein(), event.quad(),
        sentence.index(), sentence.start(), sentence.end(), sentence.text(),
        event.verb().text(), event.verb().start(), event.verb().end(), event.rule(), event.confidence());
  }

  static Row failure(String path, IngestFailure.Stage stage, String reason, Timestamp at) {
    return RowFactory.create(path, stage.name(), reason, at);
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }
}
