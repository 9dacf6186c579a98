package org.dyad.bench.baseline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.core.json.DyadJson;

/**
 * The baseline's JVM, seen from the benchmark: started with the same {@code java} binary and its
 * own heap, it loads its models at once; once told the texts are written it makes its untimed
 * pass and reports ready, then idles between timed passes ({@link #run}) while Dyad is timed, so
 * that the two never share the cores during a timed pass. Its stderr is this process's; its stdin
 * and stdout carry the protocol of {@link CoreNlpBaseline}.
 */
public final class BaselineProcess implements AutoCloseable {

  /** The baseline's heap: CoreNLP's NER and shift-reduce models take about 2 GB. */
  static final String MAX_HEAP = "-Xmx4g";

  private final Process process;
  private final BufferedReader out;
  private final Writer in;

  private BaselineProcess(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /**
   * Starts the JVM; it begins loading its models.
   *
   * @param texts the file of {@link BaselineText}s the baseline reads after {@link #textsWritten}
   */
  public static BaselineProcess start(String classpath, int threads, Path texts) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command(javaBinary(), classpath, threads, texts));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    return new BaselineProcess(builder.start());
  }

  static List<String> command(Path java, String classpath, int threads, Path texts) {
    return List.of(java.toString(), MAX_HEAP, "-Xss4m", "-cp", classpath, CoreNlpBaseline.class.getName(),
        Integer.toString(threads), texts.toAbsolutePath().toString());
  }

  /**
   * Tells the baseline the texts file is complete: once its models are loaded it reads the file
   * and makes its untimed pass.
   *
   * @param warmBudget how long the untimed pass may take; null for no limit
   * @param warmUntil when the untimed pass should end at the latest (it gets a second however late
   *     the models finished loading); null for no limit
   */
  public void textsWritten(Duration warmBudget, Instant warmUntil) throws IOException {
    send(CoreNlpBaseline.TEXTS + millis(warmBudget) + " " + (warmUntil == null ? 0 : warmUntil.toEpochMilli()));
  }

  /** The {@code java} this JVM runs on. */
  static Path javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Blocks until the models are loaded and the untimed pass made; returns the seconds loading took. */
  public double awaitReady() throws IOException {
    return Double.parseDouble(awaitLine(CoreNlpBaseline.READY, "loaded its models and made its untimed pass"));
  }

  /**
   * Runs one timed pass of the baseline (after {@link #awaitReady}) and returns what it did.
   *
   * @param budget how long the pass may take; null for no limit
   */
  public BaselineResult run(Duration budget) throws IOException {
    send(CoreNlpBaseline.RUN + millis(budget));
    return DyadJson.mapper().readValue(awaitLine(CoreNlpBaseline.RESULT, "reported"), BaselineResult.class);
  }

  private void send(String line) throws IOException {
    in.write(line + "\n");
    in.flush();
  }

  private static long millis(Duration budget) {
    return budget == null ? 0 : Math.max(1, budget.toMillis());
  }

  /** The rest of the first stdout line starting with {@code prefix}; other lines go to stderr. */
  private String awaitLine(String prefix, String what) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length());
      }
      System.err.println(line);
    }
    throw new IOException("the CoreNLP baseline JVM exited (code " + exitCode() + ") before it " + what
        + "; its messages are above");
  }

  private int exitCode() {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Lets a finished baseline exit; stops one that is still loading or running. */
  @Override
  public void close() {
    try {
      in.close();
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
