package org.dyad.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Span;
import org.dyad.core.search.SearchHit;
import org.dyad.core.search.SearchResults;
import org.dyad.core.search.Snippet;
import org.junit.jupiter.api.Test;

class DyadJsonTest {

  @Test
  void searchResultsHaveTheDocumentedShape() {
    SearchHit hit = new SearchHit("abc", "a.txt", "/x/a.txt", "A title", LocalDate.of(2001, 10, 14), "gulf-wire", 1.5f,
        List.of(new Snippet("Iran met al-Qaeda", List.of(new Span(0, 4), new Span(9, 17)))));
    String json = DyadJson.write(new SearchResults(1, List.of(hit)));
    assertThat(json).isEqualTo(
        "{\"total\":1,\"results\":[{\"doc\":\"abc\",\"file\":\"a.txt\",\"path\":\"/x/a.txt\",\"title\":\"A title\","
            + "\"date\":\"2001-10-14\",\"outlet\":\"gulf-wire\",\"score\":1.5,"
            + "\"snippets\":[{\"text\":\"Iran met al-Qaeda\",\"highlights\":[[0,4],[9,17]]}]}]}");
  }

  @Test
  void missingDateIsNullNotAbsent() {
    SearchHit hit = new SearchHit("abc", "a.txt", "a.txt", "t", null, "o", 0f, List.of());
    assertThat(DyadJson.write(hit)).contains("\"date\":null");
  }
}
