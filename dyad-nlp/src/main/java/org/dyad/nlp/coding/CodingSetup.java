package org.dyad.nlp.coding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.nlp.ActorResolver;
import org.dyad.nlp.dictionary.PetrarchDiscardReader;
import org.dyad.nlp.dictionary.ReadResult;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.verbs.EventNouns;
import org.dyad.nlp.verbs.PetrarchVerbReader;
import org.dyad.nlp.verbs.VerbDictionaries;
import org.dyad.nlp.verbs.VerbDictionary;

/**
 * The dictionaries and coder behind {@code dyad code}, {@code dyad recode}, ingest's code stage and
 * the Spark job's executors: Dyad's own, or files the user names.
 *
 * @param version names the coder and its dictionaries; stored with coded documents so that a
 *     different setup codes them again
 */
public record CodingSetup(ActorResolver resolver, DependencyEventCoder coder, String version) {

  /** Bumped when the coder's rules change, so stored events are coded again. */
  // 2: event nouns; 3: reported attacks kept, conditions dropped, actors placed; 4: owners, shared subjects, former states;
  // 5: tag and parse repairs, patterns ranked by reach, settling disputes, protest purposes
  // 8: adverbial clauses of the same act, participle, particle and gerund repairs, mandative subjunctives, one event per actor
  // 10: nouns tagged as verbs, passive participles, refusals, denials, speculation, vows, borrowed complement codes
  // 11: acts on a one-state document's unnamed people, demands pressed, mediators' own states, governors' phrases
  // 12: protective deployments, protests aimed by their demands, acts yielding to pressure coordinated, one act once
  // 13: closing attributions parsed apart, contact relatives, conditions' complements, rejected calls on their makers
  // 14: compound objects and adjectives the tagger read as verbs, places taken, mutual parties meeting
  //     each other, protests against the own state, seizures from whom, companies
  // 15: phrase repairs (stretches of time, prepositions read as markers), victims over places, denials,
  //     former titles, "pro-" stances, sponsors of talks, public figures
  // 16: the first actor in a verb's phrase when its arguments name none, free relatives, holders of places,
  //     aid resumed, acts completed
  // 17: relative clauses and articles misread as heads, past tenses tagged as adjectives, reports hung on what
  //     they report, protesters' jailers, aims, threats on the source's own act, obligations on whom is told,
  //     US commanders
  // 18: roles of what a possessive owns, mediators, "-led" actors, one-state armed groups' states, Kosovo dated,
  //     Jewish settlers, cargo participles, aid workers freed, nerve gas released, places' own people
  // 19: each party a phrase "between" names, an offered act's marked phrase, two people of one code, "Tamil
  //     Tiger rebels", labour and business bodies, a place a bearing is said of, infinitives after a day,
  //     roles joined to a state's government or forces
  // 20: clauses of time under an act as background, participles read as conjuncts, reported charges,
  //     acts declared ready for, past tenses before names, reduced relatives with passive subjects,
  //     remains handed over to a recipient, "pro-" stances of roles in a place
  // 21: appeals to back or oppose a third party rally support (053) or opposition (113), phrases before
  //     a relative clause's relative word, tribes named before "Indians", control taken from whom "from" names
  public static final String CODER = "dyad-coder-21";

  /**
   * @param verbs a PETRARCH-2 verb dictionary, or null for Dyad's own
   * @param actors a folder of Phoenix actor dictionaries, or null for Dyad's own
   */
  public static CodingSetup load(Path verbs, Path actors) throws IOException {
    ActorDictionaries actorDictionaries = actors == null ? ActorDictionaries.defaults() : phoenix(actors);
    DependencyEventCoder coder = coder(verbs);
    Path phoenixDiscards = actors == null ? null : actors.resolve("Phoenix.discards.txt");
    if (phoenixDiscards != null && Files.isRegularFile(phoenixDiscards)) {
      coder = coder.withDiscards(new Discards(new PetrarchDiscardReader().read(phoenixDiscards).dictionary()));
    }
    return new CodingSetup(
        new DictionaryActorResolver(actorDictionaries, actors == null ? OfficeLookup.defaults() : OfficeLookup.NONE),
        coder, CODER + " verbs=" + (verbs == null ? "dyad" : verbs.getFileName()) + " actors=" + actorDictionaries.name());
  }

  /**
   * The coder for Dyad's verb dictionary (CAMEO's conventions) or for a user's PETRARCH-2 verb
   * dictionary (PETRARCH-2's conventions, see {@link CodingConvention}).
   */
  public static DependencyEventCoder coder(Path verbs) throws IOException {
    return new DependencyEventCoder(verbDictionary(verbs), CameoOntology.cameo(), null,
        verbs == null ? CodingConvention.CAMEO : CodingConvention.PETRARCH).withDiscards(Discards.defaults())
        .withNouns(verbs == null ? eventNouns() : EventNouns.NONE);
  }

  /** Dyad's event nouns, which go with its own verb dictionary. */
  private static EventNouns eventNouns() throws IOException {
    ReadResult<EventNouns> read = EventNouns.defaults();
    read.warnings().forEach(warning -> System.err.println("warning: " + warning));
    return read.dictionary();
  }

  public static VerbDictionary verbDictionary(Path verbs) throws IOException {
    if (verbs != null && !Files.isRegularFile(verbs)) {
      throw new IllegalArgumentException("no such verb dictionary: " + verbs);
    }
    ReadResult<VerbDictionary> read = verbs == null ? VerbDictionaries.defaults() : PetrarchVerbReader.read(verbs);
    read.warnings().forEach(warning -> System.err.println("warning: " + warning));
    return read.dictionary();
  }

  private static ActorDictionaries phoenix(Path folder) throws IOException {
    if (!ActorDictionaries.isPhoenixFolder(folder)) {
      throw new IllegalArgumentException(folder + " does not hold Phoenix.Countries/International/MilNonState.actors.txt and Phoenix.agents.txt");
    }
    return ActorDictionaries.phoenix(folder);
  }
}
