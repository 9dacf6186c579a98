package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRouteTest {

  @Test
  void aPathParameterMustBeInThePathAndAQueryParameterMustNot() {
    assertThatThrownBy(() -> ApiRoute.get("/api/things", "things", List.of(ApiParameter.path("id", "the id")), ctx -> {}))
        .hasMessage("/api/things: parameter 'id' is declared in the wrong place");
    assertThatThrownBy(() -> ApiRoute.get("/api/things/{id}", "a thing", List.of(ApiParameter.query("id", "the id")), ctx -> {}))
        .hasMessage("/api/things/{id}: parameter 'id' is declared in the wrong place");
    assertThat(ApiRoute.get("/api/things/{id}", "a thing", List.of(ApiParameter.path("id", "the id")), ctx -> {}).status())
        .isEqualTo(200);
  }

  @Test
  void routesLiveUnderApi() {
    assertThatThrownBy(() -> ApiRoute.get("/things", "things", List.of(), ctx -> {}))
        .hasMessage("API routes live under /api/: /things");
  }

  @Test
  void postsAnswer202AndNameTheirBody() {
    ApiRoute post = ApiRoute.post("/api/things", "Add a thing", List.of(), "application/json", ctx -> {});
    assertThat(post.status()).isEqualTo(202);
    assertThat(post.summary()).isEqualTo("Add a thing (request body: application/json)");
  }
}
