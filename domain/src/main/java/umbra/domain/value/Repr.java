package umbra.domain.value;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import umbra.domain.value.Dval.*;

/**
 * The text forms of values that appear in messages and output (language.md A.10):
 * {@link #toRepr} for developers (error messages, {@code toRepr}) and {@link #toEnduser} for
 * {@code toString} and text HTTP bodies.
 */
public final class Repr {
  private Repr() {}

  public static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

  public static String toRepr(Dval dv) {
    var sb = new StringBuilder();
    repr(dv, 0, sb);
    return sb.toString();
  }

  private static void repr(Dval dv, int indent, StringBuilder sb) {
    String nl = "\n" + " ".repeat(indent);
    String inl = "\n" + " ".repeat(indent + 2);
    switch (dv) {
      case DStr s -> sb.append('"').append(s.value()).append('"');
      case DChar c -> sb.append('\'').append(c.value()).append('\'');
      case DInt i -> sb.append(i.value());
      case DFloat f -> sb.append(FloatFormat.ocaml(f.value()));
      case DBool b -> sb.append(b.value());
      case DNull n -> sb.append("null");
      case DFnVal f -> sb.append("<Block>");
      case DIncomplete i -> sb.append("<Incomplete>");
      case DError e -> sb.append("<error: ").append(e.message()).append('>');
      case DDate d -> sb.append("<Date: ").append(ISO_SECONDS.format(d.value())).append('>');
      case DDB d -> sb.append("<Datastore: ").append(d.name()).append('>');
      case DUuid u -> sb.append("<UUID: ").append(u.value()).append('>');
      case DPassword p -> sb.append("<password>");
      case DRedirect r -> sb.append("302 ").append(r.url());
      case DResponse r -> {
        sb.append(r.code()).append(" { ");
        var hs = new ArrayList<String>();
        for (var h : r.headers()) hs.add(h.name() + ": " + h.value());
        sb.append(String.join(", ", hs)).append(" }").append(nl);
        repr(r.body(), indent, sb);
      }
      case DNothing n -> sb.append("Nothing");
      case DJust j -> { sb.append("Just "); repr(j.value(), indent, sb); }
      case DOk o -> { sb.append("Ok "); repr(o.value(), indent, sb); }
      case DErr e -> { sb.append("Error "); repr(e.value(), indent, sb); }
      case DErrorRail r -> { sb.append("ErrorRail: "); repr(r.value(), indent, sb); }
      case DBytes b -> sb.append(Base64.getEncoder().encodeToString(b.bytes()));
      case DList l -> collection(l.items(), "[", "]", indent, sb, nl, inl);
      case DTuple t -> collection(t.elements(), "(", ")", indent, sb, nl, inl);
      case DObj o -> {
        if (o.fields().isEmpty()) {
          sb.append("{}");
          return;
        }
        sb.append('{').append(inl);
        boolean first = true;
        for (Map.Entry<String, Dval> e : o.fields().entrySet()) {
          if (!first) sb.append(',').append(inl);
          first = false;
          sb.append(e.getKey()).append(": ");
          repr(e.getValue(), indent + 2, sb);
        }
        sb.append(nl).append('}');
      }
    }
  }

  private static void collection(List<Dval> items, String open, String close, int indent,
      StringBuilder sb, String nl, String inl) {
    if (items.isEmpty()) {
      sb.append(open).append(close);
      return;
    }
    sb.append(open).append(inl);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) sb.append(", ");
      repr(items.get(i), indent + 2, sb);
    }
    sb.append(nl).append(close);
  }

  /**
   * {@code toString} ({@code toEnduserReadableTextV0}, A.10). Strings, chars and uuids are bare,
   * except as elements of a list, tuple or dict, where they are double-quoted. Just/Ok/Error and
   * the error rail print their payload as if it stood alone (bare again, and a collection inside
   * starts again at indent 0), as Dark's printer did.
   */
  public static String toEnduser(Dval dv) {
    return switch (dv) {
      case DStr s -> s.value();
      case DChar c -> c.value();
      case DUuid u -> u.value().toString();
      case DInt i -> String.valueOf(i.value());
      case DFloat f -> FloatFormat.ocaml(f.value());
      case DBool b -> String.valueOf(b.value());
      case DNull n -> "null";
      case DError e -> "Error";
      case DIncomplete i -> "<Incomplete>";
      case DFnVal f -> "<Block>";
      case DPassword p -> "<Password>";
      case DDB d -> "<DB: " + d.name() + ">";
      case DDate d -> ISO_SECONDS.format(d.value());
      case DNothing n -> "Nothing";
      case DJust j -> toEnduser(j.value());
      case DOk o -> toEnduser(o.value());
      case DErr e -> "Error: " + toEnduser(e.value());
      case DErrorRail r -> toEnduser(r.value());
      case DBytes b -> new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
      case DRedirect r -> "302 " + r.url() + "\n" + enduserElement(Dval.NULL);
      case DResponse r -> {
        var hs = new ArrayList<String>();
        for (var h : r.headers()) hs.add(h.name() + ": " + h.value());
        yield r.code() + " { " + String.join(",", hs) + " }\n" + enduserElement(r.body());
      }
      case DList l -> enduserNested(l, 0);
      case DTuple t -> enduserNested(t, 0);
      case DObj o -> enduserNested(o, 0);
    };
  }

  /** A value inside a collection: text-like values get double quotes. */
  private static String enduserElement(Dval dv) {
    return switch (dv) {
      case DStr s -> "\"" + s.value() + "\"";
      case DChar c -> "\"" + c.value() + "\"";
      case DUuid u -> "\"" + u.value() + "\"";
      default -> toEnduser(dv);
    };
  }

  /** Dark's {@code toNestedString}: collections indent their elements by two more spaces per level. */
  private static String enduserNested(Dval dv, int indent) {
    String nl = "\n" + " ".repeat(indent);
    String inl = "\n" + " ".repeat(indent + 2);
    return switch (dv) {
      case DList l -> {
        if (l.items().isEmpty()) yield "[]";
        var parts = new ArrayList<String>();
        for (Dval item : l.items()) parts.add(enduserNested(item, indent + 2));
        yield "[ " + inl + String.join(", ", parts) + nl + "]";
      }
      case DTuple t -> {
        var parts = new ArrayList<String>();
        for (Dval item : t.elements()) parts.add(enduserNested(item, indent + 2));
        yield "(" + inl + String.join(", ", parts) + nl + ")";
      }
      case DObj o -> {
        if (o.fields().isEmpty()) yield "{}";
        var parts = new ArrayList<String>();
        for (var e : new java.util.TreeMap<>(o.fields()).descendingMap().entrySet()) {
          parts.add(e.getKey() + ": " + enduserNested(e.getValue(), indent + 2));
        }
        yield "{ " + inl + String.join("," + inl, parts) + nl + "}";
      }
      default -> enduserElement(dv);
    };
  }
}
