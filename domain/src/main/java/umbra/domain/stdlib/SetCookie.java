package umbra.domain.stdlib;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;

/**
 * {@code Http::setCookie}: a {@code {Set-Cookie: "name=value; params"}} Dict for a response's
 * headers (backend.md 2.9). v0 percent-encodes name and value, v1 stops doing that (it broke
 * cookies already stored), v2 validates each parameter and emits them in descending key order.
 */
final class SetCookie {
  private SetCookie() {}

  private static final String SIGNATURE = "name: Str, value: Str, params: Dict<'a> -> Dict<'a>";
  private static final DateTimeFormatter EXPIRES =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  static void register(Registry.Builder r) {
    r.fn("Http::setCookie_v0", SIGNATURE, "A Set-Cookie header Dict; name and value are percent-encoded")
        .deprecated("ReplacedBy Http::setCookie_v1")
        .plain(a -> header(a, DotNetUtf8.escapeDataString(a.str(0)) + "=" + DotNetUtf8.escapeDataString(a.str(1)) + "; "
            + loose(a.obj(2))));
    r.fn("Http::setCookie_v1", SIGNATURE, "A Set-Cookie header Dict; name and value are used as given")
        .deprecated("ReplacedBy Http::setCookie_v2")
        .plain(a -> header(a, a.str(0) + "=" + a.str(1) + "; " + loose(a.obj(2))));
    r.fn("Http::setCookie_v2", SIGNATURE,
            "A Set-Cookie header Dict with validated Expires, Max-Age, Domain, Path, Secure, HttpOnly, SameSite")
        .plain(a -> {
          var parts = new ArrayList<String>();
          parts.add(a.str(0) + "=" + a.str(1));
          parts.addAll(validated(a.obj(2)));
          return header(a, String.join("; ", parts));
        });
  }

  /** The header, its text (a few times the arguments' length at most) charged once built. */
  private static Dval header(Args a, String value) {
    return new DObj(new TreeMap<>(Map.of("Set-Cookie", a.meter().str(value))));
  }

  /** v0/v1: parameters in ascending key order, anything unexpected is an error. */
  private static String loose(SortedMap<String, Dval> params) {
    var parts = new ArrayList<String>();
    for (var p : params.entrySet()) {
      String key = p.getKey();
      Dval v = p.getValue();
      switch (key.toLowerCase(Locale.ROOT)) {
        case "secure", "httponly" -> {
          if (!(v instanceof DBool b)) throw unknown(key, v);
          if (b.value()) parts.add(key);
        }
        case "path", "domain", "samesite" -> {
          if (!(v instanceof DStr s)) throw unknown(key, v);
          parts.add(key + "=" + s.value());
        }
        case "max-age", "expires" -> {
          if (!(v instanceof DInt i)) throw unknown(key, v);
          parts.add(key + "=" + i.value());
        }
        default -> throw unknown(key, v);
      }
    }
    return String.join("; ", parts);
  }

  private static BuiltinFailure unknown(String key, Dval v) {
    return Errors.fail("Unknown set-cookie param: " + key + ": " + Repr.toRepr(v));
  }

  /**
   * v2: checked in ascending key order (the first bad one is reported), emitted in descending
   * order, because Dark folded the sorted map by prepending.
   */
  private static List<String> validated(SortedMap<String, Dval> params) {
    var parts = new ArrayList<String>();
    for (var p : params.entrySet()) {
      String key = p.getKey();
      Dval v = p.getValue();
      if (v.isFake()) throw new BuiltinFailure.FakeValueFound(v);
      String part = switch (key.toLowerCase(Locale.ROOT)) {
        case "secure", "httponly" -> {
          if (!(v instanceof DBool b)) throw Errors.fail(Errors.argumentWasnt("Secure or HttpOnly", "`true` or `false`", v));
          yield b.value() ? key : null;
        }
        case "path", "domain" -> {
          if (!(v instanceof DStr s)) throw Errors.fail(Errors.argumentWasnt("`Path` or `Domain`", "a string", v));
          yield key + "=" + s.value();
        }
        case "samesite" -> {
          if (!(v instanceof DStr s && List.of("strict", "lax", "none").contains(s.value().toLowerCase(Locale.ROOT)))) {
            throw Errors.fail(Errors.argumentWasnt("SameSite", "`Strict`, `Lax`, or `None`", v));
          }
          yield key + "=" + s.value();
        }
        case "max-age" -> {
          if (!(v instanceof DInt i)) throw Errors.fail(Errors.argumentWasnt("Max-Age", "a `Int` representing seconds", v));
          yield key + "=" + i.value();
        }
        case "expires" -> {
          if (!(v instanceof DDate d)) throw Errors.fail(Errors.argumentWasnt("Expires", "a date", v));
          yield key + "=" + EXPIRES.format(d.value());
        }
        default -> throw Errors.fail("Keys must be `Expires`, `Max-Age`, `Domain`, `Path`, `Secure`, `HttpOnly`,"
            + " and/or `SameSite`, but one of the keys was " + key);
      };
      if (part != null) parts.addFirst(part);
    }
    return parts;
  }
}
