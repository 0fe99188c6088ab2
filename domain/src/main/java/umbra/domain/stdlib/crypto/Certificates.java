package umbra.domain.stdlib.crypto;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;

/**
 * {@code X509::pemCertificatePublicKey}: Dark loaded the text with .NET's X509Certificate2, which
 * on Linux reads the first PEM certificate with OpenSSL (other PEM blocks before it are skipped),
 * and exported the RSA, EC or DSA public key as a SubjectPublicKeyInfo.
 */
public final class Certificates {
  private Certificates() {}

  private static final Set<String> CERTIFICATE_LABELS = Set.of("CERTIFICATE", "X509 CERTIFICATE");
  private static final Set<String> KEY_ALGORITHMS = Set.of(
      "1.2.840.10045.2.1", // EC
      RsaKeys.RSA_ENCRYPTION,
      "1.2.840.10040.4.1"); // DSA

  /** The certificate's public key as a PEM "PUBLIC KEY" block and a newline, or empty. */
  public static Optional<String> publicKeyPem(String text) {
    return firstCertificate(text).flatMap(Certificates::subjectPublicKeyInfo)
        .map(spki -> Pem.write("PUBLIC KEY", spki) + "\n");
  }

  private static Optional<byte[]> subjectPublicKeyInfo(byte[] der) {
    try {
      var cert = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
      byte[] spki = cert.getPublicKey().getEncoded();
      String algorithm = new Der.Reader(spki).sequence().sequence().oid();
      return KEY_ALGORITHMS.contains(algorithm) ? Optional.of(spki) : Optional.empty();
    } catch (CertificateException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * OpenSSL's PEM_read_bio_X509: line by line, a "-----BEGIN name-----" line, base64 lines, and
   * the matching "-----END name-----" line; blocks of other names are passed over.
   */
  static Optional<byte[]> firstCertificate(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String name = boundary(lines[i], "-----BEGIN ");
      if (name == null) continue;
      var base64 = new StringBuilder();
      int j = i + 1;
      while (j < lines.length && boundary(lines[j], "-----END ") == null) base64.append(lines[j++].strip());
      if (j >= lines.length || !name.equals(boundary(lines[j], "-----END "))) return Optional.empty();
      if (CERTIFICATE_LABELS.contains(name)) return NetBase64.decode(base64.toString());
      i = j;
    }
    return Optional.empty();
  }

  private static String boundary(String line, String prefix) {
    String l = line.stripTrailing();
    if (!l.startsWith(prefix) || !l.endsWith("-----") || l.length() < prefix.length() + 5) return null;
    return l.substring(prefix.length(), l.length() - 5);
  }
}
