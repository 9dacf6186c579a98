package org.dyad.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fast path for plain-text files: valid UTF-8 (or ASCII) with no NUL bytes is decoded here,
 * in process, since there is no parser to isolate. Anything else (another encoding, invalid
 * UTF-8, binary content behind a .txt name) goes to Tika, which detects the charset.
 */
public final class PlainTextDecoder {

  /** Larger text files go through Tika, which streams them and applies the text length limit. */
  static final int MAX_BYTES = 8 << 20;

  private PlainTextDecoder() {}

  public static boolean handles(String fileName, long size) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return size <= MAX_BYTES && (name.endsWith(".txt") || name.endsWith(".text"));
  }

  /** The text, or empty when the bytes are not clean UTF-8 text. */
  public static Optional<Extraction> decode(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
      return Optional.of(new Extraction(text, Map.of("Content-Type", "text/plain; charset=UTF-8"), java.util.List.of()));
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }
}
