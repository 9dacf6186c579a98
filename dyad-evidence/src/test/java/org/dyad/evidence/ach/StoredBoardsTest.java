package org.dyad.evidence.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.core.store.BoardStore;
import org.junit.jupiter.api.Test;

class StoredBoardsTest {

  /** Boards kept as JSON in a map, as the workspace keeps them in its database. */
  private static final class MapStore implements BoardStore {
    final Map<String, String> json = new TreeMap<>();

    @Override
    public List<String> names() {
      return new ArrayList<>(json.keySet());
    }

    @Override
    public Optional<String> board(String name) {
      return Optional.ofNullable(json.get(name));
    }

    @Override
    public void put(String name, String value) {
      json.put(name, value);
    }

    @Override
    public boolean delete(String name) {
      return json.remove(name) != null;
    }
  }

  @Test
  void aSavedBoardReadsBackEqualWithItsRatings() throws Exception {
    MapStore store = new MapStore();
    StoredBoards boards = new StoredBoards(store);

    boards.save(Boards.iranAndAlQaeda().rate("E4", "H2", Rating.II));

    assertThat(boards.names()).containsExactly("iran-aq");
    AchBoard read = boards.find("iran-aq").orElseThrow();
    assertThat(read).isEqualTo(Boards.iranAndAlQaeda().rate("E4", "H2", Rating.II));
    assertThat(read.rating("E4", "H2")).isEqualTo(Rating.II);
    assertThat(store.json.get("iran-aq")).contains("\"weight\":1.0");
  }

  @Test
  void anUnknownBoardIsEmpty() throws Exception {
    assertThat(new StoredBoards(new MapStore()).find("none")).isEmpty();
  }

  @Test
  void aDamagedBoardIsNamedInTheError() {
    MapStore store = new MapStore();
    store.put("broken", "{\"name\": \"broken\", \"question\": ");

    assertThatThrownBy(() -> new StoredBoards(store).find("broken"))
        .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("the stored board broken cannot be read: ");
  }
}
