package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Builds Stanford CoreNLP pipelines that print nothing. CoreNLP reports model loading and
 * untokenizable characters through its Redwood logger, which writes to stderr, or to SLF4J when
 * SLF4J is on the class path; Dyad reports problems itself, one line each, so Redwood's handlers
 * are removed before any model loads. Redwood has one configuration per JVM, so this silences
 * every CoreNLP component in the process, which is what Dyad wants.
 */
final class CoreNlpPipelines {

  private CoreNlpPipelines() {}

  /**
   * A pipeline configured by alternating keys and values, e.g. {@code "annotators",
   * "tokenize,ssplit"}. CoreNLP shares the loaded models of identically configured annotators
   * between pipelines, so building a second pipeline is cheap after the first.
   */
  static StanfordCoreNLP build(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("settings come in key, value pairs: got " + keysAndValues.length + " strings");
    }
    Properties settings = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      settings.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    // Cheap and idempotent; must precede the first model load.
    RedwoodConfiguration.current().clear().apply();
    return new StanfordCoreNLP(settings);
  }

  /**
   * Runs a pipeline built with {@code ssplit.isOneSentence=true} on {@code text}: its one
   * sentence, or nothing when the text holds no token (blank, or only characters the tokenizer
   * drops, such as control characters). CoreNLP throws on such a text in one-sentence mode.
   */
  static Optional<CoreMap> annotateOneSentence(StanfordCoreNLP pipeline, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    Annotation annotation = new Annotation(text);
    try {
      pipeline.annotate(annotation);
    } catch (IllegalStateException e) {
      List<CoreLabel> tokens = annotation.get(TokensAnnotation.class);
      if (tokens != null && tokens.isEmpty()) {
        return Optional.empty();
      }
      throw e;
    }
    List<CoreMap> sentences = annotation.get(SentencesAnnotation.class);
    return sentences.isEmpty() ? Optional.empty() : Optional.of(sentences.getFirst());
  }
}
