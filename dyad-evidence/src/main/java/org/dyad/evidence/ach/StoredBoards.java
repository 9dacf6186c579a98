package org.dyad.evidence.ach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.dyad.core.json.DyadJson;
import org.dyad.core.store.BoardStore;

/**
 * The workspace's boards read and written as {@link AchBoard}s: the one place that turns the
 * stored JSON into boards and back, for the CLI and the server alike.
 */
public final class StoredBoards {

  private final BoardStore store;

  public StoredBoards(BoardStore store) {
    this.store = store;
  }

  /** The names of the stored boards, in name order. */
  public List<String> names() throws IOException {
    return store.names();
  }

  /** The board called {@code name}, or empty when there is none. */
  public Optional<AchBoard> find(String name) throws IOException {
    Optional<String> json = store.board(name);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DyadJson.mapper().readValue(json.get(), AchBoard.class));
    } catch (IOException e) {
      throw new UncheckedIOException("the stored board " + name + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Stores the board, replacing any board of the same name. */
  public void save(AchBoard board) throws IOException {
    store.put(board.name(), DyadJson.write(board));
  }
}
