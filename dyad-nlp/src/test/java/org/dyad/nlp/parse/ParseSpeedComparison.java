package org.dyad.nlp.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;
import org.dyad.nlp.coding.EventCandidates;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;

/**
 * Compares the throughput of parser variants in one JVM, alternating them round by round (A B A
 * B ...) so that load from other processes hits each alike, and reports per variant the median
 * sentences per second of wall-clock time and per second of the workers' CPU time, and the median
 * of its per-round ratios to the first variant. Not a test: run its {@code main} by hand with the
 * test class path, from the module folder. Modes:
 *
 * <ul>
 *   <li>{@code parse ROUNDS THREADS [VARIANT...]}: parse every sentence of {@link BenchSentences};
 *   <li>{@code annotate ROUNDS THREADS on|off [VARIANT...]}: split, resolve actors and parse the
 *       candidate sentences (pre-filter on) or every sentence (off), as {@code dyad bench
 *       --annotate} does;
 *   <li>{@code check A B}: count the sentences that two variants parse differently;
 *   <li>{@code profile VARIANT SECONDS}: parse in a loop, for a profiler.
 * </ul>
 *
 * Variants: {@code reference} (CoreNLP's pipeline and DependencyParser, {@link
 * ReferenceSentenceParser}), {@code current} ({@link CoreNlpSentenceParser}) and {@code
 * cachedN} (the reference with CoreNLP's slice cache, {@code numCached}, raised to N).
 */
public final class ParseSpeedComparison {

  private ParseSpeedComparison() {}

  /** Sentences per second of wall-clock time and per second of the workers' CPU time. */
  private record Rate(double wall, double cpu) {}

  /** What one worker does with one text. */
  private interface Work {
    int run(SentenceParser parser, BenchSentences.Text text);
  }

  private static Supplier<SentenceParser> variant(String name) {
    if (name.equals("current")) {
      return CoreNlpSentenceParser::new;
    }
    Properties settings = new Properties();
    if (name.startsWith("cached")) {
      settings.setProperty("numCached", name.substring("cached".length()));
    } else if (!name.equals("reference")) {
      throw new IllegalArgumentException("no variant " + name);
    }
    return () -> {
      CoreNlpSentenceParser splitter = new CoreNlpSentenceParser();
      ReferenceSentenceParser reference = new ReferenceSentenceParser(settings);
      return new SentenceParser() {
        @Override
        public List<Sentence> split(String doc, String text) {
          return splitter.split(doc, text);
        }

        @Override
        public ParsedSentence parse(Sentence sentence) {
          return reference.parse(sentence);
        }
      };
    };
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "parse";
    List<BenchSentences.Text> texts = BenchSentences.texts();
    switch (mode) {
      case "check" -> check(args[1], args[2]);
      case "profile" -> profile(args[1], Double.parseDouble(args[2]), texts);
      case "parse" -> compare(args, 3, texts, parseAll(texts));
      case "annotate" -> compare(args, 4, texts, annotate(args[3].equals("on")));
      default -> throw new IllegalArgumentException("mode: parse, annotate, check or profile, not " + mode);
    }
  }

  private static void check(String a, String b) throws Exception {
    List<Sentence> sentences = BenchSentences.load(new CoreNlpSentenceParser());
    SentenceParser first = variant(a).get();
    SentenceParser second = variant(b).get();
    int differing = 0;
    for (Sentence sentence : sentences) {
      if (!first.parse(sentence).equals(second.parse(sentence))) {
        differing++;
        System.out.println("differs: " + sentence.text());
      }
    }
    System.out.printf("%d of %d sentences differ%n", differing, sentences.size());
  }

