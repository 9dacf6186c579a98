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

  /**
   * The events the sentence reports, knowing every actor its document names: a coder may code an act
   * on someone no dictionary names as an act on the one state the document is about. By default, as
   * {@link #code(ParsedSentence, List, LocalDate)}.
   *
   * @param documentMentions the actors resolved in the whole document, this sentence's among them
   */
  default List<Event> code(ParsedSentence sentence, List<Mention> mentions, List<Mention> documentMentions, LocalDate docDate) {
    return code(sentence, mentions, docDate);
  }
}
