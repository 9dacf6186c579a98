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

  @Test
  void readsBackWhatItWrites() throws Exception {
    SearchHit hit = new SearchHit("abc", "a.txt", "/x/a.txt", "A title", LocalDate.of(2001, 10, 14), "gulf-wire", 1.5f,
        List.of(new Snippet("Iran and Syria", List.of(new Span(0, 4), new Span(9, 14)))));
    SearchResults results = new SearchResults(7, List.of(hit));

    assertThat(DyadJson.mapper().readValue(DyadJson.write(results), SearchResults.class)).isEqualTo(results);
    java.time.Instant at = java.time.Instant.parse("2026-11-29T06:00:00.123Z");
    assertThat(DyadJson.mapper().readValue(DyadJson.write(at), java.time.Instant.class)).isEqualTo(at);
  }

  @Test
  void refusesAMalformedDateOrSpan() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DyadJson.mapper().readValue("\"2001-02-30\"", LocalDate.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class).hasMessageContaining("not an ISO LocalDate");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DyadJson.mapper().readValue("[1, 2, 3]", Span.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }
}
