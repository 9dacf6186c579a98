package org.dyad.nlp.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventCoder;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;

/**
 * Codes the events of a whole text, from raw characters: split into sentences, resolve actors,
 * parse only the sentences that name two actors ({@link EventCandidates}), code each parse. The
 * stateless path behind {@code dyad code}; not thread-safe when the parser is not (use one per
 * thread).
 */
public final class DocumentCoder {

  private final SentenceParser parser;
  private final ActorResolver resolver;
  private final EventCoder coder;
  private final boolean everySentence;

  public DocumentCoder(SentenceParser parser, ActorResolver resolver, EventCoder coder) {
    this(parser, resolver, coder, false);
  }

  private DocumentCoder(SentenceParser parser, ActorResolver resolver, EventCoder coder, boolean everySentence) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.everySentence = everySentence;
  }

  /**
   * A coder with the pre-filter off: every sentence is parsed and coded, whatever actors it names.
   * Benchmarks use it to measure what the pre-filter spares.
   */
  public static DocumentCoder parsingEverySentence(SentenceParser parser, ActorResolver resolver, EventCoder coder) {
    return new DocumentCoder(parser, resolver, coder, true);
  }

  /** What coding one text produced. */
  public record Result(List<Event> events, int sentences, int parsed) {}

  /**
   * What coding one text produced, with the annotations a workspace stores for it: its sentences,
   * the actors they name, and the parses of the sentences that were parsed (by sentence index).
   */
  public record Annotated(List<Sentence> sentences, List<Mention> mentions, Map<Integer, ParsedSentence> parses,
      List<Event> events) {

    public Annotated {
      sentences = List.copyOf(sentences);
      mentions = List.copyOf(mentions);
      parses = Map.copyOf(parses);
      events = List.copyOf(events);
    }
  }

  /**
   * @param id the document id the events carry
   * @param date the document's date, the anchor for relative dates (may be null)
   * @param text the text; event offsets index into it
   */
  public Result code(String id, LocalDate date, String text) {
    Annotated annotated = annotateAndCode(id, date, text);
    return new Result(annotated.events(), annotated.sentences().size(), annotated.parses().size());
  }

  /**
   * Codes a text as {@link #code} does and keeps the sentences, mentions and parses on the way, for
   * a caller that stores them (the Spark job writes them as the workspace's tables).
   */
  public Annotated annotateAndCode(String id, LocalDate date, String text) {
    List<Sentence> sentences = parser.split(id, text);
    List<Mention> mentions = resolver.resolve(sentences, date);
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    mentions.forEach(mention -> bySentence.computeIfAbsent(mention.sentence(), key -> new ArrayList<>()).add(mention));
    List<Event> events = new ArrayList<>();
    Collection<Integer> toParse = everySentence
        ? IntStream.range(0, sentences.size()).boxed().toList()
        : EventCandidates.sentences(mentions);
    Map<Integer, ParsedSentence> parses = new HashMap<>();
    for (int index : toParse) {
      ParsedSentence parsed = parser.parse(sentences.get(index));
      parses.put(index, parsed);
      events.addAll(coder.code(parsed, bySentence.getOrDefault(index, List.of()), mentions, date));
    }
    return new Annotated(sentences, mentions, parses, events);
  }
}
