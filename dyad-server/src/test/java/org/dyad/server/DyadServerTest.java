package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.store.Workspace;
import org.dyad.store.WorkspaceLock;
import org.junit.jupiter.api.Test;

class DyadServerTest extends ServedSampleTest {

  @Test
  void recordsItsPortInTheWorkspaceLock() throws Exception {
    WorkspaceLock.Holder holder = WorkspaceLock.holder(served.workspace.root()).orElseThrow();
    assertThat(holder.port()).isEqualTo(served.server.port()).isPositive();
    assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
  }

  @Test
  void healthNamesTheWorkspace() throws Exception {
    assertThat(served.api.get("/api/health").body())
        .isEqualTo("{\"status\":\"ok\",\"workspace\":" + org.dyad.core.json.DyadJson.write(served.workspace.root().toString()) + "}");
  }

  @Test
  void servesTheBundledUiWithItsTitleAndSecurityHeaders() throws Exception {
    ApiClient.Answer page = served.api.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Dyad</title>", "src=\"/app.js\"");
    assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-eval");
    ApiClient.Answer script = served.api.get("/app.js");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body()).as("ECharts is bundled, not fetched").contains("echarts").doesNotContain("cdn.");
  }

  @Test
  void anUnknownApiRouteIsAOneLine404() throws Exception {
    ApiClient.Answer answer = served.api.get("/api/nothing-here");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.error()).contains("/api/nothing-here").doesNotContain("\n");
  }

  @Test
  void aSecondServerOnTheSameWorkspaceIsRefusedByTheLock() {
    assertThatThrownBy(() -> Workspace.open(served.workspace.root(), "second server"))
        .isInstanceOf(WorkspaceLock.WorkspaceBusyException.class)
        .hasMessageContaining("is served by process " + ProcessHandle.current().pid())
        .hasMessageContaining("on port " + served.server.port());
  }

  @Test
  void aTakenPortIsOneClearError() throws Exception {
    try (Workspace other = Workspace.open(dir.resolve("other"), "test")) {
      assertThatThrownBy(() -> DyadServer.start(other, ServerOptions.defaults().withPort(served.server.port())))
          .hasMessageStartingWith("cannot serve on 127.0.0.1:" + served.server.port());
    }
  }
}
