package umbra.domain.stdlib.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import umbra.domain.value.Dval;

/**
 * RS256 JSON Web Tokens as Dark made and checked them (LibJwt): the header is the caller's extra
 * fields plus {@code alg: "RS256"} and {@code type: "JWT"} (sic), header and payload are the
 * legacy JSON in url-safe base64, and the signature is RSA PKCS#1 v1.5 over SHA-256, which is
 * deterministic, so signing needs no randomness. Verification does no exp/nbf checks.
 */
public final class Jwt {
  private Jwt() {}

  /**
   * The signed token. Key problems throw {@link RsaKeys.ImportFailure} or {@link Der.Malformed},
   * whose messages stand in for .NET's (the public-key-only text is ours: .NET's came from OpenSSL).
   */
  public static String signAndEncode(String pem, SortedMap<String, Dval> extraHeaders, Dval payload) {
    var header = new TreeMap<>(extraHeaders);
    header.put("alg", Dval.str("RS256"));
    header.put("type", Dval.str("JWT"));
    String body = NetBase64.urlEncode(LegacyJwtJson.writeObject(List.copyOf(header.entrySet())))
        + "." + NetBase64.urlEncode(LegacyJwtJson.write(payload));
    var key = RsaKeys.importFromPem(pem).privateKey().orElseThrow(
        () -> new RsaKeys.ImportFailure("The key does not contain a private key."));
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(key);
      signer.update(body.getBytes(StandardCharsets.UTF_8));
      return body + "." + NetBase64.urlEncode(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RS256 signing failed", e);
    }
  }

  /** What verifying a token found: its header and payload JSON texts, or why not. */
  public sealed interface Verified {}

  public record Extracted(String header, String payload) implements Verified {}

  /** The reason, in the words of {@code verifyAndExtractV1}. */
  public record Rejected(String reason) implements Verified {}

  public static Verified verify(RsaKeys.RsaKey key, String token) {
    List<String> parts = splitOnDots(token);
    if (parts.size() != 3) return new Rejected("Invalid token format");
    Optional<byte[]> signature = NetBase64.decodeUrl(parts.get(2));
    if (signature.isEmpty()) return new Rejected("Unable to base64-decode signature");
    if (!signatureMatches(key, parts.get(0) + "." + parts.get(1), signature.get())) {
      return new Rejected("Unable to verify signature");
    }
    Optional<String> header = NetBase64.decodeUrl(parts.get(0)).flatMap(Jwt::utf8);
    Optional<String> payload = NetBase64.decodeUrl(parts.get(1)).flatMap(Jwt::utf8);
    if (header.isPresent() && payload.isPresent()) return new Extracted(header.get(), payload.get());
    // Dark's messages are swapped: a bad payload reports the header and vice versa
    return new Rejected(header.isPresent() ? "Unable to base64-decode header" : "Unable to base64-decode payload");
  }

  /** A signature of the wrong length does not verify (.NET answered false, the JDK throws). */
  private static boolean signatureMatches(RsaKeys.RsaKey key, String body, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(key.publicKey());
      verifier.update(body.getBytes(StandardCharsets.UTF_8));
      return verifier.verify(signature);
    } catch (SignatureException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RS256 verification failed", e);
    }
  }

  /** {@code String.split "."} keeping empty parts. */
  private static List<String> splitOnDots(String s) {
    var parts = new ArrayList<String>();
    int start = 0;
    int dot;
    while ((dot = s.indexOf('.', start)) >= 0) {
      parts.add(s.substring(start, dot));
      start = dot + 1;
    }
    parts.add(s.substring(start));
    return parts;
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The header and payload as Dark values: {@code {header, payload}}. Reader errors propagate. */
  public static Dval extracted(Extracted e) {
    Dval header = ofJson(e.header());
    Dval payload = ofJson(e.payload());
    return Dval.DObj.of(Map.of("header", header, "payload", payload));
  }

  private static Dval ofJson(String text) {
    if (text.isEmpty()) throw new NewtonsoftJson.ReaderError("JSON string was empty");
    return NewtonsoftJson.parse(text);
  }
}
