package umbra.domain.stdlib;

import java.util.SortedMap;
import java.util.TreeMap;
import umbra.domain.stdlib.crypto.Der;
import umbra.domain.stdlib.crypto.Jwt;
import umbra.domain.stdlib.crypto.NewtonsoftJson;
import umbra.domain.stdlib.crypto.RsaKeys;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * The JWT module (LibJwt): RS256 tokens with PEM RSA keys. Dark marks signing as impure, but
 * PKCS#1 v1.5 signatures are deterministic, so it is computed here directly; the declared
 * purity is kept.
 */
final class JwtFunctions {
  private JwtFunctions() {}

  private static final String NO_KEY = "No supported key formats were found. Check that the input represents"
      + " the contents of a PEM-encoded key file, not the path to such a file.";

  static void register(Registry.Builder r) {
    r.fn("JWT::signAndEncode_v0", "pemPrivKey: Str, payload: 'a -> Str", "RS256 JWT of the payload.")
        .deprecated("ReplacedBy JWT::signAndEncode_v1").purity(Builtin.Purity.IMPURE_PREVIEWABLE)
        .plain(a -> Dval.str(Jwt.signAndEncode(a.str(0), new TreeMap<>(), copied(a, 1))));
    r.fn("JWT::signAndEncodeWithHeaders_v0", "pemPrivKey: Str, headers: Dict<'b>, payload: 'a -> Str",
            "RS256 JWT of the payload with extra header fields.")
        .deprecated("ReplacedBy JWT::signAndEncodeWithHeaders_v1").purity(Builtin.Purity.IMPURE)
        .plain(a -> Dval.str(Jwt.signAndEncode(a.str(0), copiedFields(a, 1), copied(a, 2))));
    r.fn("JWT::signAndEncode_v1", "pemPrivKey: Str, payload: 'a -> Result<'b, 'err>", "RS256 JWT: Ok token or Error.")
        .rail().purity(Builtin.Purity.IMPURE_PREVIEWABLE)
        .plain(a -> signed(a.str(0), new TreeMap<>(), copied(a, 1)));
    r.fn("JWT::signAndEncodeWithHeaders_v1", "pemPrivKey: Str, headers: Dict<'a>, payload: 'a -> Result<'b, 'err>",
            "RS256 JWT with extra header fields: Ok token or Error.")
        .rail().purity(Builtin.Purity.IMPURE)
        .plain(a -> signed(a.str(0), copiedFields(a, 1), copied(a, 2)));
    r.fn("JWT::verifyAndExtract_v0", "pemPubKey: Str, token: Str -> Option<'a>",
            "Verify an RS256 JWT: Just {header, payload} or Nothing.")
        .deprecated("ReplacedBy JWT::verifyAndExtract_v1").rail().purity(Builtin.Purity.IMPURE)
        .plain(a -> verifyV0(a.str(0), read(a, 1)));
    r.fn("JWT::verifyAndExtract_v1", "pemPubKey: Str, token: Str -> Result<'a, 'err>",
            "Verify an RS256 JWT: Ok {header, payload} or Error.")
        .rail().purity(Builtin.Purity.IMPURE)
        .plain(a -> verifyV1(a.str(0), read(a, 1)));
  }

  /** Argument {@code i}, charged whole: the token's JSON is written from it by a writer that charges nothing. */
  private static Dval copied(Args a, int i) {
    a.meter().copies(a.get(i));
    return a.get(i);
  }

  private static SortedMap<String, Dval> copiedFields(Args a, int i) {
    SortedMap<String, Dval> fields = a.obj(i);
    a.meter().copies(a.get(i));
    return fields;
  }

  /** The token, charged as read: decoded, verified and its JSON parsed. */
  private static String read(Args a, int i) {
    a.meter().list(a.str(i).length() / 2 + 1);
    return a.str(i);
  }

  /** v1 catches every failure of signing and returns its message. */
  private static Dval signed(String pem, SortedMap<String, Dval> headers, Dval payload) {
    try {
      return new DOk(Dval.str(Jwt.signAndEncode(pem, headers, payload)));
    } catch (RsaKeys.ImportFailure | Der.Malformed e) {
      return new DErr(Dval.str(e.getMessage()));
    }
  }

  private static Dval verifyV0(String pem, String token) {
    RsaKeys.RsaKey key;
    try {
      key = RsaKeys.importFromPem(pem);
    } catch (RsaKeys.ImportFailure | Der.Malformed e) {
      throw new BuiltinFailure.UserError(NO_KEY);
    }
    return switch (Jwt.verify(key, token)) {
      case Jwt.Extracted e -> new DJust(extracted(e));
      case Jwt.Rejected rejected -> Dval.NOTHING;
    };
  }

  private static Dval verifyV1(String pem, String token) {
    RsaKeys.RsaKey key;
    try {
      key = RsaKeys.importFromPem(pem);
    } catch (RsaKeys.ImportFailure | Der.Malformed e) {
      return new DErr(Dval.str("Invalid public key"));
    }
    return switch (Jwt.verify(key, token)) {
      case Jwt.Extracted e -> new DOk(extracted(e));
      case Jwt.Rejected rejected -> new DErr(Dval.str(rejected.reason()));
    };
  }

  /** A header or payload Json.NET could not read is a DError with its message (Exception.unwrapResultCode). */
  private static Dval extracted(Jwt.Extracted e) {
    try {
      return Jwt.extracted(e);
    } catch (NewtonsoftJson.ReaderError err) {
      throw new BuiltinFailure.UserError(err.getMessage());
    }
  }
}
