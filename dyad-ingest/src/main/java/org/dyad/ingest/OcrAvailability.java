package org.dyad.ingest;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether the tesseract OCR engine can be run here; asked once, when first needed. */
final class OcrAvailability {

  private volatile Boolean available;

  boolean available() {
    Boolean known = available;
    if (known == null) {
      known = probe();
      available = known;
    }
    return known;
  }

  private static boolean probe() {
    try {
      Process process = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException missing) {
      return false;
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
