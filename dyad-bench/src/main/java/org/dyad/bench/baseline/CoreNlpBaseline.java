package org.dyad.bench.baseline;

import edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.bench.harness.BoundedPass;
import org.dyad.core.json.DyadJson;

/**
 * The baseline of the coding comparison: Stanford CoreNLP with the annotators PETRARCH2's
 * preprocessing requires, {@code tokenize,ssplit,pos,lemma,ner,parse}, the constituency parse by
 * the shift-reduce parser ({@code englishSR}, from the {@code models-english} jar), every other
 * setting CoreNLP's default. It runs in its own JVM, started by {@link BaselineProcess}, so that its
 * models and heap neither weigh on Dyad's measurement nor enter the CLI's class path.
 *
 * <p>Threads: {@code N} workers share one pipeline, which is how CoreNLP's own multi-threading
 * ({@code -threads N}, {@code AnnotationPipeline.annotate(Iterable, int)}) runs a pipeline: one
 * set of annotators, called from N threads. The workers are {@link BoundedPass}'s, as on Dyad's
 * side, so both schedule texts alike and honour the same time budgets. No annotator gets threads of
 * its own ({@code ner.nthreads}, {@code parse.nthreads} stay 1): each text is annotated on one
 * thread, as Dyad codes it. No explicit garbage collection precedes a timed pass: a full
 * collection of the models' heap takes seconds, and the baseline's heap is not what is compared.
 *
 * <p>Protocol, one line each way. Arguments {@code THREADS TEXTS_FILE}. It loads the models (and
 * annotates one sentence), waits for {@code texts WARM_MS UNTIL_EPOCH_MS} on stdin, reads the
 * file, makes its untimed pass, bounded by {@code WARM_MS} and by the clock time {@code
 * UNTIL_EPOCH_MS} (0: no bound), and prints {@code dyad-baseline ready LOAD_SECONDS}; then for each
 * {@code run BUDGET_MS} it makes a timed pass from the first text and prints {@code dyad-baseline
 * result JSON}. End of input ends it quietly.
 */
public final class CoreNlpBaseline {

  static final String TEXTS = "texts ";
  static final String RUN = "run ";
  static final String READY = "dyad-baseline ready ";
  static final String RESULT = "dyad-baseline result ";
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse";
  static final String SHIFT_REDUCE_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

  /** The least an untimed pass gets, however late the models finished loading. */
  private static final long MIN_WARM_MILLIS = 1_000;

  private CoreNlpBaseline() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: CoreNlpBaseline THREADS TEXTS_FILE");
      System.exit(2);
    }
    try {
      run(Integer.parseInt(args[0]), Path.of(args[1]));
    } catch (Exception | OutOfMemoryError e) {
      System.err.println("dyad: the CoreNLP baseline failed: " + e);
      System.exit(1);
    }
  }

  private static void run(int threads, Path textsFile) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = pipeline();
    pipeline.annotate(new Annotation("The United Nations met in Geneva on Monday."));
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    String texts = in.readLine();
    if (texts == null) {
      return; // the benchmark stopped before writing the texts
    }
    List<BaselineText> corpus = BaselineText.read(textsFile);
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      pass(pipeline, corpus, workers, threads, warmBudget(texts), new AtomicLong(), new AtomicLong());
      say(READY + loadSeconds);
      for (String run = in.readLine(); run != null; run = in.readLine()) {
        AtomicLong sentences = new AtomicLong();
        AtomicLong dyadSentences = new AtomicLong();
        Duration budget = millis(Long.parseLong(after(RUN, run)));
        BoundedPass.Outcome timed = pass(pipeline, corpus, workers, threads, budget, sentences, dyadSentences);
        say(RESULT + DyadJson.write(new BaselineResult(ANNOTATORS + " parse.model=" + SHIFT_REDUCE_MODEL, threads,
            timed.done(), sentences.get(), dyadSentences.get(), timed.seconds(), loadSeconds, timed.cut())));
      }
    } finally {
      workers.shutdownNow();
    }
  }

  /** The untimed pass's budget from {@code texts WARM_MS UNTIL_EPOCH_MS}, counted from now. */
  static Duration warmBudget(String line) {
    String[] fields = after(TEXTS, line).split(" ");
    long budget = Long.parseLong(fields[0]);
    long until = Long.parseLong(fields[1]);
    if (until > 0) {
      long left = Math.max(MIN_WARM_MILLIS, until - System.currentTimeMillis());
      budget = budget > 0 ? Math.min(budget, left) : left;
    }
    return millis(budget);
  }

  private static String after(String prefix, String line) {
    if (!line.startsWith(prefix)) {
      throw new IllegalArgumentException("expected '" + prefix.strip() + " ...' on stdin, got: " + line);
    }
    return line.substring(prefix.length()).strip();
  }

  private static Duration millis(long millis) {
    return millis > 0 ? Duration.ofMillis(millis) : null;
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /** The pipeline, with CoreNLP's logging silenced before any model loads. */
  static StanfordCoreNLP pipeline() {
    RedwoodConfiguration.current().clear().apply();
    Properties settings = new Properties();
    settings.setProperty("annotators", ANNOTATORS);
    settings.setProperty("parse.model", SHIFT_REDUCE_MODEL);
    return new StanfordCoreNLP(settings);
  }

  private static BoundedPass.Outcome pass(StanfordCoreNLP pipeline, List<BaselineText> texts, ExecutorService workers,
      int threads, Duration budget, AtomicLong sentences, AtomicLong dyadSentences) throws Exception {
    return BoundedPass.run(workers, threads, texts.size(), budget, index -> {
      BaselineText text = texts.get(index);
      Annotation annotation = new Annotation(text.text());
      pipeline.annotate(annotation);
      sentences.addAndGet(annotation.get(SentencesAnnotation.class).size());
      dyadSentences.addAndGet(text.dyadSentences());
    });
  }
}
