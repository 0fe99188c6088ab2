package umbra.domain.trace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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

  /**
   * Characters of the text hashed: arguments whose text is longer (nested thousands deep, every
   * line indented by its depth, or holding one part many times) are hashed by their first ones.
   * The hash of every shorter text is unchanged; the longer ones never had a hash (the text did
   * not fit in memory), so no stored trace depends on them.
   */
  static final int MAX_TEXT = 1 << 24;

  public static String v1(List<Dval> args) {
    var out = new StringBuilder(64);
    repr(new DList(args), out);
    if (out.length() > MAX_TEXT) out.setLength(MAX_TEXT);
    return base64UrlSha384(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A value to write at an indent; on the stack beside texts and Integers (a line break and that many spaces). */
  private record Later(Dval value, int indent) {}

  /**
   * Dark's old developer repr, written into one buffer (every call of a traced request is hashed),
   * with the work still to do on a stack: arguments nested however deep need no Java stack.
   */
  private static void repr(Dval root, StringBuilder out) {
    var work = new ArrayDeque<Object>();
    work.push(new Later(root, 0));
    while (!work.isEmpty() && out.length() < MAX_TEXT) {
      switch (work.pop()) {
        case String text -> out.append(text);
        case Integer spaces -> newline(out, spaces);
        case Later later -> expand(later.value(), later.indent(), out, work);
        default -> throw new IllegalStateException("not a piece of text");
      }
    }
  }

  private static void expand(Dval dv, int indent, StringBuilder out, ArrayDeque<Object> work) {
    var pieces = new ArrayList<Object>(); // written after dv's own text, in this order
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
      case DJust j -> wrapped("Just ", j.value(), indent, out, pieces);
      case DErrorRail r -> wrapped("ErrorRail: ", r.value(), indent, out, pieces);
      case DOk o -> wrapped("ResultOk ", o.value(), indent, out, pieces);
      case DErr e -> wrapped("ResultError ", e.value(), indent, out, pieces);
      case DBytes b -> out.append(base64UrlSha384(b.bytes()));
      case DRedirect r -> newline(out.append("302 ").append(r.url()), indent).append("null");
      case DResponse r -> {
        out.append(r.code()).append(" { ");
        for (int i = 0; i < r.headers().size(); i++) {
          if (i > 0) out.append(',');
          out.append(r.headers().get(i).name()).append(": ").append(r.headers().get(i).value());
        }
        newline(out.append(" }"), indent);
        pieces.add(new Later(r.body(), indent));
      }
      case DList l -> {
        if (l.items().isEmpty()) {
          out.append("[]");
        } else {
          newline(out.append("[ "), indent + 2);
          joined(l.items(), indent, "]", pieces);
        }
      }
      case DTuple t -> {
        newline(out.append('('), indent + 2);
        joined(t.elements(), indent, ")", pieces);
      }
      case DObj o -> {
        if (o.fields().isEmpty()) {
          out.append("{}");
        } else {
          newline(out.append("{ "), indent + 2);
          for (var e : new ArrayList<>(o.fields().entrySet()).reversed()) { // Dark hashed keys in descending order
            if (!pieces.isEmpty()) {
              pieces.add(",");
              pieces.add(indent + 2);
            }
            pieces.add(e.getKey() + ": ");
            pieces.add(new Later(e.getValue(), indent + 2));
          }
          pieces.add(indent);
          pieces.add("}");
        }
      }
    }
    for (int i = pieces.size() - 1; i >= 0; i--) work.push(pieces.get(i));
  }

  private static void wrapped(String prefix, Dval payload, int indent, StringBuilder out, List<Object> pieces) {
    out.append(prefix);
    pieces.add(new Later(payload, indent));
  }

  /** The items at {@code indent + 2}, separated by commas, then a line break back at {@code indent} and {@code close}. */
  private static void joined(List<Dval> items, int indent, String close, List<Object> pieces) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) pieces.add(", ");
      pieces.add(new Later(items.get(i), indent + 2));
    }
    pieces.add(indent);
    pieces.add(close);
  }

  private static StringBuilder newline(StringBuilder out, int indent) {
    out.append('\n');
    for (int i = 0; i < indent; i++) out.append(' ');
    return out;
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
