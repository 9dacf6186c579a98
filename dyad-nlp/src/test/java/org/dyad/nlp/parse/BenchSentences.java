package org.dyad.nlp.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.SharedData;

/**
 * The texts of the annotate benchmark (dyad-bench's {@code AnnotationCorpus}): the sample corpus's
 * plain-text documents, then, when the shared data is present, the sentence texts of {@code
 * PETR2_GSR_validation.xml} and {@code PLOVER_GSR_CAMEO.txt}, each with the date its actors
 * resolve on.
 */
final class BenchSentences {

  /** One text and its date, null when unknown. */
  record Text(String id, String text, LocalDate date) {}

  private static final Pattern PETR_TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private BenchSentences() {}

  /** The sentences of every text, split by {@code parser}. */
  static List<Sentence> load(CoreNlpSentenceParser parser) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    for (Text text : texts()) {
      sentences.addAll(parser.split(text.id(), text.text()));
    }
    return sentences;
  }

  static List<Text> texts() throws IOException {
    List<Text> texts = new ArrayList<>(sampleCorpus());
    texts.addAll(shared());
    return texts;
  }

  static List<Text> sampleCorpus() throws IOException {
    Path documents = Path.of("../sample-corpus/documents");
    List<Text> texts = new ArrayList<>();
    if (Files.isDirectory(documents)) {
      try (Stream<Path> files = Files.walk(documents)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String name = file.getFileName().toString();
          Matcher date = FILE_DATE.matcher(name);
          texts.add(new Text(name, Files.readString(file, StandardCharsets.UTF_8),
              date.find() ? LocalDate.parse(date.group(1)) : null));
        }
      }
    }
    return texts;
  }

  /** The PETR2 and PLOVER sentence texts, or none when the shared data is absent. */
  static List<Text> shared() throws IOException {
    Path eventCoding = SharedData.eventCoding();
    List<Text> texts = new ArrayList<>();
    Path petr = eventCoding.resolve("PETR2_GSR_validation.xml");
    if (Files.isRegularFile(petr)) {
      Matcher text = PETR_TEXT.matcher(Files.readString(petr, StandardCharsets.UTF_8));
      while (text.find()) {
        texts.add(new Text("petr2-" + texts.size(), text.group(1).strip().replaceAll("\\s+", " "), null));
      }
    }
    Path plover = eventCoding.resolve("PLOVER_GSR_CAMEO.txt");
    if (Files.isRegularFile(plover)) {
      for (JsonNode record : new ObjectMapper().readTree(plover.toFile())) {
        if (record.hasNonNull("text")) {
          texts.add(new Text(record.path("id").asText(), record.get("text").asText(),
              record.hasNonNull("date") ? LocalDate.parse(record.get("date").asText()) : null));
        }
      }
    }
    return texts;
  }
}