  private static void profile(String name, double seconds, List<BenchSentences.Text> texts) throws Exception {
    List<SentenceParser> parser = List.of(variant(name).get());
    Work work = parseAll(texts);
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < end) {
      Rate rate = round(parser, texts, work);
      System.out.printf("%s: %.1f sentences/s, %.1f per CPU-s%n", name, rate.wall(), rate.cpu());
    }
  }

  /** Parses the sentences of each text, split beforehand and untimed. */
  private static Work parseAll(List<BenchSentences.Text> texts) {
    CoreNlpSentenceParser splitter = new CoreNlpSentenceParser();
    Map<BenchSentences.Text, List<Sentence>> split = new IdentityHashMap<>();
    for (BenchSentences.Text text : texts) {
      split.put(text, splitter.split(text.id(), text.text()));
    }
    return (parser, text) -> {
      List<Sentence> sentences = split.get(text);
      sentences.forEach(parser::parse);
      return sentences.size();
    };
  }

  private static Work annotate(boolean prefilter) throws Exception {
    ActorResolver resolver = new DictionaryActorResolver(ActorDictionaries.defaults(), OfficeLookup.defaults());
    return (parser, text) -> {
      List<Sentence> sentences = parser.split(text.id(), text.text());
      Set<Integer> candidates = EventCandidates.sentences(resolver.resolve(sentences, text.date()));
      for (Sentence sentence : sentences) {
        if (!prefilter || candidates.contains(sentence.index())) {
          parser.parse(sentence);
        }
      }
      return sentences.size();
    };
  }

  private static void compare(String[] args, int firstVariant, List<BenchSentences.Text> texts, Work work)
      throws Exception {
    int rounds = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    List<String> names = args.length > firstVariant
        ? Arrays.asList(args).subList(firstVariant, args.length) : List.of("reference", "current");
    Map<String, List<SentenceParser>> parsers = new LinkedHashMap<>();
    for (String name : names) {
      List<SentenceParser> perThread = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        perThread.add(variant(name).get());
      }
      parsers.put(name, perThread);
      round(perThread, texts, work); // warm-up
    }
    Map<String, List<Rate>> rates = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (String name : names) {
        Rate rate = round(parsers.get(name), texts, work);
        rates.computeIfAbsent(name, k -> new ArrayList<>()).add(rate);
        System.out.printf("round %d %-14s %8.1f sentences/s wall, %8.1f per CPU-s%n", r, name, rate.wall(), rate.cpu());
      }
    }
    List<Rate> first = rates.get(names.getFirst());
    for (String name : names) {
      List<Rate> own = rates.get(name);
      List<Double> wallRatios = new ArrayList<>();
      List<Double> cpuRatios = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        wallRatios.add(own.get(r).wall() / first.get(r).wall());
        cpuRatios.add(own.get(r).cpu() / first.get(r).cpu());
      }
      System.out.printf("%-14s %d threads: median %7.1f sentences/s wall (ratio %.2f), %7.1f per CPU-s (ratio %.2f)%n",
          name, threads, median(own.stream().map(Rate::wall).toList()), median(wallRatios),
          median(own.stream().map(Rate::cpu).toList()), median(cpuRatios));
    }
  }

  /** Runs {@code work} on every text, texts dealt round-robin to the parsers (one thread each). */
  private static Rate round(List<SentenceParser> parsers, List<BenchSentences.Text> texts, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parsers.size());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try {
      long start = System.nanoTime();
      List<Future<long[]>> futures = new ArrayList<>();
      for (int t = 0; t < parsers.size(); t++) {
        SentenceParser parser = parsers.get(t);
        int first = t;
        futures.add(pool.submit(() -> {
          long cpu = threads.getCurrentThreadCpuTime();
          long sentences = 0;
          for (int i = first; i < texts.size(); i += parsers.size()) {
            sentences += work.run(parser, texts.get(i));
          }
          return new long[] {sentences, threads.getCurrentThreadCpuTime() - cpu};
        }));
      }
      long sentences = 0;
      long cpuNanos = 0;
      for (Future<long[]> future : futures) {
        sentences += future.get()[0];
        cpuNanos += future.get()[1];
      }
      return new Rate(sentences / ((System.nanoTime() - start) / 1e9), sentences / (cpuNanos / 1e9));
    } finally {
      pool.shutdown();
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
