package org.dyad.core.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's hypothesis boards, each kept whole as the JSON document its module reads and
 * writes, so that a board exported from one workspace imports into another unchanged.
 */
public interface BoardStore {

  /** The names of the stored boards, in name order. */
  List<String> names() throws IOException;

  /** The board called {@code name}, as JSON, or empty. */
  Optional<String> board(String name) throws IOException;

  /** Stores the board, replacing any board of the same name. */
  void put(String name, String json) throws IOException;

  /** Removes the board; false when there was none. */
  boolean delete(String name) throws IOException;
}
