package org.dyad.core.nlp;

import java.util.List;
import java.util.Objects;

/** A sentence with its words: tokens, lemmas, part-of-speech tags and dependency tree. */
public record ParsedSentence(Sentence sentence, List<Word> words) {

  public ParsedSentence {
    Objects.requireNonNull(sentence, "sentence");
    words = List.copyOf(words);
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (word.index() != i + 1 || word.head() > words.size()) {
        throw new IllegalArgumentException(
            "sentence " + sentence.index() + " of " + sentence.doc() + ": word " + (i + 1)
                + " is numbered " + word.index() + " with head " + word.head());
      }
    }
  }
}
