package org.dyad.export.stix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: {@code type--UUIDv5(Dyad's namespace, name)} (RFC 9562 §5.5), so
 * that exporting the same workspace twice gives the same ids and a consumer can merge the bundles.
 */
final class StixIds {

  /** Dyad's own namespace UUID, fixed once. */
  private static final UUID NAMESPACE = UUID.fromString("6f3b0c52-9d1e-4b7a-a8f2-3c41d95e0b17");

  private StixIds() {}

  static String of(String type, String name) {
    return type + "--" + uuid5(type + ":" + name);
  }

  static UUID uuid5(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(bytes(NAMESPACE));
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      long high = 0;
      long low = 0;
      for (int i = 0; i < 8; i++) {
        high = (high << 8) | (hash[i] & 0xff);
        low = (low << 8) | (hash[i + 8] & 0xff);
      }
      return new UUID(high, low);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }

  private static byte[] bytes(UUID uuid) {
    byte[] out = new byte[16];
    long high = uuid.getMostSignificantBits();
    long low = uuid.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (high >>> (56 - 8 * i));
      out[i + 8] = (byte) (low >>> (56 - 8 * i));
    }
    return out;
  }
}
