package umbra.domain.stdlib.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;

/**
 * The JSON that JWT signatures are computed over (LibJwt.LegacySerializer): the OCaml backend's
 * {@code to_pretty_machine_yojson_v1} printed by Yojson.Safe 1.7. It must stay byte for byte as
 * it was, or old tokens' signatures would no longer match: strings are escaped per UTF-8 byte,
 * floats print with 16 (else 17) significant digits, non-finite floats as bare words.
 */
public final class LegacyJwtJson {
  private LegacyJwtJson() {}

  /** The UTF-8 bytes of one value's JSON. */
  public static byte[] write(Dval v) {
    var out = new ByteArrayOutputStream();
    value(v, out);
    return out.toByteArray();
  }

  /** The UTF-8 bytes of an object whose members are written in the order given. */
  public static byte[] writeObject(List<Map.Entry<String, Dval>> members) {
    var out = new ByteArrayOutputStream();
    object(members, out);
    return out.toByteArray();
  }

  private static void value(Dval v, ByteArrayOutputStream out) {
    switch (v) {
      case DInt i -> ascii(Long.toString(i.value()), out);
      case DFloat f -> ascii(number(f.value()), out);
      case DBool b -> ascii(Boolean.toString(b.value()), out);
      case DNull n -> ascii("null", out);
      case DStr s -> string(s.value(), out);
      case DChar c -> string(c.value(), out);
      case DList l -> list(l.items(), out);
      case DTuple t -> list(t.elements(), out);
      case DObj o -> object(List.copyOf(o.fields().entrySet()), out);
      case DFnVal f -> ascii("null", out);
      case DIncomplete i -> ascii("null", out);
      case DError e -> object(List.of(Map.entry("Error", Dval.NULL)), out);
      case DRedirect r -> ascii("null", out);
      case DResponse r -> value(r.body(), out);
      case DDB db -> string(db.name(), out);
      case DDate d -> string(Repr.ISO_SECONDS.format(d.value()), out);
      case DPassword p -> object(List.of(Map.entry("Error", Dval.str("Password is redacted"))), out);
      case DUuid u -> string(u.value().toString(), out);
      case DNothing n -> ascii("null", out);
      case DJust j -> value(j.value(), out);
      case DErrorRail r -> value(r.value(), out);
      case DOk o -> value(o.value(), out);
      case DErr e -> object(List.of(Map.entry("Error", e.value())), out);
      case DBytes b -> string(Base64.getEncoder().encodeToString(b.bytes()), out);
    }
  }

  private static void list(List<Dval> items, ByteArrayOutputStream out) {
    out.write('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) out.write(',');
      value(items.get(i), out);
    }
    out.write(']');
  }

  private static void object(List<Map.Entry<String, Dval>> members, ByteArrayOutputStream out) {
    out.write('{');
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) out.write(',');
      string(members.get(i).getKey(), out);
      out.write(':');
      value(members.get(i).getValue(), out);
    }
    out.write('}');
  }

  /** Yojson's write_float: finite numbers always show they are floats (".0" when needed). */
  static String number(double f) {
    if (Double.isNaN(f)) return "NaN";
    if (Double.isInfinite(f)) return f > 0 ? "Infinity" : "-Infinity";
    String s = NetFloat.general(f, 16);
    if (Double.parseDouble(s) != f) s = NetFloat.general(f, 17);
    boolean onlyDigits = s.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '-');
    return onlyDigits ? s + ".0" : s;
  }

  private static void string(String s, ByteArrayOutputStream out) {
    out.write('"');
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      switch (b) {
        case 0x22 -> ascii("\\\"", out);
        case 0x5c -> ascii("\\\\", out);
        case 0x08 -> ascii("\\b", out);
        case 0x0c -> ascii("\\f", out);
        case 0x0a -> ascii("\\n", out);
        case 0x0d -> ascii("\\r", out);
        case 0x09 -> ascii("\\t", out);
        case 0x7f -> ascii("\\u007f", out);
        default -> {
          if (b >= 0 && b <= 0x1f) ascii(String.format("\\u%04x", b), out);
          else out.write(b);
        }
      }
    }
    out.write('"');
  }

  private static void ascii(String s, ByteArrayOutputStream out) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }
}
