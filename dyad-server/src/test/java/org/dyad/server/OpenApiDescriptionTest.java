package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDescriptionTest {

  @TempDir static Path dir;
  static ServedSample served;
  static JsonNode description;

  @BeforeAll
  static void serve() throws Exception {
    served = ServedSample.start(dir);
    description = served.api.get("/api/openapi.json").json();
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  @Test
  void describesEveryRouteTheServerRegisters() {
    Set<String> registered = new HashSet<>();
    served.server.routes().forEach(route -> registered.add(route.method().name().toLowerCase(Locale.ROOT) + " " + route.path()));
    Set<String> described = new HashSet<>();
    description.get("paths").properties().forEach(path ->
        path.getValue().fieldNames().forEachRemaining(method -> described.add(method + " " + path.getKey())));

    assertThat(described).isEqualTo(registered).contains("get /api/openapi.json", "get /api/search", "post /api/documents");
  }

  @Test
  void everyDescribedRouteAnswersSomethingOtherThanNoSuchRoute() throws Exception {
    for (var path : description.get("paths").properties()) {
      if (!path.getValue().has("get")) {
        continue;
      }
      String concrete = path.getKey().replace("{id}", "1").replace("{code}", "IRN").replace("{name}", "board");
      ApiClient.Answer answer = served.api.get(concrete);
      assertThat(answer.body()).as(concrete).doesNotContain("no such API route").doesNotContain("not found\"");
    }
  }

  @Test
  void isOpenApi31WithParametersAndErrors() {
    assertThat(description.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(description.get("info").get("title").asText()).isEqualTo("Dyad");
    JsonNode search = description.get("paths").get("/api/search").get("get");
    assertThat(search.get("operationId").asText()).isEqualTo("getSearch");
    assertThat(search.get("parameters").toString()).contains("\"name\":\"q\",\"in\":\"query\",\"required\":true");
    assertThat(search.get("responses").has("400")).isTrue();
    JsonNode original = description.get("paths").get("/api/documents/{id}/original").get("get");
    assertThat(original.get("responses").get("200").get("content").has("application/octet-stream")).isTrue();
    assertThat(original.get("responses").has("404")).isTrue();
  }
}
