package org.dyad.nlp.eval.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The {@code <Environment>} block of a validation suite: the dictionaries its expected events
 * were coded with and the categories it evaluates. Any of the single files may be null when the
 * block does not name it ({@code PETR.UnitTest.records.xml} names no PICO file).
 *
 * @param verbFile {@code <Verbfile>}, or null
 * @param actorFiles {@code <Actorfile>}, a comma-separated list in the file, in its order
 * @param agentFile {@code <Agentfile>}, or null
 * @param discardFile {@code <Discardfile>}, or null
 * @param picoFile {@code <PICOfile>}, the internal coding ontology, or null
 * @param includedCategories {@code <Include>} without PETRARCH's {@code valid} keyword; empty
 *     when the block has no Include, which counts every category
 */
public record SuiteEnvironment(
    Path verbFile, List<Path> actorFiles, Path agentFile, Path discardFile, Path picoFile,
    Set<String> includedCategories) {

  /** The environment of a suite without an {@code <Environment>} block: no files, every category. */
  public static final SuiteEnvironment NONE = new SuiteEnvironment(null, List.of(), null, null, null, Set.of());

  public SuiteEnvironment {
    actorFiles = List.copyOf(actorFiles);
    includedCategories = Collections.unmodifiableSortedSet(new TreeSet<>(includedCategories));
  }

  /** Whether records of {@code category} are evaluated: Include lists it, or there is no Include. */
  public boolean includes(String category) {
    Objects.requireNonNull(category, "category");
    return includedCategories.isEmpty() || includedCategories.contains(category);
  }

  /** The same file names resolved in {@code folder}, for dictionaries kept away from the suite. */
  public SuiteEnvironment withDictionaryFolder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    UnaryOperator<Path> move = path -> path == null ? null : folder.resolve(path.getFileName().toString());
    return new SuiteEnvironment(move.apply(verbFile), actorFiles.stream().map(move).toList(), move.apply(agentFile),
        move.apply(discardFile), move.apply(picoFile), includedCategories);
  }

  /** Every file named, in the order verbs, actors, agents, discards, PICO. */
  public List<Path> dictionaryFiles() {
    List<Path> files = new ArrayList<>();
    if (verbFile != null) {
      files.add(verbFile);
    }
    files.addAll(actorFiles);
    for (Path file : new Path[] {agentFile, discardFile, picoFile}) {
      if (file != null) {
        files.add(file);
      }
    }
    return List.copyOf(files);
  }

  /** The files named that are not regular files where they resolve. */
  public List<Path> missingFiles() {
    return dictionaryFiles().stream().filter(file -> !Files.isRegularFile(file)).toList();
  }
}
