package org.dyad.core.event;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;

/** Codes the events of one parsed sentence whose actors have been resolved. */
public interface EventCoder {

  /**
   * The events the sentence reports, in the order their verbs appear; empty when none is codable.
   *
   * @param sentence the sentence with its dependency parse
   * @param mentions the actors resolved in this sentence
   * @param docDate the document's date, the anchor for relative dates; may be null
   */
  List<Event> code(ParsedSentence sentence, List<Mention> mentions, LocalDate docDate);
}
