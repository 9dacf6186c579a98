package org.dyad.nlp.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;

/**
 * A stand-in resolver for the evaluator tests: every occurrence of each given phrase
 * (case-sensitive, anywhere) is a mention with the phrase's code, phrases in the order given.
 * It records the sentences and dates it was asked about.
 */
final class FixedPhraseResolver implements ActorResolver {

  private final Map<String, String> codes = new LinkedHashMap<>();
  final List<Sentence> sentencesSeen = new ArrayList<>();
  final List<LocalDate> datesSeen = new ArrayList<>();

  /** {@code phraseThenCode} alternates phrases and codes: {@code "Hungarian", "HUNGOV", ...}. */
  FixedPhraseResolver(String... phraseThenCode) {
    for (int i = 0; i < phraseThenCode.length; i += 2) {
      codes.put(phraseThenCode[i], phraseThenCode[i + 1]);
    }
  }

  @Override
  public List<Mention> resolve(List<Sentence> sentences, LocalDate date) {
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : sentences) {
      sentencesSeen.add(sentence);
      datesSeen.add(date);
      codes.forEach((phrase, code) -> {
        for (int at = sentence.text().indexOf(phrase); at >= 0; at = sentence.text().indexOf(phrase, at + 1)) {
          int start = sentence.start() + at;
          mentions.add(new Mention(sentence.doc(), sentence.index(), start, start + phrase.length(), phrase, code,
              code.substring(0, 3), null, "fixed phrase"));
        }
      });
    }
    return mentions;
  }
}
