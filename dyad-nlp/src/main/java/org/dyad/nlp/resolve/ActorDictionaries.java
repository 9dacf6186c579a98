package org.dyad.nlp.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.nlp.dictionary.ActorDictionary;
import org.dyad.nlp.dictionary.AgentDictionary;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.dyad.nlp.dictionary.PetrarchActorReader;
import org.dyad.nlp.dictionary.PetrarchAgentReader;
import org.dyad.nlp.dictionary.ReadResult;

/**
 * The dictionaries actor resolution reads: actors (states, organisations, groups, people) and
 * agents (role nouns), with the warnings their files gave.
 *
 * @param name where they came from, for reports ({@code "dyad"}, {@code "phoenix"})
 */
public record ActorDictionaries(
    String name, ActorDictionary actors, AgentDictionary agents, List<DictionaryWarning> warnings) {

  private static final String RESOURCES = "/org/dyad/nlp/dictionaries/";
  private static final List<String> DEFAULT_ACTOR_FILES =
      List.of(
          "countries.actors.txt",
          "former-states.actors.txt",
          "institutions.actors.txt",
          "places.actors.txt",
          "peoples.actors.txt",
          "igos.actors.txt",
          "ngos.actors.txt",
          "groups.actors.txt",
          "parties.actors.txt",
          "leaders.actors.txt",
          "figures.actors.txt",
          "companies.actors.txt");
  private static final List<String> PHOENIX_ACTOR_FILES =
      List.of(
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt");

  public ActorDictionaries {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(agents, "agents");
    warnings = List.copyOf(warnings);
  }

  /** Dyad's own dictionaries, shipped as resources. */
  public static ActorDictionaries defaults() throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<ActorDictionary> actors = new ArrayList<>();
    PetrarchActorReader actorReader = new PetrarchActorReader();
    for (String file : DEFAULT_ACTOR_FILES) {
      try (Reader reader = resource(file)) {
        actors.add(collect(actorReader.read(reader, file), warnings));
      }
    }
    AgentDictionary agents;
    try (Reader reader = resource("agents.txt")) {
      agents = collect(new PetrarchAgentReader().read(reader, "agents.txt"), warnings);
    }
    return new ActorDictionaries("dyad", ActorDictionary.union(actors), agents, warnings);
  }

  /** The Phoenix dictionaries ({@code Phoenix.*.actors.txt}, {@code Phoenix.agents.txt}) in a folder. */
  public static ActorDictionaries phoenix(Path folder) throws IOException {
    return files("phoenix", PHOENIX_ACTOR_FILES.stream().map(folder::resolve).toList(), folder.resolve("Phoenix.agents.txt"));
  }

  /** Actor and agent files in the PETRARCH format, such as a validation suite's own. */
  public static ActorDictionaries files(String name, List<Path> actorFiles, Path agentFile) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<ActorDictionary> actors = new ArrayList<>();
    PetrarchActorReader actorReader = new PetrarchActorReader();
    for (Path file : actorFiles) {
      actors.add(collect(actorReader.read(file), warnings));
    }
    AgentDictionary agents = collect(new PetrarchAgentReader().read(agentFile), warnings);
    return new ActorDictionaries(name, ActorDictionary.union(actors), agents, warnings);
  }

  /** Whether {@code folder} holds the Phoenix dictionaries. */
  public static boolean isPhoenixFolder(Path folder) {
    return PHOENIX_ACTOR_FILES.stream().allMatch(file -> Files.isRegularFile(folder.resolve(file)))
        && Files.isRegularFile(folder.resolve("Phoenix.agents.txt"));
  }

  /**
   * These dictionaries with {@code extra} actors put first (a workspace's aliases), so that where a
   * phrase means several actors, the analyst's choice wins.
   */
  public ActorDictionaries with(ActorDictionary extra) {
    return new ActorDictionaries(name, ActorDictionary.union(List.of(extra, actors)), agents, warnings);
  }

  private static <D> D collect(ReadResult<D> result, List<DictionaryWarning> warnings) {
    warnings.addAll(result.warnings());
    return result.dictionary();
  }

  private static Reader resource(String file) throws IOException {
    InputStream stream = ActorDictionaries.class.getResourceAsStream(RESOURCES + file);
    if (stream == null) {
      throw new IOException("missing dictionary resource " + RESOURCES + file);
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }
}
