package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.Builtins.value;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import umbra.domain.stdlib.crypto.Pem;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

class X509FunctionsTest {
  private static final DErr NO_CERTIFICATES = new DErr(Dval.str("No certificates"));

  @Test
  void extractsRsaAndEcPublicKeysAsPem() throws Exception {
    for (PublicKey key : new PublicKey[] {rsaKey(), ecKey()}) {
      String expected = Pem.write("PUBLIC KEY", key.getEncoded()) + "\n";
      assertThat(publicKeyOf(certificatePem(key))).isEqualTo(new DOk(Dval.str(expected)));
    }
  }

  @Test
  void findsTheCertificateAfterOtherPemBlocks() throws Exception {
    PublicKey key = rsaKey();
    String text = "-----BEGIN DSA PARAMETERS-----\nAAAA\n-----END DSA PARAMETERS-----\n" + certificatePem(key);
    assertThat(publicKeyOf(text)).isEqualTo(new DOk(Dval.str(Pem.write("PUBLIC KEY", key.getEncoded()) + "\n")));
  }

  @Test
  void keysOtherThanRsaEcOrDsaAreNotExported() throws Exception {
    PublicKey ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    assertThat(publicKeyOf(certificatePem(ed))).isEqualTo(NO_CERTIFICATES);
  }

  @Test
  void anythingButACertificateIsNoCertificate() throws Exception {
    assertThat(publicKeyOf("ABC")).isEqualTo(NO_CERTIFICATES);
    assertThat(publicKeyOf("-----BEGIN CERTIFICATE-----\nABC-----END CERTIFICATE-----")).isEqualTo(NO_CERTIFICATES);
    assertThat(publicKeyOf(Pem.write("PUBLIC KEY", rsaKey().getEncoded()))).isEqualTo(NO_CERTIFICATES);
    assertThat(publicKeyOf(certificatePem(rsaKey()).replace("CERTIFICATE", "CERTIFICATE REQUEST"))).isEqualTo(NO_CERTIFICATES);
  }

  private static Dval publicKeyOf(String text) { return value("X509::pemCertificatePublicKey_v0", Dval.str(text)); }

  private static PublicKey rsaKey() throws Exception {
    var g = KeyPairGenerator.getInstance("RSA");
    g.initialize(1024);
    return g.generateKeyPair().getPublic();
  }

  private static PublicKey ecKey() throws Exception {
    var g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return g.generateKeyPair().getPublic();
  }

  /** A minimal v1 certificate around the key; nothing checks its (dummy) signature. */
  private static String certificatePem(PublicKey key) {
    byte[] sha256WithRsa = tlv(0x30, hex("06092a864886f70d01010b"), hex("0500"));
    byte[] name = tlv(0x30, tlv(0x31, tlv(0x30, hex("0603550403"), tlv(0x0c, "test".getBytes(StandardCharsets.UTF_8)))));
    byte[] validity = tlv(0x30, tlv(0x17, "250101000000Z".getBytes(StandardCharsets.US_ASCII)),
        tlv(0x17, "350101000000Z".getBytes(StandardCharsets.US_ASCII)));
    byte[] tbs = tlv(0x30, hex("020101"), sha256WithRsa, name, validity, name, key.getEncoded());
    return Pem.write("CERTIFICATE", tlv(0x30, tbs, sha256WithRsa, tlv(0x03, hex("0001020304"))));
  }

  private static byte[] hex(String h) { return HexFormat.of().parseHex(h); }

  private static byte[] tlv(int tag, byte[]... parts) {
    var content = new ByteArrayOutputStream();
    for (byte[] p : parts) content.writeBytes(p);
    var out = new ByteArrayOutputStream();
    out.write(tag);
    int n = content.size();
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n & 0xff);
    }
    out.writeBytes(content.toByteArray());
    return out.toByteArray();
  }
}
