package org.dyad.nlp.verbs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.dyad.nlp.dictionary.ReadResult;

/** Dyad's own verb dictionary, shipped as the resource {@code dyad.verbs.txt} beside this class. */
public final class VerbDictionaries {

  /** The resource name, also the source name in warnings. */
  public static final String DEFAULT_FILE = "dyad.verbs.txt";

  private VerbDictionaries() {}

  /** Reads Dyad's default verb dictionary. */
  public static ReadResult<VerbDictionary> defaults() throws IOException {
    InputStream stream = VerbDictionaries.class.getResourceAsStream(DEFAULT_FILE);
    if (stream == null) {
      throw new IOException("missing verb dictionary resource " + DEFAULT_FILE);
    }
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return PetrarchVerbReader.read(DEFAULT_FILE, reader);
    }
  }
}
