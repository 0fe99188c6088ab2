package umbra.domain.value;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import umbra.domain.value.Dval.*;

/**
 * The text forms of values that appear in messages and output (language.md A.10):
 * {@link #toRepr} for developers (error messages, {@code toRepr}) and {@link #toEnduser} for
 * {@code toString} and text HTTP bodies.
 *
 * <p>Both write with the work still to do on a stack (texts, line breaks, values to expand), not
 * by recursion, so a value nested however deep prints without touching the Java stack; the
 * builtins pass their {@link Meter}, which pays for every character written.
 */
public final class Repr {
  private Repr() {}

  public static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

  /**
   * Characters of {@link #toRepr(Dval)}, the form in error messages and the editor, before the
   * text is cut with {@code ...}: a message about a 100 MB list need not hold the list.
   */
  public static final int MESSAGE_LIMIT = 1 << 20;

  /** How a value waiting on the stack is to be written. */
  private enum Form { REPR, TOP, ELEMENT, NESTED }

  /** A value to expand; on the stack beside texts (written as they are) and Integers (a line break and that many spaces). */
  private record Later(Dval value, Form form, int indent) {}

  /** The developer form, cut at {@link #MESSAGE_LIMIT} characters. */
  public static String toRepr(Dval dv) { return write(new Later(dv, Form.REPR, 0), Meter.NONE, MESSAGE_LIMIT); }

  /** The developer form, whole, every character charged to {@code meter}. */
  public static String toRepr(Dval dv, Meter meter) { return write(new Later(dv, Form.REPR, 0), meter, Integer.MAX_VALUE); }

  /**
   * {@code toString} ({@code toEnduserReadableTextV0}, A.10). Strings, chars and uuids are bare,
   * except as elements of a list, tuple or dict, where they are double-quoted. Just/Ok/Error and
   * the error rail print their payload as if it stood alone (bare again, and a collection inside
   * starts again at indent 0), as Dark's printer did.
   */
  public static String toEnduser(Dval dv) { return toEnduser(dv, Meter.NONE); }

  /** {@link #toEnduser(Dval)}, every character charged to {@code meter}. */
  public static String toEnduser(Dval dv, Meter meter) {
    String small = enduserLeaf(dv); // the usual case: no text to build and pay for
    return small != null ? small : write(new Later(dv, Form.TOP, 0), meter, Integer.MAX_VALUE);
  }

  private static String write(Later root, Meter meter, int limit) {
    var out = new MeteredText(meter);
    var work = new ArrayDeque<Object>();
    work.push(root);
    while (!work.isEmpty()) {
      if (out.length() > limit) {
        out.append("...");
        break;
      }
      switch (work.pop()) {
        case String text -> out.append(text);
        case Integer spaces -> out.newLine(spaces);
        case Later later -> {
          switch (later.form()) {
            case REPR -> repr(later.value(), later.indent(), out, work);
            case TOP -> enduser(later.value(), out, work);
            case ELEMENT -> enduserElement(later.value(), out, work);
            case NESTED -> enduserNested(later.value(), later.indent(), out, work);
          }
        }
        default -> throw new IllegalStateException("not a piece of text");
      }
    }
    return out.toString();
  }

  /** Pushes pieces so that they are written in the order given. */
  private static void pushInOrder(List<Object> pieces, ArrayDeque<Object> work) {
    for (int i = pieces.size() - 1; i >= 0; i--) work.push(pieces.get(i));
  }

  private static void repr(Dval dv, int indent, MeteredText out, ArrayDeque<Object> work) {
    switch (dv) {
      case DStr s -> out.append('"').append(s.value()).append('"');
      case DChar c -> out.append('\'').append(c.value()).append('\'');
      case DInt i -> out.append(i.value());
      case DFloat f -> out.append(FloatFormat.ocaml(f.value()));
      case DBool b -> out.append(String.valueOf(b.value()));
      case DNull n -> out.append("null");
      case DFnVal f -> out.append("<Block>");
      case DIncomplete i -> out.append("<Incomplete>");
      case DError e -> out.append("<error: ").append(e.message()).append('>');
      case DDate d -> out.append("<Date: ").append(ISO_SECONDS.format(d.value())).append('>');
      case DDB d -> out.append("<Datastore: ").append(d.name()).append('>');
      case DUuid u -> out.append("<UUID: ").append(u.value().toString()).append('>');
      case DPassword p -> out.append("<password>");
      case DRedirect r -> out.append("302 ").append(r.url());
      case DResponse r -> {
        out.append(r.code()).append(" { ").append(headers(r.headers(), ", ")).append(" }").newLine(indent);
        work.push(new Later(r.body(), Form.REPR, indent));
      }
      case DNothing n -> out.append("Nothing");
      case DJust j -> wrapped("Just ", j.value(), Form.REPR, indent, out, work);
      case DOk o -> wrapped("Ok ", o.value(), Form.REPR, indent, out, work);
      case DErr e -> wrapped("Error ", e.value(), Form.REPR, indent, out, work);
      case DErrorRail r -> wrapped("ErrorRail: ", r.value(), Form.REPR, indent, out, work);
      case DBytes b -> out.append(Base64.getEncoder().encodeToString(b.bytes()));
      case DList l -> collection(l.items(), "[", "]", indent, out, work);
      case DTuple t -> collection(t.elements(), "(", ")", indent, out, work);
      case DObj o -> {
        if (o.fields().isEmpty()) {
          out.append("{}");
          return;
        }
        out.append('{');
        entries(o.fields().entrySet(), Form.REPR, indent, work);
      }
    }
  }

