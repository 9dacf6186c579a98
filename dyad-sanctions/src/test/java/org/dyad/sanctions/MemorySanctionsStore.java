package org.dyad.sanctions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dyad.core.sanctions.JudgedName;
import org.dyad.core.sanctions.ListChanges;
import org.dyad.core.sanctions.ListVersion;
import org.dyad.core.sanctions.NameOccurrence;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.core.sanctions.SanctionsStore;

/** A {@link SanctionsStore} in memory, for tests of the services that use one. */
public final class MemorySanctionsStore implements SanctionsStore {

  private List<SanctionsEntity> entities = List.of();
  private final List<ListVersion> versions = new ArrayList<>();
  private final Map<Integer, ListChanges> changes = new LinkedHashMap<>();
  private final Map<String, JudgedName> judgements = new LinkedHashMap<>();
  private final List<NameOccurrence> occurrences = new ArrayList<>();
  private final Map<String, Map<Integer, String>> sentences = new LinkedHashMap<>();

  /** Adds a name in a sentence, as the workspace would hold it. */
  public MemorySanctionsStore occurrence(NameOccurrence occurrence, String sentence) {
    occurrences.add(occurrence);
    sentences.computeIfAbsent(occurrence.doc(), d -> new LinkedHashMap<>()).put(occurrence.sentence(), sentence);
    return this;
  }

  @Override
  public List<SanctionsEntity> entities() {
    return entities;
  }

  @Override
  public ListVersion replace(String source, List<SanctionsEntity> replacement, ListChanges listChanges) {
    entities = List.copyOf(replacement);
    ListVersion version = new ListVersion(versions.size() + 1, source, Instant.EPOCH, replacement.size(),
        listChanges.added().size(), listChanges.removed().size(), listChanges.changed().size());
    versions.add(version);
    changes.put(version.version(), listChanges);
    return version;
  }

  @Override
  public List<ListVersion> versions() {
    return List.copyOf(versions);
  }

  @Override
  public ListChanges changes(int version) {
    return changes.getOrDefault(version, new ListChanges(List.of(), List.of(), List.of()));
  }

  @Override
  public void forEachOccurrence(Consumer<NameOccurrence> action) {
    occurrences.forEach(action);
  }

  @Override
  public void judge(JudgedName judged) {
    judgements.put(judged.entity() + " " + judged.key(), judged);
  }

  @Override
  public List<JudgedName> judgements() {
    return List.copyOf(judgements.values());
  }

  @Override
  public Map<Integer, String> sentenceTexts(String doc) {
    return sentences.getOrDefault(doc, Map.of());
  }
}
