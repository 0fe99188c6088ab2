package umbra.domain.trace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.FloatFormat;
import umbra.domain.value.Repr;

/**
 * The v1 hash of a call's arguments, which keys stored function results (backend.md 3.6). It
 * must stay bit-exact: traces written by one version are read by the next.
 */
public final class ArgumentHash {
  private ArgumentHash() {}

  public static final int VERSION = 1;

  public static String v1(List<Dval> args) {
    return base64UrlSha384(repr(new DList(args), 0).getBytes(StandardCharsets.UTF_8));
  }

  private static String repr(Dval dv, int indent) {
    String nl = "\n" + " ".repeat(indent);
    String inl = "\n" + " ".repeat(indent + 2);
    return switch (dv) {
      case DInt i -> String.valueOf(i.value());
      case DBool b -> String.valueOf(b.value());
      case DFloat f -> FloatFormat.ocaml(f.value());
      case DNull n -> "null";
      case DStr s -> "\"" + s.value() + "\"";
      case DChar c -> "'" + c.value() + "'";
      case DIncomplete i -> "<incomplete: <incomplete>>";
      case DFnVal f -> "<block: <block>>";
      case DError e -> "<error>";
      case DDate d -> "<date: " + Repr.ISO_SECONDS.format(d.value()) + ">";
      case DPassword p -> "<password: <password>>";
      case DUuid u -> "<uuid: " + u.value() + ">";
      case DDB d -> "<db: " + d.name() + ">";
      case DNothing n -> "Nothing";
      case DJust j -> "Just " + repr(j.value(), indent);
      case DErrorRail r -> "ErrorRail: " + repr(r.value(), indent);
      case DOk o -> "ResultOk " + repr(o.value(), indent);
      case DErr e -> "ResultError " + repr(e.value(), indent);
      case DBytes b -> base64UrlSha384(b.bytes());
      case DRedirect r -> "302 " + r.url() + nl + "null";
      case DResponse r -> {
        var hs = new ArrayList<String>();
        for (var h : r.headers()) hs.add(h.name() + ": " + h.value());
        yield r.code() + " { " + String.join(",", hs) + " }" + nl + repr(r.body(), indent);
      }
      case DList l -> l.items().isEmpty() ? "[]" : "[ " + inl + join(l.items(), indent + 2) + nl + "]";
      case DTuple t -> "(" + inl + join(t.elements(), indent + 2) + nl + ")";
      case DObj o -> {
        if (o.fields().isEmpty()) yield "{}";
        var entries = new ArrayList<String>();
        for (var e : new TreeMap<>(o.fields()).descendingMap().entrySet()) {
          entries.add(e.getKey() + ": " + repr(e.getValue(), indent + 2));
        }
        yield "{ " + inl + String.join("," + inl, entries) + nl + "}";
      }
    };
  }

  private static String join(List<Dval> items, int indent) {
    var parts = new ArrayList<String>();
    for (Dval d : items) parts.add(repr(d, indent));
    return String.join(", ", parts);
  }

  private static String base64UrlSha384(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-384").digest(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-384", e);
    }
  }
}
