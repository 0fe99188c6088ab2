package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.Builtins.call;
import static umbra.domain.stdlib.Builtins.value;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import umbra.domain.stdlib.crypto.Der;
import umbra.domain.stdlib.crypto.Pem;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

class JwtFunctionsTest {
  private static final KeyPair KEYS = generate();
  private static final String PKCS8 = Pem.write("PRIVATE KEY", KEYS.getPrivate().getEncoded());
  private static final String PKCS1 = Pem.write("RSA PRIVATE KEY",
      new Der.Reader(new Der.Reader(KEYS.getPrivate().getEncoded()).sequence().skip(2).octetString()).next().encoded());
  private static final String SPKI = Pem.write("PUBLIC KEY", KEYS.getPublic().getEncoded());
  private static final String PKCS1_PUBLIC = Pem.write("RSA PUBLIC KEY",
      new Der.Reader(KEYS.getPublic().getEncoded()).sequence().skip(1).bitString());
  private static final String NO_KEY = "No supported key formats were found. Check that the input represents the"
      + " contents of a PEM-encoded key file, not the path to such a file.";

  private static KeyPair generate() {
    try {
      var g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static final DObj PAYLOAD = DObj.of(Map.of("x", Dval.str("y"), "n", new DInt(15), "f", new DFloat(6.7),
      "l", new DList(List.of(Dval.TRUE, Dval.NULL, DObj.of(Map.of())))));

  private static String sign(String key, Dval payload) { return ((DStr) value("JWT::signAndEncode_v0", Dval.str(key), payload)).value(); }

  private static String part(String token, int i) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[i]), StandardCharsets.UTF_8);
  }

  @Test
  void signsWithEveryPrivateKeyFormatAndVerifiesWithEveryKeyFormat() {
    for (String priv : List.of(PKCS1, PKCS8)) {
      String token = sign(priv, PAYLOAD);
      assertThat(value("JWT::signAndEncode_v1", Dval.str(priv), PAYLOAD)).isEqualTo(new DOk(Dval.str(token)));
      for (String pub : List.of(SPKI, PKCS1_PUBLIC, priv)) {
        Dval expected = DObj.of(Map.of("header", DObj.of(Map.of("alg", Dval.str("RS256"), "type", Dval.str("JWT"))),
            "payload", PAYLOAD));
        assertThat(value("JWT::verifyAndExtract_v0", Dval.str(pub), Dval.str(token))).isEqualTo(new DJust(expected));
        assertThat(value("JWT::verifyAndExtract_v1", Dval.str(pub), Dval.str(token))).isEqualTo(new DOk(expected));
      }
    }
  }

  @Test
  void extraHeadersJoinAlgAndTypeInKeyOrder() {
    var headers = DObj.of(Map.of("kid", Dval.str("k1"), "alg", Dval.str("none")));
    Dval token = value("JWT::signAndEncodeWithHeaders_v1", Dval.str(PKCS8), headers, PAYLOAD);
    assertThat(part(((DStr) ((DOk) token).value()).value(), 0)).isEqualTo("{\"alg\":\"RS256\",\"kid\":\"k1\",\"type\":\"JWT\"}");
    Dval v0 = value("JWT::signAndEncodeWithHeaders_v0", Dval.str(PKCS8), headers, PAYLOAD);
    assertThat(v0).isEqualTo(((DOk) token).value());
  }

  @Test
  void thePayloadIsTheLegacyOcamlJson() {
    var payload = DObj.of(Map.of(
        "s", Dval.str("q\"b\\\n\u0001\u007fé"), "f", new DFloat(1.0), "e", new DFloat(1e20), "i", new DFloat(Double.NEGATIVE_INFINITY),
        "d", new DDate(LocalDateTime.of(2022, 1, 10, 21, 46, 42)), "t", new DTuple(new DInt(1), new DInt(2), List.of(new DInt(3))),
        "r", new DErr(new DInt(1)), "o", new DNothing(), "u", new DUuid(UUID.fromString("3700adbc-7a46-4ff4-81d3-45afb03f6e2d")),
        "p", new DPassword(new byte[] {1})));
    assertThat(part(sign(PKCS1, payload), 1)).isEqualTo("{\"d\":\"2022-01-10T21:46:42Z\",\"e\":1e+20,\"f\":1.0,"
        + "\"i\":-Infinity,\"o\":null,\"p\":{\"Error\":\"Password is redacted\"},\"r\":{\"Error\":1},"
        + "\"s\":\"q\\\"b\\\\\\n\\u0001\\u007fé\",\"t\":[1,2,3],\"u\":\"3700adbc-7a46-4ff4-81d3-45afb03f6e2d\"}");
  }

  @Test
  void keyProblemsFollowEachVersionsRules() {
    assertThat(call("JWT::signAndEncode_v0", Dval.str("not a key"), PAYLOAD)).isInstanceOf(Builtins.Crashed.class);
    assertThat(value("JWT::signAndEncode_v1", Dval.str("not a key"), PAYLOAD))
        .isEqualTo(new DErr(Dval.str(NO_KEY + " (Parameter 'input')")));
    assertThat(value("JWT::signAndEncode_v1", Dval.str(PKCS8 + "\n" + PKCS1), PAYLOAD))
        .isEqualTo(new DErr(Dval.str("The input contains multiple keys, but only one key can be imported. (Parameter 'input')")));
    assertThat(call("JWT::verifyAndExtract_v0", Dval.str("not a key"), Dval.str("a.b.c"))).isEqualTo(new Builtins.UserError(NO_KEY));
    assertThat(value("JWT::verifyAndExtract_v1", Dval.str("not a key"), Dval.str("a.b.c")))
        .isEqualTo(new DErr(Dval.str("Invalid public key")));
    assertThat(value("JWT::verifyAndExtract_v1", Dval.str("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"),
        Dval.str("a.b.c"))).isEqualTo(new DErr(Dval.str("Invalid public key")));
  }

  @Test
  void badTokensAreRejectedWithDarksReasons() {
    String token = sign(PKCS8, PAYLOAD);
    String[] p = token.split("\\.");
    String tampered = p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString("{}".getBytes()) + "." + p[2];
    assertThat(verifyV1(tampered)).isEqualTo(new DErr(Dval.str("Unable to verify signature")));
    assertThat(value("JWT::verifyAndExtract_v0", Dval.str(SPKI), Dval.str(tampered))).isEqualTo(Dval.NOTHING);
    assertThat(verifyV1(p[0] + "." + p[1] + ".$" + p[2].substring(1))).isEqualTo(new DErr(Dval.str("Unable to base64-decode signature")));
    assertThat(verifyV1(p[0] + "." + p[1] + "." + p[2].substring(3))).isEqualTo(new DErr(Dval.str("Unable to verify signature")));
    assertThat(verifyV1(token + ".")).isEqualTo(new DErr(Dval.str("Invalid token format")));
  }

  @Test
  void unreadableJsonInAValidTokenIsAnError() throws Exception {
    assertThat(call("JWT::verifyAndExtract_v1", Dval.str(SPKI), Dval.str(signRaw("{\"alg\":\"RS256\"}", ""))))
        .isEqualTo(new Builtins.UserError("JSON string was empty"));
    assertThat(call("JWT::verifyAndExtract_v1", Dval.str(SPKI), Dval.str(signRaw("{\"alg\":\"RS256\"}", "{\"a\":x}"))))
        .isEqualTo(new Builtins.UserError("Unexpected character encountered while parsing value: x. Path 'a', line 1, position 5."));
    assertThat(value("JWT::verifyAndExtract_v1", Dval.str(SPKI), Dval.str(signRaw("{'alg':'RS256'}", "{x: NaN, /* c */ y: 0x10,}"))))
        .isEqualTo(new DOk(DObj.of(Map.of("header", DObj.of(Map.of("alg", Dval.str("RS256"))),
            "payload", DObj.of(Map.of("x", new DFloat(Double.NaN), "y", new DInt(16)))))));
  }

  private static Dval verifyV1(String token) { return value("JWT::verifyAndExtract_v1", Dval.str(SPKI), Dval.str(token)); }

  private static String signRaw(String header, String payload) throws Exception {
    var enc = Base64.getUrlEncoder().withoutPadding();
    String body = enc.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + enc.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    var s = Signature.getInstance("SHA256withRSA");
    s.initSign(KEYS.getPrivate());
    s.update(body.getBytes(StandardCharsets.UTF_8));
    return body + "." + enc.encodeToString(s.sign());
  }
}
