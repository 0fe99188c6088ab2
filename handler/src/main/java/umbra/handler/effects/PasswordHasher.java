package umbra.handler.effects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2 password hashes in libsodium's encoded form
 * ({@code $argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>}), so hashes made by classic Dark
 * (libsodium argon2i) verify here and ours verify there.
 */
final class PasswordHasher {
  // libsodium's "interactive" limits for argon2id
  private static final int MEMORY_KIB = 65536;
  private static final int ITERATIONS = 2;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final SecureRandom random;

  PasswordHasher(SecureRandom random) { this.random = random; }

  byte[] hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(Argon2Parameters.ARGON2_id, MEMORY_KIB, ITERATIONS, 1, salt, password, HASH_BYTES);
    String encoded = "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=1$" + B64.encodeToString(salt) + "$"
        + B64.encodeToString(hash);
    return encoded.getBytes(StandardCharsets.US_ASCII);
  }

  /** False for a wrong password and for anything that is not an encoded argon2 hash. */
  boolean check(byte[] encodedHash, String password) {
    String[] parts = new String(encodedHash, StandardCharsets.US_ASCII).replace("\0", "").split("\\$");
    // ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
    if (parts.length != 6) return false;
    int type = switch (parts[1]) {
      case "argon2i" -> Argon2Parameters.ARGON2_i;
      case "argon2id" -> Argon2Parameters.ARGON2_id;
      case "argon2d" -> Argon2Parameters.ARGON2_d;
      default -> -1;
    };
    if (type < 0 || !parts[2].equals("v=19")) return false;
    try {
      int m = 0;
      int t = 0;
      int p = 0;
      for (String kv : parts[3].split(",")) {
        int value = Integer.parseInt(kv.substring(2));
        switch (kv.charAt(0)) {
          case 'm' -> m = value;
          case 't' -> t = value;
          case 'p' -> p = value;
          default -> { return false; }
        }
      }
      byte[] salt = B64D.decode(parts[4]);
      byte[] expected = B64D.decode(parts[5]);
      return MessageDigest.isEqual(expected, derive(type, m, t, p, salt, password, expected.length));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(int type, int memoryKib, int iterations, int parallelism, byte[] salt, String password,
      int length) {
    var params = new Argon2Parameters.Builder(type).withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism).withSalt(salt).build();
    var generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
