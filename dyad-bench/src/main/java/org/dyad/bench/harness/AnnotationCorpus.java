package org.dyad.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpus the issues fix for speed figures: the sample corpus's plain-text documents, and the
 * sentence texts of {@code PETR2_GSR_validation.xml} and {@code PLOVER_GSR_CAMEO.txt} (each one
 * text). Only texts are taken, never gold labels.
 */
public final class AnnotationCorpus {

  private static final Pattern PETR_TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

  private AnnotationCorpus() {}

  public static List<AnnotationBenchmark.Text> load(Path sampleDocuments, Path eventCoding) throws IOException {
    List<AnnotationBenchmark.Text> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sampleDocuments)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(new AnnotationBenchmark.Text(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8),
            dateOf(file.getFileName().toString())));
      }
    }
    Matcher petr = PETR_TEXT.matcher(Files.readString(eventCoding.resolve("PETR2_GSR_validation.xml"), StandardCharsets.UTF_8));
    for (int i = 0; petr.find(); i++) {
      texts.add(new AnnotationBenchmark.Text("petr2-" + i, petr.group(1).strip().replaceAll("\\s+", " "), null));
    }
    JsonNode plover = new ObjectMapper().readTree(eventCoding.resolve("PLOVER_GSR_CAMEO.txt").toFile());
    for (JsonNode record : plover) {
      if (record.hasNonNull("text")) {
        texts.add(new AnnotationBenchmark.Text(record.path("id").asText(), record.get("text").asText(),
            record.hasNonNull("date") ? LocalDate.parse(record.get("date").asText()) : null));
      }
    }
    return texts;
  }

  /**
   * At most {@code max} texts spread evenly over {@code texts} (every k-th, from the first), in an
   * order shuffled by {@code seed}: the subset keeps the corpus's mix of long documents and
   * one-sentence texts, and so does any prefix of it, which is what a pass cut by its time budget
   * gets through.
   */
  public static List<AnnotationBenchmark.Text> sample(List<AnnotationBenchmark.Text> texts, int max, long seed) {
    if (max < 1) {
      throw new IllegalArgumentException("a sample needs at least one text, got " + max);
    }
    int step = Math.max(1, texts.size() / max);
    List<AnnotationBenchmark.Text> sample = new ArrayList<>();
    for (int i = 0; i < texts.size() && sample.size() < max; i += step) {
      sample.add(texts.get(i));
    }
    Collections.shuffle(sample, new Random(seed));
    return sample;
  }

  private static LocalDate dateOf(String fileName) {
    Matcher matcher = FILE_DATE.matcher(fileName);
    return matcher.find() ? LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3))) : null;
  }
}
