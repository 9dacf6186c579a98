package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreAnnotations.LemmaAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.PartOfSpeechAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's {@code lemma} annotator (Minnen, Carroll and Pearce's morphological analyser, {@link
 * Morphology}) with a memory: a lemma depends only on the word and its tag, and news text repeats
 * both, so each pair is analysed once and then looked up. Gives what {@code MorphaAnnotator}
 * gives, including its lemmas of phrasal verbs written with an underscore ({@code take_off}).
 *
 * <p>Not thread-safe: one instance per thread. Forgets everything past {@value #CAPACITY} pairs
 * (a few MB) rather than grow with the vocabulary of a large corpus.
 */
final class Lemmatizer {

  private static final int CAPACITY = 100_000;

  // MorphaAnnotator's list: a verb_particle token keeps its particle.
  private static final Set<String> PARTICLES = Set.of("abroad", "across", "after", "ahead", "along", "aside", "away",
      "around", "back", "down", "forward", "in", "off", "on", "over", "out", "round", "together", "through", "up");

  private final Morphology morphology = new Morphology();
  private final Map<String, Map<String, String>> lemmasByTag = new HashMap<>();
  private int size;

  /** Sets the lemma of each token, as the {@code lemma} annotator would. */
  void annotate(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      token.set(LemmaAnnotation.class, lemma(token.get(TextAnnotation.class), token.get(PartOfSpeechAnnotation.class)));
    }
  }

  String lemma(String word, String tag) {
    Map<String, String> lemmas = lemmasByTag.computeIfAbsent(tag, t -> new HashMap<>());
    String lemma = lemmas.get(word);
    if (lemma == null) {
      if (size >= CAPACITY) {
        lemmasByTag.values().forEach(Map::clear);
        size = 0;
      }
      lemma = analyse(word, tag);
      lemmas.put(word, lemma);
      size++;
    }
    return lemma;
  }

  private String analyse(String word, String tag) {
    if (tag.isEmpty()) {
      return morphology.stem(word);
    }
    if (tag.startsWith("VB") && word.contains("_")) {
      String[] parts = word.split("_");
      if (parts.length == 2 && PARTICLES.contains(parts[1])) {
        return morphology.lemma(parts[0], tag) + "_" + parts[1];
      }
    }
    return morphology.lemma(word, tag);
  }
}
