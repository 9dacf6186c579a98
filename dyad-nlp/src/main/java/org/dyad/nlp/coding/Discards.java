package org.dyad.nlp.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dyad.nlp.dictionary.DiscardDictionary;
import org.dyad.nlp.dictionary.DiscardEntry;
import org.dyad.nlp.dictionary.PetrarchDiscardReader;

/**
 * A discards dictionary applied to text: a sentence holding a sentence discard ("WORLD CUP",
 * "MONTHS LATER") is not coded, and a document holding a story discard ({@code +} in the file:
 * "+Manchester United") is not coded at all — sport, entertainment and history report no political
 * events however their verbs read.
 *
 * <p>A phrase matches at the start of a word, case-insensitively, with punctuation read as a word
 * break; its last word matches as a stem ("BASEBALL" in "baseballs") unless the file ends it with
 * {@code _}. Cost: O(phrases × text length) per text.
 */
public final class Discards {

  /** No discards: everything is coded. */
  public static final Discards NONE = new Discards(new DiscardDictionary(List.of()));

  private static final String DEFAULT_FILE = "/org/dyad/nlp/dictionaries/discards.txt";

  private record Phrase(String text, boolean wordEnd) {}

  private final List<Phrase> sentence;
  private final List<Phrase> story;

  /** Dyad's own discards (sport, entertainment, markets), shipped as a dictionary resource. */
  public static Discards defaults() throws IOException {
    InputStream stream = Discards.class.getResourceAsStream(DEFAULT_FILE);
    if (stream == null) {
      throw new IOException("missing discards resource " + DEFAULT_FILE);
    }
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return new Discards(new PetrarchDiscardReader().read(reader, "discards.txt").dictionary());
    }
  }

  public Discards(DiscardDictionary dictionary) {
    Objects.requireNonNull(dictionary, "dictionary");
    this.sentence = phrases(dictionary.entries(DiscardEntry.Scope.SENTENCE));
    this.story = phrases(dictionary.entries(DiscardEntry.Scope.STORY));
  }

  private static List<Phrase> phrases(List<DiscardEntry> entries) {
    return entries.stream().map(entry -> new Phrase(normal(entry.phrase()), entry.wordEnd()))
        .filter(phrase -> !phrase.text().isEmpty()).toList();
  }

  /** Whether there are no discards at all. */
  public boolean isEmpty() {
    return sentence.isEmpty() && story.isEmpty();
  }

  /** Whether {@code text} (a sentence) holds a sentence discard. */
  public boolean discardsSentence(String text) {
    return matchesAny(sentence, normal(text));
  }

  /** Whether {@code text} (a sentence or a whole document) holds a story discard. */
  public boolean discardsStory(String text) {
    return matchesAny(story, normal(text));
  }

  private static boolean matchesAny(List<Phrase> phrases, String text) {
    for (Phrase entry : phrases) {
      int from = 0;
      int at;
      while ((at = text.indexOf(entry.text(), from)) >= 0) {
        int end = at + entry.text().length();
        boolean starts = at == 0 || text.charAt(at - 1) == ' ';
        boolean ends = !entry.wordEnd() || end == text.length() || text.charAt(end) == ' ';
        if (starts && ends) {
          return true;
        }
        from = at + 1;
      }
    }
    return false;
  }

  /** Lower case, every run of characters other than letters and digits one space. */
  private static String normal(String text) {
    StringBuilder normal = new StringBuilder(text.length() + 2).append(' ');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        normal.append(Character.toLowerCase(c));
      } else if (normal.charAt(normal.length() - 1) != ' ') {
        normal.append(' ');
      }
    }
    return normal.toString().strip().toLowerCase(Locale.ROOT);
  }
}
