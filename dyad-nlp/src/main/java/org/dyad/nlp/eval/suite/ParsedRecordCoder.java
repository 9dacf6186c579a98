package org.dyad.nlp.eval.suite;

import java.util.List;
import java.util.Objects;
import org.dyad.core.event.EventCoder;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;

/**
 * Codes a suite record from the parse the suite gives: resolves the actors of the record's text
 * with the given resolver (the suite's own dictionaries) and codes the given parse, so the score
 * measures Dyad's coder, not a parser. A record without a parse codes nothing.
 */
public final class ParsedRecordCoder implements SuiteCoder {

  private final ActorResolver resolver;
  private final EventCoder coder;

  public ParsedRecordCoder(ActorResolver resolver, EventCoder coder) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.coder = Objects.requireNonNull(coder, "coder");
  }

  @Override
  public List<CodedTriple> code(SuiteRecord record) {
    if (record.parse() == null) {
      return List.of();
    }
    List<Mention> mentions = resolver.resolve(List.of(record.sentence()), record.date());
    return coder.code(record.parse(), mentions, record.date()).stream()
        .map(event -> new CodedTriple(event.source().code(), event.target().code(), event.code()))
        .toList();
  }
}
