package org.dyad.nlp.verbs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A verb dictionary: synonym sets, verb blocks and transformations. Lookups by verb go through
 * {@link #blocksOf(String)}, keyed by the verb's base form (upper case).
 */
public final class VerbDictionary {

  private final Map<String, List<List<PatternElement>>> synsets;
  private final List<VerbBlock> blocks;
  private final List<Transformation> transformations;
  private final Map<String, List<VerbBlock>> blocksByBase = new LinkedHashMap<>();

  /**
   * @param synsets each synonym set's name (without {@code &}) and its members, each member a
   *     sequence of elements (a word, several words, or a nested synset reference)
   * @param blocks the verb blocks in file order
   * @param transformations the transformations in file order
   */
  public VerbDictionary(Map<String, List<List<PatternElement>>> synsets, List<VerbBlock> blocks, List<Transformation> transformations) {
    Map<String, List<List<PatternElement>>> copy = new LinkedHashMap<>();
    synsets.forEach((name, members) -> copy.put(name, members.stream().map(List::copyOf).toList()));
    this.synsets = Collections.unmodifiableMap(copy);
    this.blocks = List.copyOf(blocks);
    this.transformations = List.copyOf(transformations);
    for (VerbBlock block : this.blocks) {
      for (VerbEntry verb : block.verbs()) {
        blocksByBase.computeIfAbsent(verb.base(), key -> new ArrayList<>()).add(block);
      }
    }
  }

  public Map<String, List<List<PatternElement>>> synsets() {
    return synsets;
  }

  /** The members of synset {@code name} (without {@code &}), or an empty list when it is not defined. */
  public List<List<PatternElement>> synset(String name) {
    return synsets.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
  }

  public List<VerbBlock> blocks() {
    return blocks;
  }

  public List<Transformation> transformations() {
    return transformations;
  }

  /** The blocks that list a verb with this base form (upper case), in file order. */
  public List<VerbBlock> blocksOf(String base) {
    return blocksByBase.getOrDefault(base, List.of());
  }
}
