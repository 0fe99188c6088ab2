package umbra.domain.httpclient;

import java.util.ArrayList;
import java.util.Map;
import umbra.domain.stdlib.BuiltinFailure;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.FloatFormat;
import umbra.domain.value.Repr;

/**
 * The body format of {@code HttpClient::post_v0} and friends: Dark's "pretty request JSON",
 * which was not JSON at all (strings quoted, records indented, dates and the like as
 * {@code <type: value>}). Kept byte for byte for old code.
 */
final class PrettyRequestJson {
  private PrettyRequestJson() {}

  static String write(Dval dv) { return repr(dv, 0); }

  private static String repr(Dval dv, int indent) {
    String nl = "\n" + " ".repeat(indent);
    String inl = "\n" + " ".repeat(indent + 2);
    int in = indent + 2;
    return switch (dv) {
      case DFnVal f -> "block";
      case DIncomplete i -> "<incomplete: <incomplete>>";
      case DError e -> "<error: error>";
      case DDate d -> "<date: " + Repr.ISO_SECONDS.format(d.value()) + ">";
      case DDB d -> "<datastore: " + d.name() + ">";
      case DUuid u -> "<uuid: " + u.value() + ">";
      case DPassword p -> "<password: <password>>";
      case DInt i -> Long.toString(i.value());
      case DFloat f -> FloatFormat.ocaml(f.value());
      case DBool b -> b.value() ? "true" : "false";
      case DNull n -> "null";
      case DChar c -> "'" + c.value() + "'";
      case DStr s -> "\"" + s.value() + "\"";
      case DRedirect r -> "302 " + r.url() + nl + "null";
      case DResponse r -> {
        var hs = new ArrayList<String>();
        for (var h : r.headers()) hs.add(h.name() + ": " + h.value());
        yield r.code() + " { " + String.join(",", hs) + " }" + nl + repr(r.body(), in);
      }
      case DList l -> l.items().isEmpty() ? "[]"
          : "[ " + inl + String.join(", ", l.items().stream().map(x -> repr(x, in)).toList()) + nl + "]";
      case DTuple t -> "[ " + inl + String.join(", ", t.elements().stream().map(x -> repr(x, in)).toList()) + nl + "]";
      case DObj o -> {
        if (o.fields().isEmpty()) yield "{}";
        // Map.fold prepends: the entries come out in reverse key order
        var strs = new ArrayList<String>();
        for (Map.Entry<String, Dval> e : o.fields().entrySet()) strs.add(0, e.getKey() + ": " + repr(e.getValue(), in));
        yield "{ " + inl + String.join("," + inl, strs) + nl + "}";
      }
      case DNothing n -> "Nothing";
      case DJust j -> "Just " + repr(j.value(), in);
      case DErrorRail r -> "ErrorRail: " + repr(r.value(), in);
      case DResult r -> throw new BuiltinFailure.UserError("Unknown Err: (Failure \"printing an unprintable value:<result>\")");
      case DBytes b -> throw new BuiltinFailure.UserError("Unknown Err: (Failure \"printing an unprintable value:<bytes>\")");
    };
  }
}
