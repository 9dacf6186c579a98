package org.dyad.core.sanctions;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The workspace's imported sanctions list, its import history and the analyst's judgements. Each
 * call is one transaction.
 */
public interface SanctionsStore {

  /** The entities of the latest import, by number; empty before the first import. */
  List<SanctionsEntity> entities() throws IOException;

  /**
   * Replaces the stored entities by {@code entities}, records the import as a new version with its
   * changes, and returns that version.
   */
  ListVersion replace(String source, List<SanctionsEntity> entities, ListChanges changes) throws IOException;

  /** Every import, oldest first. */
  List<ListVersion> versions() throws IOException;

  /** The changes an import recorded; empty lists for an unknown version. */
  ListChanges changes(int version) throws IOException;

  /**
   * Calls {@code action} for every resolved person or organisation and every unresolved person or
   * organisation name in the workspace, in document order.
   */
  void forEachOccurrence(Consumer<NameOccurrence> action) throws IOException;

  /** Records, or replaces, the analyst's verdict on a name against an entity. */
  void judge(JudgedName judged) throws IOException;

  /** Every verdict recorded. */
  List<JudgedName> judgements() throws IOException;

  /**
   * The texts of a document's sentences by index, for showing matches with their evidence; empty
   * when the document has none stored. One call per document, however many matches it holds.
   */
  Map<Integer, String> sentenceTexts(String doc) throws IOException;
}
