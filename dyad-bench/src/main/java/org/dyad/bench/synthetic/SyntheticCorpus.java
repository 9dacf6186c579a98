package org.dyad.bench.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic news corpus for benchmarks: plain-text reports of 2–50 KB (uniform), each
 * with a dateline, spread over outlet folders. Like real news, each report is about a few actors
 * (the more prominent ones more often) and most of its words are ordinary prose drawn with a
 * Zipf-like skew, so term statistics — what search speed depends on — resemble a real archive
 * rather than every name in every document. The same seed gives the same corpus.
 */
public final class SyntheticCorpus {

  public static final int MIN_BYTES = 2 * 1024;
  public static final int MAX_BYTES = 50 * 1024;
  private static final int OUTLETS = 8;
  private static final List<String> ACTORS = List.of(
      "Iran", "the United States", "al-Qaeda", "Pakistan", "Afghanistan", "Iraq", "Saudi Arabia", "Syria", "Yemen",
      "Hezbollah", "Israel", "the Taliban", "the United Nations", "Tehran", "Washington", "Islamabad", "Kabul",
      "the Iranian government", "Iran's Revolutionary Guards", "al-Qa'ida", "al Qaida", "Hizballah", "Riyadh");
  private static final List<String> VERBS = List.of(
      "met", "accused", "condemned", "praised", "sanctioned", "attacked", "negotiated with", "warned",
      "signed an agreement with", "expelled diplomats of", "offered aid to", "threatened", "arrested members of",
      "hosted talks with", "criticised", "welcomed", "denied reports about", "shelled positions of");
  private static final List<String> TAILS = List.of(
      "officials said on Monday", "according to a statement", "in a televised address", "after weeks of talks",
      "despite earlier denials", "near the border", "at a meeting in Geneva", "the ministry said",
      "witnesses reported", "in a move analysts called significant", "for the first time in years");
  private static final List<String> CITIES = List.of(
      "TEHRAN", "WASHINGTON", "ISLAMABAD", "KABUL", "BAGHDAD", "RIYADH", "DAMASCUS", "BEIRUT", "SANAA", "GENEVA");
  private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.ENGLISH);

  private SyntheticCorpus() {}

  /** Writes {@code count} documents under {@code dir}; returns the bytes written. */
  public static long generate(int count, Path dir, long seed) throws IOException {
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
      Path outlet = dir.resolve("outlet-" + (i % OUTLETS));
      Path file = outlet.resolve(String.format("%03d/report-%07d.txt", (i / OUTLETS) / 1000, i));
      Files.createDirectories(file.getParent());
      String text = document(random, i);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(text);
      }
      bytes += text.length();
    }
    return bytes;
  }

  /** One report of 2–50 KB, the same for the same random state and index. */
  public static String document(SplittableRandom random, int index) {
    int target = random.nextInt(MIN_BYTES, MAX_BYTES + 1);
    LocalDate date = LocalDate.of(2001, 1, 1).plusDays(random.nextInt(12 * 365));
    List<String> cast = List.of(skewed(random, ACTORS), skewed(random, ACTORS), skewed(random, ACTORS));
    StringBuilder text = new StringBuilder(target + 200);
    text.append(pick(random, CITIES)).append(", ").append(date.format(DATELINE)).append(" — ");
    while (text.length() < target) {
      if (random.nextInt(4) == 0) {
        String subject = pick(random, cast);
        text.append(Character.toUpperCase(subject.charAt(0))).append(subject, 1, subject.length())
            .append(' ').append(pick(random, VERBS)).append(' ').append(pick(random, cast))
            .append(", ").append(pick(random, TAILS)).append(". ");
      } else {
        prose(random, text);
      }
      if (random.nextInt(8) == 0) {
        text.append("Report ").append(index).append(".\n\n");
      }
    }
    return text.toString();
  }

  /** A sentence of 8 to 20 ordinary words. */
  private static void prose(SplittableRandom random, StringBuilder text) {
    int words = random.nextInt(8, 21);
    for (int i = 0; i < words; i++) {
      String word = skewed(random, Vocabulary.WORDS);
      if (i == 0) {
        text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      } else {
        text.append(' ').append(word);
      }
    }
    text.append(". ");
  }

  private static String pick(SplittableRandom random, List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  /** Early entries far more often than late ones: rank r is drawn with weight about 1/r. */
  private static String skewed(SplittableRandom random, List<String> words) {
    double u = random.nextDouble();
    int rank = (int) Math.floor(Math.pow(words.size() + 1, u)) - 1;
    return words.get(Math.min(words.size() - 1, Math.max(0, rank)));
  }
}
