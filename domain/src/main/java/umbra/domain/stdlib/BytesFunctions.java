package umbra.domain.stdlib;

import java.util.HexFormat;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DBytes;
import umbra.domain.value.Dval.DInt;
import umbra.domain.value.Dval.DStr;

/** The Bytes module: base64 in and out, hex out, length. */
final class BytesFunctions {
  private BytesFunctions() {}

  private static final String NOT_BASE64 = "Not a valid base64 string";

  static void register(Registry.Builder r) {
    // v0 lets malformed input escape as an exception: the caller sees "Unknown error" (bytes.tests).
    r.fn("Bytes::base64Decode_v0", "s: Str -> Result<Bytes, Str>", "Decode standard or URL-safe base64")
        .deprecated("ReplacedBy Bytes::base64Decode_v1").rail()
        .plain(a -> {
          String s = a.str(0);
          if (DarkBase64.hasWhitespace(s)) return Dval.err(new DStr(NOT_BASE64));
          return Dval.ok(a.meter().bytes(s.isEmpty() ? new byte[0] : DarkBase64.decode(s)));
        });
    r.fn("Bytes::base64Decode_v1", "s: Str -> Result<Bytes, Str>", "Decode standard or URL-safe base64")
        .rail()
        .plain(a -> {
          String s = a.str(0);
          if (DarkBase64.hasWhitespace(s)) return Dval.err(new DStr(NOT_BASE64));
          try {
            return Dval.ok(a.meter().bytes(s.isEmpty() ? new byte[0] : DarkBase64.decode(s)));
          } catch (IllegalArgumentException notBase64) {
            return Dval.err(new DStr(NOT_BASE64));
          }
        });
    r.fn("Bytes::base64Encode_v0", "bytes: Bytes -> Str", "URL-safe base64, padded")
        .plain(a -> a.meter().str(DarkBase64.urlEncode(a.bytes(0))));
    r.fn("Bytes::hexEncode_v0", "bytes: Bytes -> Str", "Uppercase hexadecimal")
        .plain(a -> a.meter().str(HexFormat.of().withUpperCase().formatHex(a.bytes(0))));
    r.fn("Bytes::length_v0", "bytes: Bytes -> Int", "Number of bytes")
        .plain(a -> new DInt(a.bytes(0).length));
  }
}
