package org.dyad.nlp.conllu;

import static org.dyad.nlp.conllu.ConlluFields.END;
import static org.dyad.nlp.conllu.ConlluFields.ESCAPED;
import static org.dyad.nlp.conllu.ConlluFields.NONE;
import static org.dyad.nlp.conllu.ConlluFields.START;
import static org.dyad.nlp.conllu.ConlluFields.YES;

import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;

/**
 * Writes a parsed sentence as CoNLL-U, so a parse is stored once and re-coding never re-parses or
 * re-tokenizes. {@link ConlluReader} reads it back to an equal {@link ParsedSentence}.
 *
 * <p>Two comment lines ({@code # sent_id}, {@code # text}, with line breaks shown as spaces), then
 * one row per word: ID, FORM, LEMMA, UPOS {@code _}, XPOS the Penn tag, FEATS {@code _}, HEAD,
 * DEPREL, DEPS {@code _}, and MISC {@code Start=..|End=..} with the word's document offsets. UPOS
 * is left empty rather than derived from the Penn tag: the mapping is lossy ({@code IN} is ADP or
 * SCONJ, {@code TO} is PART or ADP) and Dyad reads only the Penn tag. A blank line ends the
 * sentence, so written sentences concatenate into a valid CoNLL-U file.
 */
public final class ConlluWriter {

  private ConlluWriter() {}

  /**
   * @throws IllegalArgumentException when a word cannot be stored: an empty form or lemma, a tag or
   *     relation that is empty or holds a tab or line break, or a span outside the sentence's
   */
  public static String write(ParsedSentence parsed) {
    Sentence sentence = parsed.sentence();
    StringBuilder out = new StringBuilder(64 + 48 * parsed.words().size() + sentence.text().length());
    out.append("# sent_id = ").append(oneLine(sentence.doc())).append('-').append(sentence.index()).append('\n');
    out.append("# text = ").append(oneLine(sentence.text())).append('\n');
    for (Word word : parsed.words()) {
      check(word, sentence);
      boolean escaped = ConlluFields.breaksRow(word.form()) || ConlluFields.breaksRow(word.lemma());
      out.append(word.index())
          .append('\t').append(escaped ? ConlluFields.escape(word.form()) : word.form())
          .append('\t').append(escaped ? ConlluFields.escape(word.lemma()) : word.lemma())
          .append('\t').append(NONE)
          .append('\t').append(word.pos())
          .append('\t').append(NONE)
          .append('\t').append(word.head())
          .append('\t').append(word.relation())
          .append('\t').append(NONE)
          .append('\t').append(START).append('=').append(word.start())
          .append('|').append(END).append('=').append(word.end());
      if (escaped) {
        out.append('|').append(ESCAPED).append('=').append(YES);
      }
      out.append('\n');
    }
    return out.append('\n').toString();
  }

  private static void check(Word word, Sentence sentence) {
    String problem = null;
    if (word.form().isEmpty() || word.lemma().isEmpty()) {
      problem = "has an empty form or lemma";
    } else if (!storableTag(word.pos()) || !storableTag(word.relation())) {
      problem = "has a tag or relation that is empty or holds a tab or line break";
    } else if (word.start() < sentence.start() || word.end() > sentence.end()) {
      problem = "spans [" + word.start() + ", " + word.end() + "), outside the sentence's [" + sentence.start() + ", "
          + sentence.end() + ")";
    }
    if (problem != null) {
      throw new IllegalArgumentException("cannot write CoNLL-U for sentence " + sentence.index() + " of "
          + sentence.doc() + ": word " + word.index() + " " + problem);
    }
  }

  private static boolean storableTag(String tag) {
    return !tag.isEmpty() && !ConlluFields.breaksRow(tag);
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
