package umbra.domain.stdlib.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Optional;

/**
 * {@code RSA.ImportFromPem} of .NET, which Dark's JWT functions called: exactly one PEM block
 * labelled RSA PRIVATE KEY (PKCS#1), PRIVATE KEY (PKCS#8), RSA PUBLIC KEY (PKCS#1) or PUBLIC KEY
 * (SubjectPublicKeyInfo), decoded by hand and handed to the JDK's RSA key factory.
 */
public final class RsaKeys {
  private RsaKeys() {}

  static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";

  /** An imported key: always its public half, and the private half when the PEM had one. */
  public record RsaKey(RSAPublicKey publicKey, Optional<RSAPrivateKey> privateKey) {}

  /** Why a key could not be imported, in .NET's words (ArgumentException adds the parameter name). */
  public static final class ImportFailure extends RuntimeException {
    public ImportFailure(String message) { super(message, null, false, false); }
  }

  static final String NO_PEM = "No supported key formats were found. Check that the input represents the contents"
      + " of a PEM-encoded key file, not the path to such a file. (Parameter 'input')";
  private static final String AMBIGUOUS = "The input contains multiple keys, but only one key can be imported."
      + " (Parameter 'input')";
  private static final String ENCRYPTED = "An encrypted key was found, but no password was provided."
      + " Use ImportFromEncryptedPem to import this key. (Parameter 'input')";
  private static final String NOT_RSA = "Key is not a valid public or private key.";

  public static RsaKey importFromPem(String text) {
    Pem.Block chosen = null;
    boolean encrypted = false;
    for (Pem.Block b : Pem.findAll(text)) {
      boolean importable = switch (b.label()) {
        case "RSA PRIVATE KEY", "PRIVATE KEY", "RSA PUBLIC KEY", "PUBLIC KEY" -> true;
        default -> false;
      };
      if (importable || b.label().equals("ENCRYPTED PRIVATE KEY")) {
        if (chosen != null || encrypted) throw new ImportFailure(AMBIGUOUS);
        if (importable) chosen = b;
        else encrypted = true;
      }
    }
    if (encrypted) throw new ImportFailure(ENCRYPTED);
    if (chosen == null) throw new ImportFailure(NO_PEM);
    byte[] der = NetBase64.decode(chosen.base64()).orElseThrow(Der.Malformed::new);
    return switch (chosen.label()) {
      case "RSA PRIVATE KEY" -> privateKey(new Der.Reader(der).sequence());
      case "PRIVATE KEY" -> pkcs8(new Der.Reader(der).sequence());
      case "RSA PUBLIC KEY" -> publicKey(new Der.Reader(der).sequence());
      default -> spki(new Der.Reader(der).sequence());
    };
  }

  /** PKCS#1 RSAPrivateKey: version 0, n, e, d, p, q, dp, dq, qinv. */
  private static RsaKey privateKey(Der.Reader seq) {
    if (!seq.integer().equals(BigInteger.ZERO)) throw new Der.Malformed();
    BigInteger n = seq.integer();
    BigInteger e = seq.integer();
    var spec = new RSAPrivateCrtKeySpec(n, e, seq.integer(), seq.integer(), seq.integer(), seq.integer(),
        seq.integer(), seq.integer());
    try {
      KeyFactory f = KeyFactory.getInstance("RSA");
      return new RsaKey((RSAPublicKey) f.generatePublic(new RSAPublicKeySpec(n, e)),
          Optional.of((RSAPrivateKey) f.generatePrivate(spec)));
    } catch (GeneralSecurityException ex) {
      throw new Der.Malformed();
    }
  }

  /** PKCS#8 PrivateKeyInfo: version, AlgorithmIdentifier (must be rsaEncryption), the PKCS#1 key. */
  private static RsaKey pkcs8(Der.Reader seq) {
    seq.integer();
    requireRsa(seq.sequence());
    return privateKey(new Der.Reader(seq.octetString()).sequence());
  }

  /** SubjectPublicKeyInfo: AlgorithmIdentifier (must be rsaEncryption), the PKCS#1 key as bits. */
  private static RsaKey spki(Der.Reader seq) {
    requireRsa(seq.sequence());
    return publicKey(new Der.Reader(seq.bitString()).sequence());
  }

  /** PKCS#1 RSAPublicKey: n, e. */
  private static RsaKey publicKey(Der.Reader seq) {
    try {
      var key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(seq.integer(), seq.integer()));
      return new RsaKey(key, Optional.empty());
    } catch (GeneralSecurityException ex) {
      throw new Der.Malformed();
    }
  }

  private static void requireRsa(Der.Reader algorithm) {
    if (!algorithm.oid().equals(RSA_ENCRYPTION)) throw new ImportFailure(NOT_RSA);
  }
}
