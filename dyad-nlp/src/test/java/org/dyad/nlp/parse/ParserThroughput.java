package org.dyad.nlp.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.SharedData;
import org.dyad.nlp.conllu.ConlluReader;
import org.dyad.nlp.conllu.ConlluWriter;

/**
 * Measures, on one thread and after a warm-up pass, how many sentences per second {@link
 * CoreNlpSentenceParser} splits and parses and {@link CoreNlpEntityRecognizer} tags, on the
 * {@code text} fields of the PLOVER gold-standard records repeated {@code args[0]} times (default
 * 5), and the heap each holds; also how fast the parses read back from CoNLL-U. Not a test: run
 * its {@code main} by hand with the test class path.
 */
public final class ParserThroughput {

  private ParserThroughput() {}

  public static void main(String[] args) throws IOException {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> records = texts(SharedData.eventCoding().resolve("PLOVER_GSR_CAMEO.txt"));
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      texts.addAll(records);
    }
    long before = retainedHeap();
    CoreNlpSentenceParser parser = new CoreNlpSentenceParser();
    List<Sentence> sentences = split(parser, texts);
    sentences.forEach(parser::parse);
    System.out.printf("%d texts, %d sentences, %.1f tokens per sentence%n", texts.size(), sentences.size(),
        sentences.stream().mapToInt(s -> parser.parse(s).words().size()).average().orElse(0));

    long start = System.nanoTime();
    int split = split(parser, texts).size();
    report("split (one text per record)", split, start);
    String document = String.join(" ", texts);
    parser.split("document", document);
    start = System.nanoTime();
    report("split (one " + (document.length() >> 10) + " KB text)", parser.split("document", document).size(), start);
    start = System.nanoTime();
    sentences.forEach(parser::parse);
    report("parse", sentences.size(), start);
    List<ParsedSentence> parsed = sentences.stream().map(parser::parse).toList();
    List<String> conllu = parsed.stream().map(ConlluWriter::write).toList();
    for (int round = 0; round < 3; round++) {
      start = System.nanoTime();
      for (int copy = 0; copy < 20; copy++) {
        for (int i = 0; i < parsed.size(); i++) {
          ConlluReader.read(parsed.get(i).sentence(), conllu.get(i));
        }
      }
      report("read CoNLL-U, round " + round, 20L * parsed.size(), start);
    }
    System.out.printf("parser heap retained: %d MB%n", (retainedHeap() - before) >> 20);
    Reference.reachabilityFence(parser);

    before = retainedHeap();
    CoreNlpEntityRecognizer recognizer = new CoreNlpEntityRecognizer();
    sentences.forEach(recognizer::entities);
    start = System.nanoTime();
    long entities = sentences.stream().mapToLong(s -> recognizer.entities(s).size()).sum();
    report("entities (" + entities + " found)", sentences.size(), start);
    System.out.printf("recognizer heap retained: %d MB%n", (retainedHeap() - before) >> 20);
    Reference.reachabilityFence(recognizer);
    System.out.printf("peak heap of the run (sum of the pools' peaks): %d MB%n", peakHeap() >> 20);
  }

  private static List<Sentence> split(CoreNlpSentenceParser parser, List<String> texts) {
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.addAll(parser.split("text-" + i, texts.get(i)));
    }
    return sentences;
  }

  private static List<String> texts(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    for (JsonNode record : new ObjectMapper().readTree(file.toFile())) {
      if (record.hasNonNull("text")) {
        texts.add(record.get("text").asText());
      }
    }
    return texts;
  }

  private static void report(String what, long sentences, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf("%-28s %6d sentences in %6.2f s: %8.1f sentences/s%n", what, sentences, seconds, sentences / seconds);
  }

  private static long retainedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
