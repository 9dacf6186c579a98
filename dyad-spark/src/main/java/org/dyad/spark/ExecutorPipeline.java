package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dyad.core.event.CameoOntology;
import org.dyad.ingest.extract.ExtractorLimits;
import org.dyad.ingest.extract.TextExtractor;
import org.dyad.ingest.extract.TikaPipesExtractor;
import org.dyad.nlp.coding.CodingConvention;
import org.dyad.nlp.coding.DependencyEventCoder;
import org.dyad.nlp.coding.Discards;
import org.dyad.nlp.coding.DocumentCoder;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.verbs.VerbDictionaries;

/**
 * What an executor JVM builds once and keeps for all its tasks: the actor resolver and event
 * coder (immutable, shared by the JVM's task threads), one sentence parser per task thread (the
 * CoreNLP models load once per thread, since a parser is not thread-safe), and the Tika parser
 * processes, started on the first binary file and stopped when the JVM exits.
 *
 * <p>The resolver and coder are those of the embedded pipeline with Dyad's own dictionaries (as
 * dyad-cli's {@code CodingSetup} and {@code AnnotateRun} build them), so the same text gives the
 * same events.
 */
final class ExecutorPipeline {

  private static final ThreadLocal<DocumentCoder> CODERS = ThreadLocal.withInitial(
      () -> new DocumentCoder(new CoreNlpSentenceParser(), Shared.RESOLVER, Shared.CODER));

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
    static final DictionaryActorResolver RESOLVER;
    static final DependencyEventCoder CODER;

    static {
      try {
        RESOLVER = new DictionaryActorResolver(ActorDictionaries.defaults(), OfficeLookup.defaults());
        CODER = new DependencyEventCoder(VerbDictionaries.defaults().dictionary(), CameoOntology.cameo(), null,
            CodingConvention.CAMEO).withDiscards(Discards.defaults());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load Dyad's dictionaries from the job jar", e);
      }
    }
  }
}
