package org.dyad.nlp.eval.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.dyad.nlp.coding.CodingConvention;
import org.dyad.nlp.coding.DependencyEventCoder;
import org.dyad.nlp.coding.Discards;
import org.dyad.nlp.dictionary.DiscardDictionary;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.dyad.nlp.dictionary.PetrarchDiscardReader;
import org.dyad.nlp.dictionary.ReadResult;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.verbs.PetrarchVerbReader;
import org.dyad.nlp.verbs.PicoOntology;
import org.dyad.nlp.verbs.VerbDictionary;

/**
 * Runs Dyad's coder on a validation suite with the dictionaries its {@code <Environment>} names:
 * the suite's verbs, actors and agents, read beside the suite file (or in another folder), and the
 * suite's own parses.
 */
public final class SuiteEvaluation {

  private SuiteEvaluation() {}

  /** The score, and the warnings the suite's dictionaries gave. */
  public record Result(SuiteScore score, List<DictionaryWarning> warnings) {}

  /**
   * @param dictionaryFolder a folder holding the environment's files instead of the suite's own
   *     folder, or null
   * @throws IOException when a dictionary the environment names is missing or unreadable
   */
  public static Result run(ValidationSuite suite, Path dictionaryFolder) throws IOException {
    SuiteEnvironment environment =
        dictionaryFolder == null ? suite.environment() : suite.environment().withDictionaryFolder(dictionaryFolder);
    List<Path> missing = environment.missingFiles();
    if (!missing.isEmpty()) {
      throw new IOException("the suite " + suite.name() + " names dictionaries that are not there: " + missing);
    }
    if (environment.verbFile() == null || environment.actorFiles().isEmpty() || environment.agentFile() == null) {
      throw new IOException("the suite " + suite.name() + " does not name its verb, actor and agent files in <Environment>");
    }
    List<DictionaryWarning> warnings = new ArrayList<>();
    ReadResult<VerbDictionary> verbs = PetrarchVerbReader.read(environment.verbFile());
    warnings.addAll(verbs.warnings());
    ActorDictionaries actors = ActorDictionaries.files(suite.name(), environment.actorFiles(), environment.agentFile());
    warnings.addAll(actors.warnings());
    DictionaryActorResolver resolver = new DictionaryActorResolver(actors, OfficeLookup.NONE);
    PicoOntology pico = null;
    if (environment.picoFile() != null) {
      ReadResult<PicoOntology> read = PicoOntology.read(environment.picoFile());
      warnings.addAll(read.warnings());
      pico = read.dictionary();
    }
    DependencyEventCoder coder = new DependencyEventCoder(verbs.dictionary(), CameoOntology.cameo(), pico, CodingConvention.PETRARCH);
    if (environment.discardFile() != null) {
      ReadResult<DiscardDictionary> discards = new PetrarchDiscardReader().read(environment.discardFile());
      warnings.addAll(discards.warnings());
      coder = coder.withDiscards(new Discards(discards.dictionary()));
    }
    SuiteScore score = new SuiteScorer(new ParsedRecordCoder(resolver, coder)).score(suite);
    return new Result(score, warnings);
  }
}
