package org.dyad.core.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.nlp.ActorAlias;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.DocumentAnnotations;
import org.dyad.core.nlp.EntityMention;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.UnresolvedName;

/**
 * The workspace's sentences, parses and actor mentions, stored per document so that a dictionary
 * change re-resolves (and later re-codes) without parsing again. Each call is one transaction.
 */
public interface AnnotationStore {

  /** Ids of indexed documents not yet annotated, at most {@code limit}. */
  List<String> unannotated(int limit) throws IOException;

  /** Replaces whatever was stored for each document with its new annotations, all in one transaction. */
  void save(List<DocumentAnnotations> batch) throws IOException;

  /** The sentences of an annotated document, in order, with their text. */
  List<Sentence> sentences(String doc) throws IOException;

  /** CoNLL-U of an annotated sentence, if the parser saw it. */
  Optional<String> parse(String doc, int sentence) throws IOException;

  /** The stored mentions of a document, in text order. */
  List<Mention> mentions(String doc) throws IOException;

  /** Replaces the mentions of each document in {@code byDoc} (re-resolution), in one transaction. */
  void replaceMentions(Map<String, List<Mention>> byDoc) throws IOException;

  /** Ids of every annotated document, in id order. */
  List<String> annotated() throws IOException;

  /** Actor codes found, most mentioned first. */
  List<ActorCount> actorCounts(int limit) throws IOException;

  /**
   * Replaces the discovered names of each document in {@code byDoc} (an empty list clears them),
   * in one transaction.
   *
   * @throws IllegalArgumentException if an entity is listed under a document other than its own
   */
  void replaceEntities(Map<String, List<EntityMention>> byDoc) throws IOException;

  /**
   * Discovered names that overlap no stored mention (so an alias added since discovery removes its
   * name from the list), grouped by case-insensitive text and type, most frequent first.
   *
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  List<UnresolvedName> unresolvedNames(int limit) throws IOException;

  /** Adds or replaces the analyst's alias for {@code alias.phrase()}. */
  void addAlias(ActorAlias alias) throws IOException;

  /** Removes the alias for {@code phrase}; false if there was none. */
  boolean removeAlias(String phrase) throws IOException;

  List<ActorAlias> aliases() throws IOException;
}
