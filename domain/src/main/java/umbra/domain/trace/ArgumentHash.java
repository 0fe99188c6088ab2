package umbra.domain.trace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    var out = new StringBuilder(64);
    repr(new DList(args), 0, out);
    return base64UrlSha384(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Dark's old developer repr, written into one buffer (every call of a traced request is hashed). */
  private static void repr(Dval dv, int indent, StringBuilder out) {
    switch (dv) {
      case DInt i -> out.append(i.value());
      case DBool b -> out.append(b.value());
      case DFloat f -> out.append(FloatFormat.ocaml(f.value()));
      case DNull n -> out.append("null");
      case DStr s -> out.append('"').append(s.value()).append('"');
      case DChar c -> out.append('\'').append(c.value()).append('\'');
      case DIncomplete i -> out.append("<incomplete: <incomplete>>");
      case DFnVal f -> out.append("<block: <block>>");
      case DError e -> out.append("<error>");
      case DDate d -> out.append("<date: ").append(Repr.ISO_SECONDS.format(d.value())).append('>');
      case DPassword p -> out.append("<password: <password>>");
      case DUuid u -> out.append("<uuid: ").append(u.value()).append('>');
      case DDB d -> out.append("<db: ").append(d.name()).append('>');
      case DNothing n -> out.append("Nothing");
      case DJust j -> repr(j.value(), indent, out.append("Just "));
      case DErrorRail r -> repr(r.value(), indent, out.append("ErrorRail: "));
      case DOk o -> repr(o.value(), indent, out.append("ResultOk "));
      case DErr e -> repr(e.value(), indent, out.append("ResultError "));
      case DBytes b -> out.append(base64UrlSha384(b.bytes()));
      case DRedirect r -> newline(out.append("302 ").append(r.url()), indent).append("null");
      case DResponse r -> {
        out.append(r.code()).append(" { ");
        for (int i = 0; i < r.headers().size(); i++) {
          if (i > 0) out.append(',');
          out.append(r.headers().get(i).name()).append(": ").append(r.headers().get(i).value());
        }
        repr(r.body(), indent, newline(out.append(" }"), indent));
      }
      case DList l -> {
        if (l.items().isEmpty()) {
          out.append("[]");
        } else {
          join(l.items(), indent + 2, newline(out.append("[ "), indent + 2));
          newline(out, indent).append(']');
        }
      }
      case DTuple t -> {
        join(t.elements(), indent + 2, newline(out.append('('), indent + 2));
        newline(out, indent).append(')');
      }
      case DObj o -> {
        if (o.fields().isEmpty()) {
          out.append("{}");
        } else {
          newline(out.append("{ "), indent + 2);
          boolean first = true;
          for (var e : new TreeMap<>(o.fields()).descendingMap().entrySet()) {
            if (!first) newline(out.append(','), indent + 2);
            first = false;
            repr(e.getValue(), indent + 2, out.append(e.getKey()).append(": "));
          }
          newline(out, indent).append('}');
        }
      }
    }
  }

  private static StringBuilder newline(StringBuilder out, int indent) {
    out.append('\n');
    for (int i = 0; i < indent; i++) out.append(' ');
    return out;
  }

  private static void join(List<Dval> items, int indent, StringBuilder out) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) out.append(", ");
      repr(items.get(i), indent, out);
    }
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
