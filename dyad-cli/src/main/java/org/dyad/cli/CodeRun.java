package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.dyad.core.event.Event;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.coding.CodingRequest;
import org.dyad.nlp.coding.CodingSetup;
import org.dyad.nlp.coding.DocumentCoder;
import org.dyad.nlp.conllu.ConlluReader;
import org.dyad.nlp.annotate.WorkerThreads;
import org.dyad.nlp.eval.RecordWarning;
import org.dyad.nlp.eval.suite.SuiteReader;
import org.dyad.nlp.eval.suite.SuiteRecord;
import org.dyad.nlp.eval.suite.ValidationSuite;
import org.dyad.nlp.parse.CoreNlpSentenceParser;

/** The three input formats of {@code dyad code}, coded in input order. */
final class CodeRun {

  /** Receives the events of one record, in input order. */
  interface Sink {
    void accept(List<Event> events) throws IOException;
  }

  record Summary(long records, long events, long skipped) {}

  private static final int BATCH = 64;

  private final CodingSetup setup;
  private final int threads;
  private final PrintWriter err;
  private long records;
  private long events;
  private long skipped;

  CodeRun(CodingSetup setup, int threads, PrintWriter err) {
    this.setup = setup;
    this.threads = threads;
    this.err = err;
  }

  /** JSON Lines texts, parsed here on {@code threads} workers. */
  Summary texts(BufferedReader reader, Sink sink) throws IOException {
    ThreadLocal<DocumentCoder> coders = ThreadLocal.withInitial(
        () -> new DocumentCoder(new CoreNlpSentenceParser(), setup.resolver(), setup.coder()));
    ExecutorService workers = WorkerThreads.daemonPool(threads, "dyad-code");
    try {
      List<Future<List<Event>>> batch = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        CodingRequest request;
        try {
          request = CodingRequest.parse(line);
        } catch (IllegalArgumentException e) {
          skip("line " + number + ": " + e.getMessage());
          continue;
        }
        batch.add(workers.submit(() -> coders.get().code(request.id(), request.date(), request.text()).events()));
        lines.add(number);
        if (batch.size() == BATCH * threads) {
          drain(batch, lines, sink);
        }
      }
      drain(batch, lines, sink);
    } finally {
      workers.shutdownNow();
    }
    return summary();
  }

  private void drain(List<Future<List<Event>>> batch, List<Integer> lines, Sink sink) throws IOException {
    for (int i = 0; i < batch.size(); i++) {
      try {
        emit(batch.get(i).get(), sink);
      } catch (ExecutionException e) {
        skip("line " + lines.get(i) + ": coding failed: " + UserMessages.oneLine(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    batch.clear();
    lines.clear();
  }

  /** CoNLL-U sentences separated by blank lines, with {@code # text}, {@code # doc_id}, {@code # date} comments. */
  Summary conllu(BufferedReader reader, Sink sink) throws IOException {
    Map<String, Integer> sentencesPerDoc = new HashMap<>();
    StringBuilder block = new StringBuilder();
    int blockStart = 1;
    int number = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          conlluSentence(block.toString(), blockStart, sentencesPerDoc, sink);
        }
        block.setLength(0);
        blockStart = number + 1;
      } else {
        block.append(line).append('\n');
      }
    }
    if (!block.isEmpty()) {
      conlluSentence(block.toString(), blockStart, sentencesPerDoc, sink);
    }
    return summary();
  }

  private void conlluSentence(String block, int line, Map<String, Integer> sentencesPerDoc, Sink sink) throws IOException {
    String text = comment(block, "text");
    String doc = comment(block, "doc_id");
    if (doc == null) {
      doc = comment(block, "sent_id");
    }
    if (doc == null) {
      doc = "line-" + line;
    }
    if (text == null) {
      skip("line " + line + ": the sentence has no '# text = ...' comment");
      return;
    }
    try {
      String dateText = comment(block, "date");
      java.time.LocalDate date = dateText == null ? null : java.time.LocalDate.parse(dateText);
      int index = sentencesPerDoc.merge(doc, 1, Integer::sum) - 1;
      Sentence sentence = new Sentence(doc, index, 0, text.length(), text);
      ParsedSentence parsed = ConlluReader.read(sentence, block);
      emit(codeParsed(parsed, date), sink);
    } catch (RuntimeException e) {
      skip("line " + line + " (" + doc + "): " + UserMessages.oneLine(e));
    }
  }

  /** PETRARCH XML records with their parses. */
  Summary petrarch(Reader reader, String source, Sink sink) throws IOException {
    byte[] bytes = new String(readAll(reader)).getBytes(StandardCharsets.UTF_8);
    ValidationSuite suite = new SuiteReader().read(bytes, Path.of(source));
    for (RecordWarning warning : suite.warnings()) {
      err.println("warning: " + warning);
    }
    for (SuiteRecord record : suite.records()) {
      if (record.parse() == null) {
        skip(source + ": record " + record.id() + " (line " + record.line() + ") has no usable parse");
        continue;
      }
      emit(codeParsed(record.parse(), record.date()), sink);
    }
    return summary();
  }

  private List<Event> codeParsed(ParsedSentence parsed, java.time.LocalDate date) {
    List<Mention> mentions = setup.resolver().resolve(List.of(parsed.sentence()), date);
    return setup.coder().code(parsed, mentions, date);
  }

  private static char[] readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int read;
    while ((read = reader.read(buffer)) > 0) {
      text.append(buffer, 0, read);
    }
    return text.toString().toCharArray();
  }

  private static String comment(String block, String key) {
    for (String line : block.split("\n")) {
      if (line.startsWith("#")) {
        String body = line.substring(1).strip();
        if (body.startsWith(key) && body.substring(key.length()).strip().startsWith("=")) {
          return body.substring(body.indexOf('=') + 1).strip();
        }
      }
    }
    return null;
  }

  private void emit(List<Event> coded, Sink sink) throws IOException {
    records++;
    events += coded.size();
    sink.accept(coded);
  }

  private void skip(String message) {
    skipped++;
    err.println(message);
    err.flush();
  }

  private Summary summary() {
    return new Summary(records, events, skipped);
  }
}
