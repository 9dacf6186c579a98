package org.dyad.nlp.annotate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The worker pools of the stages: a fixed number of named daemon threads, so an aborted run never holds the JVM open. */
public final class WorkerThreads {

  private WorkerThreads() {}

  public static ExecutorService daemonPool(int threads, String name) {
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
  }
}
