package org.dyad.server;

import java.io.IOException;
import java.nio.file.Path;
import org.dyad.store.Workspace;

/** The sample workspace served on a free loopback port, for one test class; close it after. */
final class ServedSample implements AutoCloseable {

  final Workspace workspace;
  final SampleWorkspace sample;
  final DyadServer server;
  final ApiClient api;

  private ServedSample(Workspace workspace, SampleWorkspace sample, DyadServer server) {
    this.workspace = workspace;
    this.sample = sample;
    this.server = server;
    this.api = new ApiClient(server.port());
  }

  static ServedSample start(Path dir, ServerOptions options) throws IOException {
    Workspace workspace = Workspace.open(SampleWorkspace.root(dir), "server test");
    try {
      SampleWorkspace sample = SampleWorkspace.fill(workspace);
      return new ServedSample(workspace, sample, DyadServer.start(workspace, options));
    } catch (IOException | RuntimeException e) {
      workspace.close();
      throw e;
    }
  }

  static ServedSample start(Path dir) throws IOException {
    return start(dir, ServerOptions.defaults().withPort(0).withAnnotation(false, 1));
  }

  @Override
  public void close() throws IOException {
    server.close();
    workspace.close();
  }
}
