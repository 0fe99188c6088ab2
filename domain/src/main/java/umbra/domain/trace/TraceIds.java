package umbra.domain.trace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Trace identifiers (backend.md 3.4). */
public final class TraceIds {
  private TraceIds() {}

  /** The trace a handler shows before it has real ones: UUIDv5 of the decimal tlid in the nil namespace. */
  public static UUID defaultFor(long tlid) {
    return uuidV5(new UUID(0, 0), Long.toUnsignedString(tlid));
  }

  static UUID uuidV5(UUID namespace, String name) {
    try {
      var sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(bytes(namespace));
      byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      h[6] = (byte) ((h[6] & 0x0f) | 0x50);
      h[8] = (byte) ((h[8] & 0x3f) | 0x80);
      long hi = 0;
      long lo = 0;
      for (int i = 0; i < 8; i++) hi = (hi << 8) | (h[i] & 0xff);
      for (int i = 8; i < 16; i++) lo = (lo << 8) | (h[i] & 0xff);
      return new UUID(hi, lo);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-1", e);
    }
  }

  private static byte[] bytes(UUID u) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) b[i] = (byte) (u.getMostSignificantBits() >>> (56 - 8 * i));
    for (int i = 0; i < 8; i++) b[8 + i] = (byte) (u.getLeastSignificantBits() >>> (56 - 8 * i));
    return b;
  }
}
