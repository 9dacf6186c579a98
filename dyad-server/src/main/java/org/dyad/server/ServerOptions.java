package org.dyad.server;

/**
 * How {@code dyad serve} serves.
 *
 * @param bind the address to listen on ({@code 127.0.0.1} keeps the server to this machine)
 * @param port the port, or 0 for any free one
 * @param maxUploadBytes the largest file an upload may hold
 * @param annotateUploads run the annotate and code stages after ingesting uploads
 * @param annotateThreads parser threads for those stages
 */
public record ServerOptions(String bind, int port, long maxUploadBytes, boolean annotateUploads, int annotateThreads) {

  /** The largest request body other than an upload: an ingest request is a few paths. */
  public static final long MAX_BODY_BYTES = 64 * 1024;

  public ServerOptions {
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("give an address to bind to, such as 127.0.0.1");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be from 0 to 65535, got " + port);
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("the upload size limit must be positive, got " + maxUploadBytes);
    }
    if (annotateThreads < 1 || annotateThreads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, got " + annotateThreads);
    }
  }

  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 7070, 512L << 20, true, Runtime.getRuntime().availableProcessors());
  }

  public ServerOptions withPort(int newPort) {
    return new ServerOptions(bind, newPort, maxUploadBytes, annotateUploads, annotateThreads);
  }

  public ServerOptions withBind(String address) {
    return new ServerOptions(address, port, maxUploadBytes, annotateUploads, annotateThreads);
  }

  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(bind, port, bytes, annotateUploads, annotateThreads);
  }

  public ServerOptions withAnnotation(boolean annotate, int threads) {
    return new ServerOptions(bind, port, maxUploadBytes, annotate, threads);
  }
}
