package org.dyad.core.nlp;

import java.util.List;

/**
 * The linguistic pipeline: splits a text into sentences cheaply, and parses the sentences worth
 * the cost (tokens, part of speech, lemmas, dependencies). An instance is not thread-safe: build
 * one per worker thread, once, since loading the models is slow.
 */
public interface SentenceParser {

  /** The sentences of {@code text} in order, with offsets into it. */
  List<Sentence> split(String doc, String text);

  /** Parses one sentence; word offsets are into the document text, like the sentence's. */
  ParsedSentence parse(Sentence sentence);
}
