package umbra.domain.stdlib;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import umbra.domain.value.Dval.DBytes;

/** The Crypto module: digests and HMACs of Bytes, computed with the JDK's providers. */
final class CryptoFunctions {
  private CryptoFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("Crypto::sha256_v0", "data: Bytes -> Bytes", "SHA-256 digest.")
        .plain(a -> new DBytes(digest("SHA-256", hashed(a, 0))));
    r.fn("Crypto::sha384_v0", "data: Bytes -> Bytes", "SHA-384 digest.")
        .plain(a -> new DBytes(digest("SHA-384", hashed(a, 0))));
    r.fn("Crypto::md5_v0", "data: Bytes -> Bytes", "MD5 digest.")
        .purity(Builtin.Purity.IMPURE_PREVIEWABLE)
        .plain(a -> new DBytes(digest("MD5", hashed(a, 0))));
    r.fn("Crypto::sha256hmac_v0", "key: Bytes, data: Bytes -> Bytes", "HMAC-SHA256 of data with key.")
        .purity(Builtin.Purity.IMPURE_PREVIEWABLE)
        .plain(a -> new DBytes(hmac("HmacSHA256", hashed(a, 0), hashed(a, 1))));
    r.fn("Crypto::sha1hmac_v0", "key: Bytes, data: Bytes -> Bytes", "HMAC-SHA1 of data with key.")
        .purity(Builtin.Purity.IMPURE_PREVIEWABLE)
        .plain(a -> new DBytes(hmac("HmacSHA1", hashed(a, 0), hashed(a, 1))));
  }

  /** Argument {@code i}'s bytes, charged as read through once by the digest. */
  private static byte[] hashed(Args a, int i) {
    a.meter().scanText(a.bytes(i).length);
    return a.bytes(i);
  }

  static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }

  static byte[] hmac(String algorithm, byte[] key, byte[] data) {
    // HMAC pads short keys with zero bytes, so the empty key .NET accepts equals one zero byte;
    // the JDK refuses an empty SecretKeySpec.
    byte[] usable = key.length == 0 ? new byte[1] : key;
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(usable, algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }
}
