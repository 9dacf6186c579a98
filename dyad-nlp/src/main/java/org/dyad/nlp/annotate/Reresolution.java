package org.dyad.nlp.annotate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.model.Document;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.store.AnnotationStore;
import org.dyad.core.store.DocumentStore;

/**
 * Resolves the stored sentences of every annotated document again, after the dictionaries or the
 * aliases changed, and replaces their mentions. Nothing is split or parsed again.
 */
public final class Reresolution {

  private static final int BATCH = 256;

  private Reresolution() {}

  /** Returns the number of mentions now stored. */
  public static long run(DocumentStore documents, AnnotationStore annotations, ActorResolver resolver) throws IOException {
    long mentions = 0;
    Map<String, List<Mention>> batch = new HashMap<>();
    for (String doc : annotations.annotated()) {
      List<Sentence> sentences = annotations.sentences(doc);
      LocalDate date = documents.document(doc).map(Document::date).orElse(null);
      List<Mention> found = resolver.resolve(sentences, date);
      mentions += found.size();
      batch.put(doc, found);
      if (batch.size() == BATCH) {
        annotations.replaceMentions(batch);
        batch.clear();
      }
    }
    annotations.replaceMentions(batch);
    return mentions;
  }
}
