package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dyad.ingest.extract.ExtractorLimits;
import org.dyad.ingest.extract.TextExtractor;
import org.dyad.ingest.extract.TikaPipesExtractor;
import org.dyad.nlp.coding.CodingSetup;
import org.dyad.nlp.coding.DocumentCoder;
import org.dyad.nlp.parse.CoreNlpSentenceParser;

/**
 * What an executor JVM builds once and keeps for all its tasks: the actor resolver and event
 * coder (immutable, shared by the JVM's task threads), one sentence parser per task thread (the
 * CoreNLP models load once per thread, since a parser is not thread-safe), and the Tika parser
 * processes, started on the first binary file and stopped when the JVM exits.
 *
 * <p>The resolver and coder are {@link CodingSetup}'s with Dyad's own dictionaries, those of the
 * embedded pipeline, so the same text gives the same events.
 */
final class ExecutorPipeline {

  private static final ThreadLocal<DocumentCoder> CODERS = ThreadLocal.withInitial(
      () -> new DocumentCoder(new CoreNlpSentenceParser(), Shared.SETUP.resolver(), Shared.SETUP.coder()));

  private static TextExtractor extractor;

  private ExecutorPipeline() {}

  /** This task thread's coder, built on the thread's first document. */
  static DocumentCoder coder() {
    return CODERS.get();
  }

  /** The JVM's out-of-process Tika extractor, started on first use. */
  static synchronized TextExtractor extractor() throws IOException {
    if (extractor == null) {
      TextExtractor started = TikaPipesExtractor.start(ExtractorLimits.defaults());
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "dyad-tika-stop"));
      extractor = started;
    }
    return extractor;
  }

  /** Loaded on first use, in the executor, never serialized from the driver. */
  private static final class Shared {
    static final CodingSetup SETUP;

    static {
      try {
        SETUP = CodingSetup.load(null, null);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load Dyad's dictionaries from the job jar", e);
      }
    }
  }
}
