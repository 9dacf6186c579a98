package org.dyad.ingest.extract;

import java.nio.file.Path;

/** Extracts text and metadata from a stored original file. Implementations are thread-safe. */
public interface TextExtractor extends AutoCloseable {

  /**
   * @param file the stored original
   * @param fileName its name as found, which helps type detection
   */
  Extraction extract(Path file, String fileName) throws ExtractionException, InterruptedException;

  @Override
  void close();
}
