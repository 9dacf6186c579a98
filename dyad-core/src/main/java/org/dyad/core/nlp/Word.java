package org.dyad.core.nlp;

import java.util.Objects;

/**
 * One token of a parsed sentence, as a CoNLL-U row holds it.
 *
 * @param index 1-based position in the sentence (CoNLL-U ID)
 * @param form the token as written
 * @param lemma its lemma
 * @param pos its Penn Treebank part-of-speech tag (CoNLL-U XPOS)
 * @param head the index of its syntactic head, 0 for the root
 * @param relation the Universal Dependencies relation to the head ({@code nsubj}, {@code obj}, ...)
 * @param start UTF-16 offset of the token in the document text
 * @param end UTF-16 offset just past the token
 */
public record Word(int index, String form, String lemma, String pos, int head, String relation, int start, int end) {

  public Word {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(relation, "relation");
    if (index < 1 || head < 0) {
      throw new IllegalArgumentException("word index starts at 1 and head at 0, got " + index + " -> " + head);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid word span [" + start + ", " + end + ")");
    }
  }
}