  /** The entries one level in, each {@code key: value} on a line of its own after a comma, then {@code }}. */
  private static void entries(Iterable<Map.Entry<String, Dval>> entries, Form form, int indent, ArrayDeque<Object> work) {
    var pieces = new ArrayList<Object>();
    for (Map.Entry<String, Dval> e : entries) {
      if (!pieces.isEmpty()) pieces.add(",");
      pieces.add(indent + 2);
      pieces.add(e.getKey() + ": ");
      pieces.add(new Later(e.getValue(), form, indent + 2));
    }
    pieces.add(indent);
    pieces.add("}");
    pushInOrder(pieces, work);
  }

  private static void wrapped(String prefix, Dval payload, Form form, int indent, MeteredText out, ArrayDeque<Object> work) {
    out.append(prefix);
    work.push(new Later(payload, form, indent));
  }

  private static void collection(List<Dval> items, String open, String close, int indent, MeteredText out,
      ArrayDeque<Object> work) {
    out.append(open);
    if (items.isEmpty()) {
      out.append(close);
    } else {
      items(items, Form.REPR, close, indent, work);
    }
  }

  /** The items one level in, on lines of their own after {@code open}, separated by commas, then {@code close}. */
  private static void items(List<Dval> items, Form form, String close, int indent, ArrayDeque<Object> work) {
    var pieces = new ArrayList<Object>(2 * items.size() + 3);
    pieces.add(indent + 2);
    for (Dval item : items) {
      if (pieces.size() > 1) pieces.add(", ");
      pieces.add(new Later(item, form, indent + 2));
    }
    pieces.add(indent);
    pieces.add(close);
    pushInOrder(pieces, work);
  }

  private static String headers(List<Header> headers, String separator) {
    var hs = new ArrayList<String>();
    for (var h : headers) hs.add(h.name() + ": " + h.value());
    return String.join(separator, hs);
  }

  /** The end-user text of a value that holds no other and is not bytes: small, or already built; else null. */
  private static String enduserLeaf(Dval dv) {
    return switch (dv) {
      case DStr s -> s.value();
      case DChar c -> c.value();
      case DUuid u -> u.value().toString();
      case DInt i -> Long.toString(i.value());
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
      case DRedirect r -> "302 " + r.url() + "\nnull";
      default -> null;
    };
  }

  private static void enduser(Dval dv, MeteredText out, ArrayDeque<Object> work) {
    String small = enduserLeaf(dv);
    if (small != null) {
      out.append(small);
      return;
    }
    switch (dv) {
      case DJust j -> wrapped("", j.value(), Form.TOP, 0, out, work);
      case DOk o -> wrapped("", o.value(), Form.TOP, 0, out, work);
      case DErr e -> wrapped("Error: ", e.value(), Form.TOP, 0, out, work);
      case DErrorRail r -> wrapped("", r.value(), Form.TOP, 0, out, work);
      case DBytes b -> out.append(new String(b.bytes(), StandardCharsets.UTF_8));
      case DResponse r -> {
        out.append(r.code()).append(" { ").append(headers(r.headers(), ",")).append(" }\n");
        work.push(new Later(r.body(), Form.ELEMENT, 0));
      }
      case DList l -> enduserNested(l, 0, out, work);
      case DTuple t -> enduserNested(t, 0, out, work);
      case DObj o -> enduserNested(o, 0, out, work);
      default -> throw new IllegalStateException("a leaf is written above: " + dv.typeName());
    }
  }

  /** A value inside a collection: text-like values get double quotes. */
  private static void enduserElement(Dval dv, MeteredText out, ArrayDeque<Object> work) {
    switch (dv) {
      case DStr s -> out.append('"').append(s.value()).append('"');
      case DChar c -> out.append('"').append(c.value()).append('"');
      case DUuid u -> out.append('"').append(u.value().toString()).append('"');
      default -> enduser(dv, out, work);
    }
  }

  /** Dark's {@code toNestedString}: collections indent their elements by two more spaces per level. */
  private static void enduserNested(Dval dv, int indent, MeteredText out, ArrayDeque<Object> work) {
    switch (dv) {
      case DList l -> {
        if (l.items().isEmpty()) {
          out.append("[]");
          return;
        }
        out.append("[ ");
        items(l.items(), Form.NESTED, "]", indent, work);
      }
      case DTuple t -> {
        out.append("(");
        items(t.elements(), Form.NESTED, ")", indent, work);
      }
      case DObj o -> {
        if (o.fields().isEmpty()) {
          out.append("{}");
          return;
        }
        out.append("{ ");
        // Dark printed the keys in descending order
        entries(new ArrayList<>(o.fields().entrySet()).reversed(), Form.NESTED, indent, work);
      }
      default -> enduserElement(dv, out, work);
    }
  }
}
