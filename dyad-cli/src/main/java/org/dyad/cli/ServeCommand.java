package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerOptions;
import org.dyad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the web UI and REST API over a workspace, until stopped. */
@Command(name = "serve", description = "Serve the web UI and the REST API (/api, described at /api/openapi.json) until stopped.")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand DyadCli dyad;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 7070; 0 for any free port).")
  int port = 7070;

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
  String bind = "127.0.0.1";

  @Option(names = "--max-upload-size", converter = ByteSize.class, paramLabel = "SIZE",
      description = "Largest upload accepted (default: 512MB).")
  Long maxUpload;

  @Option(names = "--no-annotate", description = "Ingest uploads for search only: skip annotation and event coding.")
  boolean noAnnotate;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads for annotating uploads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    ServerOptions options = ServerOptions.defaults().withBind(bind).withPort(port).withAnnotation(!noAnnotate, threads);
    if (maxUpload != null) {
      options = options.withMaxUploadBytes(maxUpload);
    }
    return serve(dyad.workspace(), options, spec.commandLine().getOut());
  }

  /** Serves the workspace at {@code root} until the process is stopped (Ctrl-C); shared with demo. */
  static int serve(Path root, ServerOptions options, PrintWriter out) throws Exception {
    if (!Workspace.exists(root)) {
      throw new IllegalArgumentException("no workspace at " + root + ": run 'dyad ingest PATH' first");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // Ctrl-C runs this hook; it waits for the server and the workspace to close properly.
    Thread hook = new Thread(() -> {
      stopped.countDown();
      try {
        closed.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "dyad-serve-stop");
    try (Workspace workspace = Workspace.open(root, "dyad serve");
        DyadServer server = DyadServer.start(workspace, options)) {
      String host = options.bind().equals("0.0.0.0") ? "127.0.0.1" : options.bind();
      out.printf("Serving %s at http://%s:%d/ (API: /api, description: /api/openapi.json); Ctrl-C stops.%n",
          workspace.root(), host, server.port());
      out.flush();
      Runtime.getRuntime().addShutdownHook(hook);
      stopped.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }
}
